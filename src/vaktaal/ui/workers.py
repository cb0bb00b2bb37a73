"""Run slow work on a thread pool; results come back to the GUI thread as signals."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the GUI, which shows a plain message
            log.exception("background job failed")
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    receiver: QObject,
) -> None:
    """Run `work` off the GUI thread; `on_done`/`on_error` run on `receiver`'s thread."""
    job = _Job(work)
    job.signals.setParent(None)
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(on_error)
    receiver.destroyed.connect(job.signals.deleteLater)
    QThreadPool.globalInstance().start(job)
