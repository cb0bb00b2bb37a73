"""Transcribing a recording for the meeting editor: one at a time, with progress and cancel.

The work is the use case (vaktaal.usecases.meeting_authoring), run on the CPU lane of the
app's task manager, so it never holds up the database. The recognizer comes from a small
callable (`RecognizerSource`), called on the worker because loading a model takes seconds;
tests pass one with a fake or the Korean test model.
"""

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from vaktaal.ui.signals import emit
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.usecases.meeting_authoring import (
    AuthoringProblem,
    Cancelled,
    MeetingAuthoring,
    RecognizerSource,
    Transcription,
    engine_model_source,
    installed_model_source,
)

__all__ = ["RecognizerSource", "TranscribeTask", "engine_model_source", "installed_model_source"]


class TranscribeTask(QObject):
    """Signals arrive on the GUI thread."""

    progress = Signal(float)  # the part done, 0..1
    done = Signal(object)  # a Transcription
    failed = Signal(str)  # a Dutch message
    cancelled = Signal()

    def __init__(
        self,
        tasks: TaskManager,
        source: RecognizerSource,
        authoring: MeetingAuthoring | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.source = source
        self.authoring = authoring or MeetingAuthoring()
        self._cancel = threading.Event()
        self.running = False
        self.closed = False  # its window is gone: no more signals
        app = QCoreApplication.instance()
        if app is not None:  # closing the app does not wait for an hour of recording
            app.aboutToQuit.connect(self.cancel)

    def start(self, path: Path) -> None:
        if self.running:
            return
        self._cancel = threading.Event()
        self.running = True
        cancel = self._cancel

        def work() -> Transcription:
            report = self._report_progress
            return self.authoring.transcribe(path, self.source, report, cancel)

        self.tasks.run(Op(work, self._finished, self._error, Lane.CPU))

    def cancel(self) -> None:
        self._cancel.set()

    def _report_progress(self, part: float) -> None:
        if not self.closed:
            emit(self.progress, part)  # from the worker: queued to the GUI thread

    def _finished(self, result: Transcription) -> None:
        self.running = False
        if not self.closed:
            emit(self.done, result)

    def _error(self, error: Exception) -> None:
        self.running = False
        if self.closed:
            return
        if isinstance(error, Cancelled):
            emit(self.cancelled)
        elif isinstance(error, AuthoringProblem):
            emit(self.failed, str(error))
        else:
            emit(self.failed, self.tr("Het omzetten is niet gelukt. Probeer een andere opname."))

    def shutdown(self) -> None:
        """Stop a transcription that is running: its window closes, nothing is reported."""
        self.closed = True
        self.cancel()
