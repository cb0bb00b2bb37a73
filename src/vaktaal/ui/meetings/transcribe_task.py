"""Transcribing a recording in the background for the meeting editor: progress, cancel.

The recognizer comes from a small callable (`RecognizerSource`), called on the background
thread because loading a speech model takes seconds; tests pass one with a fake or the
Korean test model. The work runs on a TaskRunner of its own, so it never holds up others.
"""

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from vaktaal.paths import Paths
from vaktaal.speech.engine import SpeechEngine
from vaktaal.speech.models import ModelProblem, find_model
from vaktaal.speech.recognition import Cancelled, Recognizer
from vaktaal.speech.transcription import Transcription, TranscriptionProblem, transcribe_recording
from vaktaal.ui.signals import emit
from vaktaal.ui.workers import TaskRunner

RecognizerSource = Callable[[], Recognizer]


def engine_model_source(engine: SpeechEngine) -> RecognizerSource:
    """The model the app's speech engine has loaded (one copy in memory, hundreds of MB);
    while it has none, the installed model, loaded here."""
    fallback = installed_model_source(engine.paths)

    def source() -> Recognizer:
        checker = engine.checker
        return checker.recognizer if checker is not None else fallback()

    return source


def installed_model_source(paths: Paths) -> RecognizerSource:
    """The installed speech model, loaded the first time it is asked for."""
    loaded: list[Recognizer] = []

    def source() -> Recognizer:
        if not loaded:
            status = find_model(paths)
            if not status.ready or status.path is None:
                raise TranscriptionProblem(status.message)
            from vaktaal.speech.vosk_engine import VoskRecognizer

            try:
                loaded.append(VoskRecognizer.load(status.path))
            except ModelProblem as error:
                raise TranscriptionProblem(str(error)) from error
        return loaded[0]

    return source


class TranscribeTask(QObject):
    """One transcription at a time. Signals arrive on the GUI thread."""

    progress = Signal(float)  # the part done, 0..1
    done = Signal(object)  # a Transcription
    failed = Signal(str)  # a Dutch message
    cancelled = Signal()

    def __init__(self, source: RecognizerSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.tasks = TaskRunner(self)
        self._cancel = threading.Event()
        self.running = False

    def start(self, path: Path) -> None:
        self._cancel = threading.Event()
        self.running = True
        cancel = self._cancel
        self.tasks.run(lambda: self._work(path, cancel), self._finished, self._error)

    def cancel(self) -> None:
        self._cancel.set()

    def _work(self, path: Path, cancel: threading.Event) -> Transcription:
        recognizer = self.source()
        return transcribe_recording(
            path, recognizer, lambda part: emit(self.progress, part), cancel
        )

    def _finished(self, result: Transcription) -> None:
        self.running = False
        emit(self.done, result)

    def _error(self, error: Exception) -> None:
        self.running = False
        if isinstance(error, Cancelled):
            emit(self.cancelled)
        elif isinstance(error, TranscriptionProblem):
            emit(self.failed, str(error))
        else:
            emit(self.failed, self.tr("Het omzetten is niet gelukt. Probeer een andere opname."))

    def shutdown(self) -> None:
        self.cancel()
        self.tasks.shutdown()
