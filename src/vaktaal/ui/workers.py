"""Slow work runs on one background thread, in order (like Anki's serial task manager);
results come back to the GUI thread through a queued Qt signal."""

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from vaktaal.ui.signals import emit

log = logging.getLogger(__name__)

Callbacks = tuple[Callable[[Any], None], Callable[[Exception], None]]


class TaskRunner(QObject):
    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vaktaal-task")
        self._finished.connect(self._deliver)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run `work` off the GUI thread; then `on_done(result)` or `on_error(error)` on it."""
        future = self._executor.submit(work)
        future.add_done_callback(lambda done: self._report(done, (on_done, on_error)))

    def _report(self, future: Future[Any], callbacks: Callbacks) -> None:
        try:
            emit(self._finished, future, callbacks)
        except RuntimeError:  # the window closed before the work was done
            log.info("result of a background task dropped: its window is gone")

    def _deliver(self, future: Future[Any], callbacks: Callbacks) -> None:
        on_done, on_error = callbacks
        if future.cancelled():  # the window closed before it was the task's turn
            return
        error = future.exception()
        if error is None:
            on_done(future.result())
        elif isinstance(error, Exception):
            log.error("background task failed", exc_info=error)
            on_error(error)

    def shutdown(self) -> None:
        """Finish every queued task first: queued writes are answers the learner gave."""
        self._executor.shutdown(wait=True)
