"""For the import dialog tests (Anki, spreadsheet): show a dialog, open a file and wait."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

Dialog = TypeVar("Dialog")  # any import dialog


def shown(qtbot: Any, dialog: Dialog) -> Iterator[Dialog]:
    """For a fixture: the dialog on screen; its background tasks stopped afterwards."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.runner.shutdown()


def open_and_wait(qtbot: Any, dialog: Any, path: Path) -> None:
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
