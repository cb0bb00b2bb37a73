"""One take of a word from the microphone, checked on the CPU lane (silence, too loud).

Reports what happens as signals; `take` holds the last good take (16-bit mono PCM). The
check is the one a take must pass to be stored (usecases.recordings.check_take)."""

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from vaktaal.speech.recognition import SAMPLE_RATE
from vaktaal.ui.signals import emit
from vaktaal.ui.speaking.capture import Listener, no_microphone_message
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.usecases.recordings import RecordingProblem

log = logging.getLogger(__name__)

Check = Callable[[bytes, int], RecordingProblem | None]


class TakeRecorder(QObject):
    level = Signal(float)  # 0..1 while listening, for a level meter
    heard = Signal()  # speech started
    checking = Signal()  # the word is over; the take is being checked
    good_take = Signal()  # `take` can be stored now
    refused = Signal(str)  # a bad take or a microphone problem: a Dutch message

    def __init__(
        self,
        listener_factory: Callable[[], Listener],
        check: Check,
        tasks: TaskManager,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.listener_factory = listener_factory
        self.check = check
        self.tasks = tasks
        self.take = b""
        self.sample_rate = SAMPLE_RATE
        self._listener: Listener | None = None
        self._attempt = 0  # numbers each take, so a late check of an old one is dropped

    @property
    def listener(self) -> Listener | None:
        """The microphone, made on first use; None when it cannot be made."""
        if self._listener is None:
            try:
                listener = self.listener_factory()
            except Exception:
                log.exception("the microphone could not be set up")
                return None
            listener.setParent(self)
            listener.level.connect(self.level)
            listener.speech_started.connect(self.heard)
            listener.utterance.connect(self._on_utterance)
            listener.problem.connect(self._on_problem)
            self._listener = listener
        return self._listener

    def start(self) -> str:
        """Listen for one word; returns a Dutch message when there is no microphone."""
        listener = self.listener
        if listener is None:
            return no_microphone_message()
        self.reset()
        self.sample_rate = listener.audio.sample_rate
        listener.start()
        return ""

    def stop(self) -> None:
        """Stop listening now; the last half second is still recorded."""
        if self._listener is not None and self._listener.listening:
            self._listener.stop()

    def reset(self) -> None:
        """Stop listening and forget the take."""
        self._attempt += 1
        self.take = b""
        if self._listener is not None:
            self._listener.cancel()

    def _on_utterance(self, pcm: bytes) -> None:
        attempt, rate, check = self._attempt, self.sample_rate, self.check
        emit(self.checking)
        self.tasks.run(
            Op(
                lambda: check(pcm, rate),
                lambda problem: self._checked(attempt, pcm, problem),
                lambda _error: self._failed(attempt),
                lane=Lane.CPU,
            )
        )

    def _checked(self, attempt: int, pcm: bytes, problem: RecordingProblem | None) -> None:
        if attempt != self._attempt or not isValid(self):
            return  # an old take: another term was chosen meanwhile
        if problem is not None:
            emit(self.refused, problem.message)
            return
        self.take = pcm
        emit(self.good_take)

    def _failed(self, attempt: int) -> None:
        if attempt == self._attempt and isValid(self):
            emit(self.refused, self.tr("Dat lukte niet. Probeer het nog eens."))

    def _on_problem(self, message: str) -> None:
        self._attempt += 1
        emit(self.refused, message)
