"""Picture → recall: think of the word, show it, then say how well you knew it (1-4)."""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.exercises import Exercise
from vaktaal.core.practice.rating import AGAIN, EASY, GOOD, HARD
from vaktaal.speech.tts import Speaker
from vaktaal.ui.fit import AdaptiveGrid, VerticalScroll
from vaktaal.ui.practice.common import REVEAL_ICON, action_button
from vaktaal.ui.practice.exercise_view import ExerciseView
from vaktaal.ui.practice.term_card import TermCard
from vaktaal.ui.widgets import text_label

REVEAL_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
RATING_KEYS: dict[int, int] = {
    Qt.Key.Key_1: AGAIN,
    Qt.Key.Key_2: HARD,
    Qt.Key.Key_3: GOOD,
    Qt.Key.Key_4: EASY,
}
SPACE_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
NEW_STYLE = "background: #fff4d6; color: #7a5a00; border-radius: 10px; padding: 4px 14px;"
_RATING_LOOK = {  # icon, role
    AGAIN: ("openmoji:1F501", "bad"),
    HARD: ("openmoji:1F613", ""),
    GOOD: ("openmoji:1F642", "good"),
    EASY: ("openmoji:1F604", "good"),
}


class RecallView(ExerciseView):
    """Emits rated(int) with the learner's own rating: 1 again, 2 hard, 3 good, 4 easy;
    revealed() when the word shows (at once for a new word). Space then plays the word."""

    rated = Signal(int)
    revealed = Signal()

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        learner_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(library, speaker, learner_language, parent)
        self.new_label = text_label(self.tr("Nieuw woord"), 1.2, bold=True)
        self.new_label.setStyleSheet(NEW_STYLE)
        self.card = TermCard(library, speaker, learner_language)
        self.reveal_button = action_button(self.tr("Laat zien"), library, REVEAL_ICON, "primary")
        self.reveal_button.setMinimumWidth(320)
        self.reveal_button.clicked.connect(self.reveal)
        self.rating_buttons = self._rating_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.new_label, alignment=Qt.AlignmentFlag.AlignLeft)
        self.card_scroll = VerticalScroll(self.card)  # a long text scrolls; the buttons stay
        layout.addWidget(self.card_scroll, stretch=1)
        layout.addWidget(self.reveal_button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(AdaptiveGrid(list(self.rating_buttons.values())))  # 4 or 2 a row
        self.is_revealed = False
        self.is_rated = False

    def _rating_buttons(self) -> dict[int, QPushButton]:
        names = {
            AGAIN: self.tr("Nog eens"),
            HARD: self.tr("Moeilijk"),
            GOOD: self.tr("Goed"),
            EASY: self.tr("Makkelijk"),
        }
        buttons = {}
        for rating, name in names.items():
            icon, role = _RATING_LOOK[rating]
            button = action_button(f"{rating}  {name}", self.library, icon, role)
            button.setAccessibleName(name)
            button.setToolTip(self.tr("Toets {key}").format(key=rating))
            button.clicked.connect(lambda _=False, r=rating: self.rate(r))
            button.installEventFilter(self)
            buttons[rating] = button
        return buttons

    def show_exercise(self, exercise: Exercise) -> None:
        """A word the learner has seen before is hidden; a new word is shown with everything."""
        self.exercise = exercise
        self.is_revealed = False
        self.is_rated = False
        self.new_label.setVisible(exercise.item.is_new)
        self.card.show_term(exercise.item.term, word_visible=False, revealed=False)
        self.card_scroll.verticalScrollBar().setValue(0)  # the picture and word first
        self.reveal_button.show()
        for button in self.rating_buttons.values():
            button.hide()
        if exercise.item.is_new:
            self.reveal()

    def focus_main(self) -> None:
        target = self.rating_buttons[GOOD] if self.is_revealed else self.reveal_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self) -> None:
        if self.is_revealed or self.is_rated or self.exercise is None:
            return
        self.is_revealed = True
        self.card.reveal()
        for button in self.rating_buttons.values():
            button.show()
        self.focus_main()
        self.reveal_button.hide()
        self.screen_changed.emit()
        self.revealed.emit()

    def rate(self, rating: int) -> None:
        if self.is_revealed and not self.is_rated:
            self.is_rated = True  # one rating per exercise
            self.rated.emit(rating)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space on a rating button plays the word: it never rates (Enter and 1-4 do)."""
        if event.type() not in SPACE_EVENTS or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Space:
            return False
        if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
            self.card.word_audio.play()
        return True

    def handle_key(self, key: int) -> bool:
        if self.is_rated:
            return False
        if not self.is_revealed:
            if key in REVEAL_KEYS:
                self.reveal()
                return True
            return False
        rating = RATING_KEYS.get(key)
        if rating is None:
            return False
        self.rate(rating)
        return True
