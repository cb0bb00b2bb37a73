"""See the picture (and hear the word), type it; a letter-by-letter diff shows what differs."""

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from vaktaal.core.model import Term
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.answers import DiffKind, DiffPart, TypedAnswer, Verdict, check_typed
from vaktaal.core.practice.exercises import Exercise
from vaktaal.speech.tts import Speaker
from vaktaal.ui.practice.common import (
    CHECK_ICON,
    MUTED,
    PICTURE_SIZE,
    UNKNOWN_ICON,
    AudioButton,
    action_button,
)
from vaktaal.ui.practice.exercise_view import ObjectiveView
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, text_label

CHECK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ARTICLES = ("de ", "het ", "een ")
_SPAN = {
    DiffKind.SAME: "{}",
    DiffKind.MISSING: '<span style="color:#1e7b3a; text-decoration:underline;">{}</span>',
    DiffKind.EXTRA: '<span style="color:#b3261e; text-decoration:line-through;">{}</span>',
}


def diff_html(parts: tuple[DiffPart, ...]) -> str:
    """Same letters plain, missing letters green underlined, extra letters red struck through."""
    pieces = []
    for part in parts:
        text = html.escape(part.text)
        if part.kind is not DiffKind.SAME:
            text = text.replace(" ", "&nbsp;")
        pieces.append(_SPAN[part.kind].format(text))
    return "".join(pieces)


def without_article(typed: str) -> str:
    """The typed word without a leading article, so "de " is not shown as a mistake."""
    stripped = typed.strip()
    for article in ARTICLES:
        if stripped.casefold().startswith(article):
            return stripped[len(article) :]
    return stripped


class TypingView(ObjectiveView):
    """Type the word and press Enter; the answer is checked leniently (case, accents, article)."""

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        learner_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(library, speaker, learner_language, parent)
        self.result: TypedAnswer | None = None
        self.picture = PictogramLabel(library, PICTURE_SIZE)
        self.audio = AudioButton(library, speaker, self.tr("Luister"), 64)
        self.prompt = text_label(self.tr("Typ het woord."), 1.3)
        self.prompt.setStyleSheet(MUTED)
        self.entry = QLineEdit()
        self.entry.setAccessibleName(self.tr("Typ hier het woord"))
        self.entry.setPlaceholderText(self.tr("Typ hier…"))
        self.entry.setMinimumHeight(80)
        self.entry.setMaxLength(80)
        set_relative_font(self.entry, 2.0)
        self.check_button = action_button(self.tr("Controleer"), library, CHECK_ICON, "primary")
        self.check_button.clicked.connect(self.check)
        self.unknown_button = action_button(self.tr("Weet ik niet"), library, UNKNOWN_ICON)
        self.unknown_button.clicked.connect(self.give_up)
        self.diff_label = text_label("", 2.0)
        self.diff_label.setTextFormat(Qt.TextFormat.RichText)
        self.diff_label.setAccessibleName(self.tr("Wat je typte"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(self._top())
        layout.addStretch(1)
        layout.addWidget(self.feedback)

    def _top(self) -> QHBoxLayout:
        picture = QVBoxLayout()
        picture.setSpacing(12)
        picture.addWidget(self.picture)
        picture.addWidget(self.audio, alignment=Qt.AlignmentFlag.AlignHCenter)
        picture.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.unknown_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(18)
        column.addWidget(self.prompt)
        column.addWidget(self.entry)
        column.addLayout(buttons)
        column.addWidget(self.diff_label)
        column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(40)
        top.addLayout(picture)
        top.addLayout(column, stretch=1)
        return top

    def show_exercise(self, exercise: Exercise) -> None:
        self.start(exercise)
        term = exercise.item.term
        self.result = None
        self.picture.show_pictogram(term.pictogram, self.tr("Plaatje"))
        self.audio.set_text_to_say(term.display, term.audio)
        self.entry.clear()
        self.entry.setReadOnly(False)
        self.check_button.show()
        self.unknown_button.show()
        self.diff_label.clear()
        self.diff_label.hide()

    def focus_main(self) -> None:
        target = self.feedback.next_button if self.is_answered else self.entry
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_answer_key(self, key: int) -> bool:
        if key in CHECK_KEYS:
            self.check()
            return True
        return False

    def check(self) -> None:
        """Check the typed word; an empty field is not checked (a stray Enter costs nothing)."""
        if self.is_answered or self.exercise is None:
            return
        if not self.entry.text().strip():
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._score(self.exercise.item.term, self.entry.text())

    def give_up(self) -> None:
        if not self.is_answered and self.exercise is not None:
            self._score(self.exercise.item.term, "")

    def _score(self, term: Term, typed: str) -> None:
        self.result = check_typed(term, typed)
        self.entry.setReadOnly(True)
        self.check_button.hide()
        self.unknown_button.hide()
        if typed.strip() and self.result.verdict is not Verdict.RIGHT:
            self.diff_label.setText(diff_html(check_typed(term, without_article(typed)).diff))
            self.diff_label.show()
        self.finish(self.result.verdict)
