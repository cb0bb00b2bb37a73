"""Shared by the import dialog screenshots: open a file in the dialog, wait, save the picture."""

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from vaktaal.app import open_services
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.launcher import prepare_application
from vaktaal.ui.tasks import TaskManager
from vaktaal.usecases import Services


def wait_until(condition: Callable[[], bool], seconds: float = 10) -> None:
    loop_end = QTimer()
    loop_end.setSingleShot(True)
    loop_end.start(int(seconds * 1000))
    while loop_end.isActive() and not condition():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def save_dialog_shot(
    out: Path,
    prepare: Callable[[Services, TaskManager, Path], tuple[Any, Path]],
    ready: Callable[[Any], bool],
    focus: Callable[[Any], QWidget],
) -> int:
    """`prepare(services, tasks, folder)` gives the dialog and the file it opens; once `ready`,
    the widget `focus` gives gets the focus and the dialog is saved to `out`."""
    app = QApplication(sys.argv)
    prepare_application(app)
    tasks = TaskManager()
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "data", speaker=FakeSpeaker())
        dialog, path = prepare(services, tasks, Path(folder))
        dialog.resize(1366, 768)
        dialog.show()
        dialog.open_file(path)
        wait_until(lambda: ready(dialog))
        focus(dialog).setFocus()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(out))
        tasks.shutdown()
        services.close()
    print(f"saved {out}")
    return 0
