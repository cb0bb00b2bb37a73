"""Say the word: see the picture, speak, and hear whether the machine understood it.

Click the microphone or press Space: listening stops by itself after the word. Or hold
Space (or the mouse button) while speaking and let go. The check runs in the background;
then the verdict shows, with what was heard and the right word. A buddy next to the learner
can overrule the machine with B. The result is emitted once, when the learner goes on.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget
from shiboken6 import isValid

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.exercises import Exercise
from vaktaal.speech.tts import Speaker
from vaktaal.ui.practice.exercise_view import NEXT_KEYS, ObjectiveView
from vaktaal.ui.signals import emit
from vaktaal.ui.speaking.capture import Listener, no_microphone_message
from vaktaal.ui.speaking.playback import PcmPlayer
from vaktaal.ui.speaking.speak_panel import Phase, SpeakPanel
from vaktaal.ui.speaking.support import (
    LiveJudge,
    SpeakingSupport,
    SpeechVerdict,
    SpokenAnswer,
    flipped,
    verdict_for,
)
from vaktaal.ui.speaking.verdict_panel import VerdictPanel
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.usecases.speech import Scored, score_attempt

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # judged attempts per exercise; bad recordings do not count
HOLD_MS = 400  # holding the button or Space this long makes it push-to-talk


class SpeakingView(ObjectiveView):
    """A SPEAK exercise; answered(SpokenAnswer) then proceed() on "Verder", or skipped()."""

    skipped = Signal()  # no microphone: go on without an answer (nothing is reviewed)

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        learner_language: str,
        support: SpeakingSupport,
        tasks: TaskManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(library, speaker, learner_language, parent)
        self.support = support
        self.tasks = tasks
        self.player = PcmPlayer(self)
        self.hold_ms = HOLD_MS
        self._listener: Listener | None = None
        self._live: LiveJudge | None = None  # judges the attempt being spoken
        self.phase = Phase.READY
        self.attempts = 0
        self.recording = b""
        self.machine_level = ""  # the judge's verdict level of the last attempt
        self.final_level = ""  # the same, or the buddy's when overruled
        self.heard = ""
        self._attempt = 0  # numbers each recording, so a late result of an old one is dropped
        self._holding = False
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.timeout.connect(self._start_holding)
        self._build(library, speaker, learner_language)

    def _build(self, library: PictogramLibrary, speaker: Speaker, learner_language: str) -> None:
        self.top = SpeakPanel(library)
        self.picture, self.prompt, self.meter = self.top.picture, self.top.prompt, self.top.meter
        self.mic_button, self.self_button = self.top.mic_button, self.top.self_button
        self.status, self.skip_button = self.top.status, self.top.skip_button
        self.mic_button.pressed.connect(self._talk_pressed)
        self.mic_button.released.connect(self._talk_released)
        self.self_button.clicked.connect(self.play_recording)
        self.skip_button.clicked.connect(self.skip)
        self.panel = VerdictPanel(library, speaker, learner_language)
        self.panel.proceed.connect(self._go_on)
        self.panel.overrule_requested.connect(self.overrule_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.top)
        layout.addStretch(1)
        layout.addWidget(self.panel)

    @property
    def listener(self) -> Listener | None:
        """The microphone, made on first use; None when it cannot be made."""
        if self._listener is None:
            try:
                listener = self.support.listener_factory()
            except Exception:
                log.exception("the microphone could not be set up")
                return None
            listener.setParent(self)
            listener.level.connect(self.meter.set_level)
            listener.speech_started.connect(self._speech_started)
            listener.speech_audio.connect(self._on_audio)
            listener.utterance.connect(self._on_utterance)
            listener.problem.connect(self._on_device_problem)
            self._listener = listener
        return self._listener

    # -- showing an exercise ---------------------------------------------------------------

    def show_exercise(self, exercise: Exercise) -> None:
        self.start(exercise)
        self._stop_everything()
        self.attempts = 0
        self.recording = b""
        self.machine_level = self.final_level = self.heard = ""
        self.picture.show_pictogram(exercise.item.term.pictogram, self.tr("Plaatje"))
        self._show_phase(Phase.READY)

    def focus_main(self) -> None:
        if self.phase is Phase.VERDICT:
            target = self.panel.next_button
        elif self.phase is Phase.PROBLEM and not self.mic_button.isVisible():
            target = self.skip_button
        else:
            target = self.mic_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def attempts_left(self) -> int:
        return max(0, MAX_ATTEMPTS - self.attempts)

    def _show_phase(self, phase: Phase, message: str = "") -> None:
        self.phase = phase
        self.is_answered = phase is Phase.VERDICT
        may_speak = phase in (Phase.READY, Phase.LISTENING, Phase.PROBLEM) or (
            phase is Phase.VERDICT and self.attempts_left > 0
        )
        replay = phase in (Phase.VERDICT, Phase.PROBLEM) and bool(self.recording)
        self.top.show_phase(phase, may_speak, self.attempts > 0, replay, message)
        self.panel.setVisible(phase is Phase.VERDICT)

    # -- listening ---------------------------------------------------------------------------

    def _talk_pressed(self) -> None:
        if self.phase is Phase.LISTENING:
            self.stop_listening()
            return
        if self.listen():
            self._hold_timer.start(self.hold_ms)

    def _talk_released(self) -> None:
        self._hold_timer.stop()
        if self._holding:
            self._holding = False
            self.stop_listening()

    def _start_holding(self) -> None:
        listener = self.listener
        if self.phase is Phase.LISTENING and self.mic_button.isDown() and listener is not None:
            self._holding = True
            listener.hold()

    def listen(self) -> bool:
        """Start listening for the word; False when that is not possible now."""
        may_speak = self.phase in (Phase.READY, Phase.PROBLEM) or (
            self.phase is Phase.VERDICT and self.attempts_left > 0
        )
        if not may_speak or self.exercise is None:
            return False
        listener = self.listener
        if listener is None:
            self._show_problem(no_microphone_message(), device=True)
            return False
        self.player.stop()
        self._attempt += 1
        self._show_phase(Phase.LISTENING)
        self._live = self._start_live_check(self.exercise)
        listener.start()
        return True

    def _start_live_check(self, exercise: Exercise) -> LiveJudge | None:
        """Decoding while the learner speaks, when the support offers it."""
        self._cancel_live_check()
        if self.support.start_check is None:
            return None
        try:
            return self.support.start_check(exercise)
        except Exception:
            log.exception("the live check could not start; checking afterwards")
            return None

    def _cancel_live_check(self) -> None:
        live, self._live = self._live, None
        if live is not None:
            live.cancel()

    def _on_audio(self, pcm: bytes) -> None:
        if self.phase is Phase.LISTENING and self._live is not None:
            self._live.feed(pcm)

    def stop_listening(self) -> None:
        """Stop a recording now (the last half second is still recorded)."""
        if self.phase is Phase.LISTENING and self._listener is not None:
            self._listener.stop()

    def _speech_started(self) -> None:
        if self.phase is Phase.LISTENING:
            self.top.show_speech_heard()

    def _on_utterance(self, pcm: bytes) -> None:
        if self.phase is not Phase.LISTENING or self.exercise is None:
            return
        self.recording = pcm
        self._show_phase(Phase.CHECKING)
        attempt, score = self._attempt, self._scorer(self.exercise)
        self.tasks.run(
            Op(
                lambda: score(pcm),
                lambda checked: self._on_checked(attempt, checked),
                lambda _error: self._on_checked(attempt, Scored(problem=self._check_failed())),
                lane=Lane.CPU,
            )
        )

    def _scorer(self, exercise: Exercise) -> Callable[[bytes], Scored[SpeechVerdict]]:
        """Scores the attempt off the GUI thread: the live check's, else the support's judge."""
        support, live = self.support, self._live
        self._live = None

        def score(pcm: bytes) -> Scored[SpeechVerdict]:
            judge = live.finish if live is not None else lambda u: support.judge(u, exercise)
            scored = score_attempt(pcm, support.sample_rate, judge, support.check_recording)
            if scored.verdict is None and live is not None:
                live.cancel()  # a recording that cannot be judged
            return scored

        return score

    def _on_checked(self, attempt: int, checked: Scored[SpeechVerdict]) -> None:
        if not isValid(self) or attempt != self._attempt or self.phase is not Phase.CHECKING:
            return  # an old recording: the learner has moved on (or the view is gone)
        if checked.verdict is None:
            self._show_problem(checked.problem or self._check_failed(), device=False)
            return
        self.attempts += 1
        self.machine_level = self.final_level = str(checked.verdict.level)
        self.heard = checked.verdict.heard or ""
        self._show_verdict()

    def _on_device_problem(self, message: str) -> None:
        if self.phase in (Phase.READY, Phase.LISTENING):
            self._show_problem(message, device=True)

    def _show_problem(self, message: str, device: bool) -> None:
        if self.attempts:  # an earlier attempt was judged: keep it, and say what went wrong
            self._show_verdict()
            self.top.show_status(Phase.PROBLEM, message)
            return
        self._show_phase(Phase.PROBLEM, message)
        target = self.skip_button if device else self.mic_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_failed(self) -> str:
        return self.tr("Dat lukte niet. Probeer het nog eens.")

    # -- the verdict -------------------------------------------------------------------------

    def _show_verdict(self) -> None:
        if self.exercise is None:
            return
        self._show_phase(Phase.VERDICT)
        term = self.exercise.item.term
        self.panel.show_verdict(self.final_level, self.machine_level, self.heard, term)
        self.panel.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def overrule(self) -> None:
        """The buddy's key: flip the machine's verdict, or put it back."""
        if self.phase is not Phase.VERDICT:
            return
        overruled = self.final_level != self.machine_level
        self.final_level = self.machine_level if overruled else flipped(self.machine_level)
        self._show_verdict()

    def overrule_to(self, level: str) -> None:
        """A buddy session: the buddy sets the verdict (goed, bijna or nog eens)."""
        if self.phase is Phase.VERDICT:
            self.final_level = level
            self._show_verdict()

    @property
    def answer(self) -> SpokenAnswer | None:
        """What will be emitted when the learner goes on now."""
        if not self.machine_level:
            return None
        machine = verdict_for(self.machine_level)
        final = verdict_for(self.final_level)
        overruled = machine if self.final_level != self.machine_level else None
        return SpokenAnswer(final, self.heard, overruled, self.attempts)

    def play_recording(self) -> None:
        self.player.play(self.recording, self.support.sample_rate)

    def _go_on(self) -> None:
        answer = self.answer
        if self.phase is not Phase.VERDICT or answer is None:
            return
        self._stop_everything()
        self.phase = Phase.DONE
        emit(self.answered, answer)
        emit(self.proceed)

    def skip(self) -> None:
        """Go on without an answer: nothing is reviewed."""
        if self.phase is Phase.PROBLEM:
            self._stop_everything()
            self.phase = Phase.DONE
            emit(self.skipped)

    # -- keys and leaving --------------------------------------------------------------------

    def handle_key(self, key: int) -> bool:
        if self.phase is Phase.VERDICT:
            if key == Qt.Key.Key_B:
                self.overrule()
                return True
            if key in NEXT_KEYS:
                self._go_on()
                return True
            return False
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.phase is Phase.LISTENING:
                self.stop_listening()
            else:
                self.listen()
            return True
        return False

    def _stop_everything(self) -> None:
        self._attempt += 1
        self._hold_timer.stop()
        self._holding = False
        if self._listener is not None:
            self._listener.cancel()
        self._cancel_live_check()
        self.player.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the screen (Stoppen, the next exercise) ends listening and playback."""
        if self.phase in (Phase.LISTENING, Phase.CHECKING):
            self._stop_everything()
            self._show_phase(Phase.READY)
        else:
            self.player.stop()
        super().hideEvent(event)
