"""What every exercise view shares: keys, focus, and the feedback after an answer."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from vaktaal.core.model import Term
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise
from vaktaal.speech.tts import Speaker
from vaktaal.ui.bidi import dutch
from vaktaal.ui.practice.common import (
    ALMOST_ICON,
    NEXT_ICON,
    RIGHT_ICON,
    WRONG_ICON,
    action_button,
)
from vaktaal.ui.practice.term_card import plain_label
from vaktaal.ui.widgets import PictogramLabel

NEXT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_LOOK = {  # icon, background, border
    Verdict.RIGHT: (RIGHT_ICON, "#e3f4e8", "#3f9b5b"),
    Verdict.ALMOST: (ALMOST_ICON, "#fff4d6", "#c99a2e"),
    Verdict.WRONG: (WRONG_ICON, "#fbe7e6", "#c8453b"),
}


class ExerciseView(QWidget):
    """A screen for one exercise kind; the practice page shows them in turn."""

    screen_changed = Signal()  # something new to look at (feedback, a revealed card)

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        learner_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.speaker = speaker
        self.learner_language = learner_language
        self.exercise: Exercise | None = None

    def show_exercise(self, exercise: Exercise) -> None:
        raise NotImplementedError

    def focus_main(self) -> None:
        """Put the keyboard focus on the control the learner needs now."""
        raise NotImplementedError

    def handle_key(self, key: int) -> bool:
        """React to a key the focused control did not use; True when it was used."""
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier and self.handle_key(
            event.key()
        ):
            event.accept()
            return
        super().keyPressEvent(event)


class FeedbackPanel(QFrame):
    """After an answer: good / almost / not yet, the right word, and a "Verder" button."""

    proceed = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback")
        self.icon = PictogramLabel(library, 64)
        self.message = plain_label(1.6, bold=True)
        self.answer = plain_label(1.4)
        self.next_button = action_button(self.tr("Verder"), library, NEXT_ICON, "primary")
        self.next_button.setMinimumWidth(220)
        self.next_button.clicked.connect(self.proceed)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.message)
        texts.addWidget(self.answer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(self.icon)
        layout.addLayout(texts, stretch=1)
        layout.addWidget(self.next_button)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the screen does not jump when it appears
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)  # as high as its wrapped text
        self.setSizePolicy(policy)
        self.hide()

    def show_verdict(self, verdict: Verdict, term: Term) -> None:
        icon, background, border = _LOOK[verdict]
        self.setStyleSheet(
            f"QFrame#feedback {{ background: {background}; border: 2px solid {border};"
            " border-radius: 14px; }"
        )
        self.message.setText(self._message(verdict))
        self.icon.show_pictogram(icon, self.message.text())
        self.answer.setText(self.tr("Het woord is: {word}").format(word=dutch(term.display)))
        self.setAccessibleName(f"{self.message.text()} {self.answer.text()}")
        self.show()

    def _message(self, verdict: Verdict) -> str:
        if verdict is Verdict.RIGHT:
            return self.tr("Goed!")
        if verdict is Verdict.ALMOST:
            return self.tr("Bijna goed")
        return self.tr("Nog niet goed")


class ObjectiveView(ExerciseView):
    """An exercise the app scores: answered(Verdict) at once, proceed() after "Verder"."""

    answered = Signal(object)  # Verdict, emitted the moment the learner answers
    proceed = Signal()  # the learner has seen the feedback and wants the next exercise

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        learner_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(library, speaker, learner_language, parent)
        self.is_answered = False
        self.feedback = FeedbackPanel(library)
        self.feedback.proceed.connect(self._go_on)

    def start(self, exercise: Exercise) -> None:
        """Forget the previous answer; subclasses call this first in show_exercise."""
        self.exercise = exercise
        self.is_answered = False
        self.feedback.hide()

    def handle_key(self, key: int) -> bool:
        if self.is_answered:
            if key in NEXT_KEYS:
                self._go_on()
                return True
            return False
        return self.handle_answer_key(key)

    def handle_answer_key(self, key: int) -> bool:
        return False

    def finish(self, verdict: Verdict) -> None:
        """Score the answer: show the feedback, emit answered, focus "Verder"."""
        if self.is_answered or self.exercise is None:
            return
        self.is_answered = True
        self.feedback.show_verdict(verdict, self.exercise.item.term)
        self.feedback.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.screen_changed.emit()
        self.answered.emit(verdict)

    def focus_next(self) -> None:
        """A click on an answer after answering: put the focus back on "Verder"."""
        self.feedback.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_on(self) -> None:
        if self.is_answered:
            self.proceed.emit()
