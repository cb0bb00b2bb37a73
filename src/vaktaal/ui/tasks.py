"""The one road for slow work (like Anki's CollectionOp/QueryOp and its task manager).

An `Op[T]` says what to do off the GUI thread, what to do with its result on the GUI
thread, what to do when it fails, whether to show that the app is busy, and what it
changed. Database work runs on one serial worker, in order (an answer is written before the
next session is planned); CPU work (speech, PDF, audio) on a small pool of its own, so a
model that loads for seconds never holds up a database read. After an op that changed
something, `changed` tells every screen (vaktaal.usecases.changes).
"""

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from vaktaal.ui.signals import emit
from vaktaal.usecases.changes import NOTHING, Changes

log = logging.getLogger(__name__)

T = TypeVar("T")
CPU_WORKERS = 2


class Lane(Enum):
    DATABASE = "database"  # one worker, in order: everything that touches the database
    CPU = "cpu"  # a small pool: speech, audio, PDF building, reading files


def _nothing(_result: object) -> None:
    """For an op whose result needs no answer on screen."""


@dataclass(frozen=True)
class Op(Generic[T]):
    work: Callable[[], T]
    on_done: Callable[[T], None] = _nothing
    on_error: Callable[[Exception], None] | None = None  # None: the manager's default
    lane: Lane = Lane.DATABASE
    busy: str = ""  # shown while it runs ("" = quick, show nothing)
    changes: Changes = NOTHING  # told to every screen after success


class TaskManager(QObject):
    """Runs ops; results, errors and change notices always arrive on the GUI thread."""

    changed = Signal(object)  # Changes
    busy_changed = Signal(str)  # the busy text of the oldest running op, "" when none
    _finished = Signal(object, object)
    _main_call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vaktaal-db")
        self._cpu = ThreadPoolExecutor(max_workers=CPU_WORKERS, thread_name_prefix="vaktaal-cpu")
        self._busy: list[str] = []
        self._closed = False
        self.default_error: Callable[[Exception], None] = _log_only
        self._finished.connect(self._deliver)
        self._main_call.connect(lambda call: call())

    def run(self, op: Op[T]) -> None:
        """Start `op` in its lane; its callbacks run later on the GUI thread."""
        if self._closed:
            log.info("op after shutdown dropped")
            return
        self._set_busy(op, True)
        pool = self._database if op.lane is Lane.DATABASE else self._cpu
        future = pool.submit(op.work)
        future.add_done_callback(lambda done: self._report(done, op))

    def run_on_main(self, call: Callable[[], None]) -> None:
        """Call `call` on the GUI thread (from any thread)."""
        if threading.current_thread() is threading.main_thread():
            call()
            return
        try:
            emit(self._main_call, call)
        except RuntimeError:
            log.info("call for the GUI thread dropped: the app is closing")

    def _report(self, future: Future[Any], op: Op[Any]) -> None:
        try:
            emit(self._finished, future, op)
        except RuntimeError:  # the window closed before the work was done
            log.info("result of a background task dropped: its window is gone")

    def _deliver(self, future: Future[Any], op: Op[Any]) -> None:
        self._set_busy(op, False)
        if future.cancelled():  # the app closed before it was the op's turn
            return
        error = future.exception()
        if error is None:
            op.on_done(future.result())
            if op.changes:
                emit(self.changed, op.changes)
        elif isinstance(error, Exception):
            log.error("background task failed", exc_info=error)
            (op.on_error or self.default_error)(error)

    def _set_busy(self, op: Op[Any], running: bool) -> None:
        if not op.busy:
            return
        if running:
            self._busy.append(op.busy)
        elif op.busy in self._busy:
            self._busy.remove(op.busy)
        emit(self.busy_changed, self._busy[0] if self._busy else "")

    def wait_until_idle(self) -> None:
        """For tests: block until every database op queued so far has run, and a CPU worker is
        free (a CPU op still running on the other worker is not waited for)."""
        for pool in (self._database, self._cpu):
            pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Finish every queued op first: queued writes are answers the learner gave."""
        self._closed = True
        self._database.shutdown(wait=True)
        self._cpu.shutdown(wait=True, cancel_futures=True)


def _log_only(error: Exception) -> None:
    log.error("an op failed and no screen handles it: %s", error)
