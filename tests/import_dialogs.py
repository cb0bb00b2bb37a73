"""For the import dialog tests (Anki, spreadsheet): show a dialog, open a file and wait."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any


def open_and_wait(qtbot: Any, dialog: Any, path: Path) -> None:
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)


def shown_dialog(qtbot: Any, dialog_class: Any, services: Any, tasks: Any) -> Iterator[Any]:
    """For a fixture: the import dialog on screen; its queued work done afterwards."""
    dialog = dialog_class(services.services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    tasks.wait_until_idle()
