"""For the import dialog tests (Anki, spreadsheet): show a dialog, open a file and wait."""

from pathlib import Path
from typing import Any


def open_and_wait(qtbot: Any, dialog: Any, path: Path) -> None:
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
