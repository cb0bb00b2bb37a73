"""Choose the picture: read (CHOOSE_PICTURE) or hear (LISTEN) a word, pick one of four."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.speech.tts import Speaker
from vaktaal.ui.bidi import dutch
from vaktaal.ui.practice.common import (
    MARK_STYLE,
    MUTED,
    RIGHT_ICON,
    SPEAKER_ICON,
    WRONG_ICON,
    AudioButton,
    action_button,
    pictogram_icon,
    say,
    set_role,
)
from vaktaal.ui.practice.exercise_view import ObjectiveView
from vaktaal.ui.practice.term_card import plain_label
from vaktaal.ui.widgets import text_label

CHOICES = 4
OPTION_SIZE = 210  # the square picture buttons
OPTION_ICON = 170
CHOICE_KEYS: dict[int, int] = {
    Qt.Key.Key_1: 0,
    Qt.Key.Key_2: 1,
    Qt.Key.Key_3: 2,
    Qt.Key.Key_4: 3,
}


class ChoiceView(ObjectiveView):
    """Four picture buttons (keys 1-4); L or the speaker button says the word again."""

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        learner_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(library, speaker, learner_language, parent)
        self.setStyleSheet(MARK_STYLE)
        self.options: list[PracticeItem] = []
        self.correct = 0
        self.prompt = text_label("", 1.3)
        self.prompt.setStyleSheet(MUTED)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word_label = plain_label(2.4, bold=True)
        self.word_audio = AudioButton(library, speaker, self.tr("Luister"), 64)
        self.listen_button = action_button(
            self.tr("Luister"), library, SPEAKER_ICON, "primary", icon_size=56
        )
        self.listen_button.setMinimumWidth(300)
        self.listen_button.setToolTip(self.tr("Toets L"))
        self.listen_button.clicked.connect(self.play)
        self.buttons: list[QPushButton] = []
        self.marks: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self.prompt)
        layout.addLayout(self._word_row())
        layout.addWidget(self.listen_button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self._option_row())
        layout.addStretch(1)
        layout.addWidget(self.feedback)

    def _word_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addStretch(1)
        row.addWidget(self.word_label)
        row.addWidget(self.word_audio)
        row.addStretch(1)
        return row

    def _option_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(28)
        row.addStretch(1)
        for index in range(CHOICES):
            button = QPushButton()
            button.setFixedSize(OPTION_SIZE, OPTION_SIZE)
            button.setIconSize(QSize(OPTION_ICON, OPTION_ICON))
            button.setAutoDefault(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            mark = text_label(str(index + 1), 1.3, bold=True)
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setMinimumHeight(48)
            column = QVBoxLayout()
            column.setSpacing(6)
            column.addWidget(button)
            column.addWidget(mark)
            row.addLayout(column)
            self.buttons.append(button)
            self.marks.append(mark)
        row.addStretch(1)
        return row

    @property
    def listening(self) -> bool:
        """Hear the word without seeing it (only when there is a voice to say it)."""
        kind = self.exercise.kind if self.exercise else None
        return kind is ExerciseKind.LISTEN and self.speaker.available

    def show_exercise(self, exercise: Exercise) -> None:
        self.start(exercise)
        term = exercise.item.term
        self.options = _options_with_answer(exercise)
        self.correct = next(
            i for i, o in enumerate(self.options) if o.term_pk == exercise.item.term_pk
        )
        self.word_label.setText(dutch(term.display))
        self.word_audio.set_text_to_say(term.display, term.audio)
        self.word_label.setVisible(not self.listening)
        self.word_audio.setVisible(not self.listening and self.speaker.available)
        self.listen_button.setVisible(self.listening)
        self.prompt.setText(
            self.tr("Luister. Welk plaatje hoort erbij?")
            if self.listening
            else self.tr("Welk plaatje hoort bij dit woord?")
        )
        self._show_options()
        if self.listening:
            self.play()

    def _show_options(self) -> None:
        for index, button in enumerate(self.buttons):
            shown = index < len(self.options)
            button.setVisible(shown)
            self.marks[index].setVisible(shown)
            self.marks[index].setText(str(index + 1))
            set_role(button, "")
            if shown:
                term = self.options[index].term
                button.setIcon(pictogram_icon(self.library, term.pictogram, OPTION_ICON))
                button.setAccessibleName(self.tr("Plaatje {n}").format(n=index + 1))

    def focus_main(self) -> None:
        if self.is_answered:
            self.feedback.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def play(self) -> None:
        if self.exercise is not None:
            term = self.exercise.item.term
            say(self.speaker, term.display, term.audio)

    def choose(self, index: int) -> None:
        if self.is_answered:
            self.focus_next()
            return
        if self.exercise is None or index >= len(self.options):
            return
        self._mark(index, right=index == self.correct)
        if index != self.correct:
            self._mark(self.correct, right=True)
        self.finish(Verdict.RIGHT if index == self.correct else Verdict.WRONG)

    def _mark(self, index: int, right: bool) -> None:
        set_role(self.buttons[index], "good" if right else "bad")
        mark = self.marks[index]
        icon = pictogram_icon(self.library, RIGHT_ICON if right else WRONG_ICON, 40)
        mark.setPixmap(icon.pixmap(40, 40))
        word = self.options[index].term.display
        self.buttons[index].setAccessibleName(
            self.tr("Plaatje {n}: {word}").format(n=index + 1, word=word)
        )

    def handle_key(self, key: int) -> bool:
        if key == Qt.Key.Key_L:
            self.play()
            return True
        return super().handle_key(key)

    def handle_answer_key(self, key: int) -> bool:
        index = CHOICE_KEYS.get(key)
        if index is None:
            return False
        self.choose(index)
        return True


def _options_with_answer(exercise: Exercise) -> list[PracticeItem]:
    """The options, always with the right answer among them (at most four)."""
    options = list(exercise.options[:CHOICES])
    if all(option.term_pk != exercise.item.term_pk for option in options):
        options = [exercise.item, *options[: CHOICES - 1]]
    return options
