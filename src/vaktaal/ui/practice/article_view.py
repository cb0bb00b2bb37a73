"""De of het? The picture and the noun without its article, and two huge buttons."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.answers import Verdict, check_article
from vaktaal.core.practice.exercises import Exercise
from vaktaal.speech.tts import Speaker
from vaktaal.ui.bidi import dutch
from vaktaal.ui.practice.common import MARK_STYLE, MUTED, PICTURE_SIZE, set_role
from vaktaal.ui.practice.exercise_view import ObjectiveView
from vaktaal.ui.practice.term_card import plain_label
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, text_label

ARTICLE_CHOICES = ("de", "het")
ARTICLE_KEYS: dict[int, str] = {
    Qt.Key.Key_D: "de",
    Qt.Key.Key_1: "de",
    Qt.Key.Key_H: "het",
    Qt.Key.Key_2: "het",
}


class ArticleView(ObjectiveView):
    """Press "de" (D or 1) or "het" (H or 2)."""

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        learner_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(library, speaker, learner_language, parent)
        self.setStyleSheet(MARK_STYLE)
        self.picture = PictogramLabel(library, PICTURE_SIZE)
        self.prompt = text_label(self.tr("De of het?"), 1.3)
        self.prompt.setStyleSheet(MUTED)
        self.noun_label = plain_label(2.4, bold=True)
        self.buttons = {article: self._article_button(article) for article in ARTICLE_CHOICES}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(self._top())
        layout.addStretch(1)
        layout.addWidget(self.feedback)

    def _article_button(self, article: str) -> QPushButton:
        button = QPushButton(article)
        button.setAccessibleName(article)
        key = "D" if article == "de" else "H"
        button.setToolTip(self.tr("Toets {key}").format(key=key))
        button.setMinimumSize(220, 130)
        button.setAutoDefault(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        set_relative_font(button, 2.6, bold=True)
        button.clicked.connect(lambda _=False, a=article: self.choose(a))
        return button

    def _top(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.setSpacing(28)
        for button in self.buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(18)
        column.addWidget(self.prompt)
        column.addWidget(self.noun_label)
        column.addLayout(buttons)
        column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(40)
        top.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignTop)
        top.addLayout(column, stretch=1)
        return top

    def show_exercise(self, exercise: Exercise) -> None:
        self.start(exercise)
        term = exercise.item.term
        self.picture.show_pictogram(term.pictogram, term.term)
        self.noun_label.setText(dutch(term.term))
        for button in self.buttons.values():
            set_role(button, "")

    def focus_main(self) -> None:
        target = self.feedback.next_button if self.is_answered else self.buttons["de"]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_answer_key(self, key: int) -> bool:
        article = ARTICLE_KEYS.get(key)
        if article is None:
            return False
        self.choose(article)
        return True

    def choose(self, article: str) -> None:
        if self.is_answered:
            self.focus_next()
            return
        if self.exercise is None:
            return
        term = self.exercise.item.term
        right = check_article(term, article)
        set_role(self.buttons[article], "good" if right else "bad")
        for other, button in self.buttons.items():
            if other != article and check_article(term, other):
                set_role(button, "good")
        self.finish(Verdict.RIGHT if right else Verdict.WRONG)
