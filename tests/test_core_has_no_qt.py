"""The core and the storage layer must work without Qt (the CLI and most tests use only them)."""

import subprocess
import sys

CORE_MODULES = (
    "vaktaal.core",
    "vaktaal.core.deckformat",
    "vaktaal.core.scheduling",
    "vaktaal.core.pictograms",
    "vaktaal.storage.deck_store",
    "vaktaal.storage.review_store",
)


def _qt_loaded_after(statement: str) -> str:
    program = f"{statement}; import sys; print('PySide6' in sys.modules)"
    finished = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=False
    )
    assert finished.returncode == 0, finished.stderr
    return finished.stdout.strip()


def test_importing_core_and_storage_does_not_import_pyside6():
    assert _qt_loaded_after("import " + ", ".join(CORE_MODULES)) == "False"


def test_the_check_itself_sees_pyside6_when_it_is_imported():
    """Guards the test above: the same probe reports True once Qt is really imported."""
    assert _qt_loaded_after("import PySide6.QtCore") == "True"
