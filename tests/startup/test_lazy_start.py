"""Start-up imports only what the first paint needs (issue 17; bench/bench_startup.py has
the figures): the database code, the other screens and the heavy libraries come later."""

import json
import subprocess
import sys

# imported at the top of the start path, before the window is painted
START_PATH = ["vaktaal.__main__", "vaktaal.cli", "vaktaal.cli.app_start", "vaktaal.ui.launcher"]
# never before the first paint (the worker thread imports vaktaal.app, the rest comes later)
LATER = [
    "sqlalchemy",
    "alembic",
    "fsrs",
    "vosk",
    "gtts",
    "openpyxl",
    "genanki",
    "vaktaal.app",
    "vaktaal.storage",
    "vaktaal.usecases.services",
    "vaktaal.cli.parser",
    "vaktaal.cli.errors",
    "vaktaal.ui.controller",
    "vaktaal.ui.other_pages",
    "vaktaal.ui.home.home_page",
    "PySide6.QtMultimedia",
]


def _imported_after(modules: list[str]) -> set[str]:
    """The modules loaded in a fresh interpreter after importing `modules`."""
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_the_start_path_leaves_the_database_and_the_other_screens_for_later() -> None:
    loaded = _imported_after(START_PATH)
    assert "PySide6.QtWidgets" in loaded  # the window itself
    assert "vaktaal.ui.profiles.picker_page" in loaded
    too_soon = {name for name in loaded if any(_within(name, later) for later in LATER)}
    assert not too_soon, f"imported before the first paint: {sorted(too_soon)}"


def test_the_use_cases_package_alone_is_light() -> None:
    loaded = _imported_after(["vaktaal.usecases.changes"])  # the task manager needs it
    assert "sqlalchemy" not in loaded
    assert "vaktaal.usecases.services" not in loaded


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_opening_the_database_leaves_the_heavy_libraries_for_later() -> None:
    loaded = _imported_after(["vaktaal.app"])  # the launcher's worker, before the picker
    later = ("alembic", "genanki", "snowballstemmer", "miniaudio", "openpyxl", "vosk", "gtts")
    for library in later:
        assert library not in loaded, library
