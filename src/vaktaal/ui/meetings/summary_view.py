"""Exercise 4: write or say a short summary, then see which points it covers."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from vaktaal.core.meetings.coverage import SummaryCheck
from vaktaal.core.meetings.exercises import score_summary
from vaktaal.core.meetings.feedback_text import LANGUAGE, START, summary_feedback
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.meetings.exercise_parts import MeetingExerciseView, with_icon
from vaktaal.ui.meetings.summary_feedback import (
    SummaryFeedback,
    retry_button,
    show_summary_result,
)
from vaktaal.ui.practice.common import CHECK_ICON, MUTED, STOP_ICON, action_button, set_role
from vaktaal.ui.speaking.capture import Listener
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import text_label
from vaktaal.usecases.meetings import SummaryProblem

SUMMARY_ICON = "openmoji:1F4DD"
MICROPHONE_ICON = "openmoji:1F3A4"
DONE_ICON = "openmoji:1F3C1"


class SummaryChecker(Protocol):
    """The check that `vaktaal meeting check-summary` makes too (usecases.meetings)."""

    def check_summary(self, meeting: Meeting, text: str) -> SummaryCheck: ...


@dataclass(frozen=True)
class SummarySpeech:
    """Speaking the summary: a microphone Listener and a free transcription (slow; run on
    the CPU lane). transcribe raises with a Dutch message when it cannot."""

    listener_factory: Callable[[], Listener]
    transcribe: Callable[[bytes], str]


class SummaryView(MeetingExerciseView):
    """Done emits after the feedback; `checked_summary` carries the check for tests.
    Checking and transcribing run as ops on `tasks` (CPU lane)."""

    transcribed = Signal(str)

    def __init__(
        self,
        library: PictogramLibrary,
        tasks: TaskManager,
        checker: SummaryChecker,
        speech: SummarySpeech | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(library, parent)
        self.tasks = tasks
        self.checker = checker
        self.speech = speech
        self.listener: Listener | None = None
        self.meeting: Meeting | None = None
        self.checking = False  # a check is running
        self.checked_summary: SummaryCheck | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._input_page())
        self.feedback = SummaryFeedback(library)
        self.pages.addWidget(self.feedback)
        self.heading = text_label(self.tr("Vat de vergadering samen"), 1.6, bold=True)
        self.hint = text_label(self.tr("Schrijf of zeg: wat zijn de hoofdpunten, wie doet wat?"))
        self.hint.setStyleSheet(MUTED)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(with_icon(library, SUMMARY_ICON, self.heading, self.hint))
        layout.addWidget(self.pages, stretch=1)
        layout.addWidget(self.result)
        self.retry_button = retry_button(self.result, library, self.retry)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.check)
        QShortcut(QKeySequence("Ctrl+R"), self, self.toggle_speaking)

    def _input_page(self) -> QWidget:
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Samenvatting"))
        self.text.setPlaceholderText(self.tr("Typ hier je samenvatting."))
        self.text.setTabChangesFocus(True)
        set_relative_font(self.text, 1.3)
        self.speak_button = action_button(self.tr("Zeg het"), self.library, MICROPHONE_ICON)
        self.speak_button.setToolTip(self.tr("Ctrl+R: begin of stop met praten"))
        self.speak_button.clicked.connect(self.toggle_speaking)
        self.speak_button.setVisible(self.speech is not None)
        self.check_button = action_button(
            self.tr("Controleer"), self.library, CHECK_ICON, "primary"
        )
        self.check_button.setToolTip(self.tr("Ctrl+Enter"))
        self.check_button.clicked.connect(self.check)
        self.status = text_label("", 1.1)
        self.status.setStyleSheet(MUTED)
        buttons = QHBoxLayout()
        buttons.addWidget(self.speak_button)
        buttons.addWidget(self.status, stretch=1)
        buttons.addWidget(self.check_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, stretch=1)
        layout.addLayout(buttons)
        return page

    def show_exercise(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.checked = self.checking = False
        self.checked_summary = None
        self.result.hide()
        self.text.clear()
        self.status.clear()
        self.pages.setCurrentIndex(0)

    def focus_main(self) -> None:
        target = self.result.next_button if self.checked else self.text
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # speaking ------------------------------------------------------------------------

    @property
    def speaking(self) -> bool:
        return self.listener is not None and self.listener.listening

    def toggle_speaking(self) -> None:
        if self.speech is None or self.checked:
            return
        if self.speaking:
            assert self.listener is not None
            self.listener.stop()
            return
        if self.listener is None:
            self.listener = self.speech.listener_factory()
            self.listener.utterance.connect(self._heard)
            self.listener.problem.connect(self._microphone_problem)
        self.listener.start(push_to_talk=True)
        self._show_speaking(True)
        self.status.setText(self.tr("Ik luister. Klik op Stop als je klaar bent."))

    def _show_speaking(self, speaking: bool) -> None:
        self.speak_button.setText(self.tr("Stop") if speaking else self.tr("Zeg het"))
        icon = STOP_ICON if speaking else MICROPHONE_ICON
        self.speak_button.setIcon(action_button("", self.library, icon).icon())
        set_role(self.speak_button, "primary" if speaking else "")

    def _heard(self, pcm: bytes) -> None:
        self._show_speaking(False)
        speech = self.speech
        if speech is None:
            return
        self.speak_button.setEnabled(False)
        self.status.setText(self.tr("Ik schrijf op wat je zei..."))
        self.tasks.run(
            Op(lambda: speech.transcribe(pcm), self._transcribed, self._not_transcribed, Lane.CPU)
        )

    def _transcribed(self, text: str) -> None:
        self.speak_button.setEnabled(True)
        if not text.strip():
            self.status.setText(self.tr("Ik heb niets verstaan. Probeer het nog eens."))
            return
        before = self.text.toPlainText().rstrip()
        self.text.setPlainText(f"{before} {text.strip()}".strip())
        self.status.setText(self.tr("Kijk of de tekst klopt. Verbeter hem als dat nodig is."))
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.transcribed.emit(text)

    def _not_transcribed(self, error: Exception) -> None:
        self.speak_button.setEnabled(True)
        self.status.setText(
            self.tr("Dat lukte niet: {reason} Typ je samenvatting.").format(reason=str(error))
        )

    def _microphone_problem(self, message: str) -> None:
        self._show_speaking(False)
        self.status.setText(message)

    # checking ------------------------------------------------------------------------

    def check(self) -> None:
        """Check the summary in the background; the feedback follows."""
        meeting, text = self.meeting, self.text.toPlainText().strip()
        if self.checked or self.checking or meeting is None:
            return
        self.checking = True
        checker = self.checker
        self.tasks.run(
            Op(
                lambda: checker.check_summary(meeting, text),
                lambda check: self._show_check(meeting, text, check),
                lambda error: self._not_checked(meeting, error),
                Lane.CPU,
            )
        )

    def _show_check(self, meeting: Meeting, text: str, check: SummaryCheck) -> None:
        if meeting is not self.meeting or not self.checking:
            return  # another meeting meanwhile
        self.checking = False
        if self.listener is not None:
            self.listener.cancel()
        self.checked_summary = check
        feedback = summary_feedback(check)  # the same text as `vaktaal meeting check-summary`
        self.feedback.show_feedback(feedback)
        self.pages.setCurrentIndex(1)
        self.details = {"text": text, "levels": _levels(check), "language": check.language}
        self.show_result(score_summary(check), feedback.headline, "")
        show_summary_result(self.result, feedback)
        self.result.next_button.setText(self.tr("Klaar"))
        if feedback.mood in (LANGUAGE, START):  # nothing counted yet: trying again comes first
            self.retry_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def retry(self) -> None:
        """Back to the summary, as written, to add what was missing; then check again."""
        if not self.checked:
            return
        self.checked = False
        self.checked_summary = None
        self.result.hide()
        self.pages.setCurrentIndex(0)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _not_checked(self, meeting: Meeting, error: Exception) -> None:
        if meeting is not self.meeting:
            return
        self.checking = False
        if isinstance(error, SummaryProblem):
            self.status.setText(str(error))
        else:
            self.status.setText(self.tr("Dat lukte niet. Probeer het nog eens."))

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the summary (the next screen, the profiles) stops the microphone."""
        if self.speaking and self.listener is not None:
            self.listener.cancel()
            self._show_speaking(False)
            self.status.clear()
        super().hideEvent(event)

    def shutdown(self) -> None:
        if self.listener is not None:
            self.listener.shutdown()


def _levels(check: SummaryCheck) -> dict[str, str]:
    return {c.id: c.level for c in (*check.points, *check.actions)}
