"""One word in a deck's word list: its picture, the Dutch word, its state, a speaker button."""

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.learned import WordState
from vaktaal.ui.bidi import dutch
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.practice.term_card import plain_label
from vaktaal.ui.widgets import PictogramLabel, text_label
from vaktaal.usecases.practice import WordProgress

STATE_ICONS = {
    WordState.NEW: "openmoji:26AA",  # an empty circle: not seen yet
    WordState.LEARNING: "openmoji:1F331",  # a seedling: growing
    WordState.LEARNED: "openmoji:1F333",  # a tree: grown
}
MUST_KNOW = "openmoji:26A0"
MUST_KNOW_DONE = "openmoji:2705"
SPEAKER = "openmoji:1F50A"
PICTURE = 72
PLAY_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class WordRow(QFrame):
    """Takes the keyboard focus; Space or Enter (or the speaker button) plays the word."""

    def __init__(
        self,
        library: PictogramLibrary,
        word: WordProgress,
        play: Callable[[WordProgress], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.word = word
        self.play = play
        self.setObjectName("wordRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        term = word.term
        picture = PictogramLabel(library, PICTURE)
        picture.show_pictogram(term.pictogram, term.display)
        self.word_label = plain_label(1.4, bold=True)
        self.word_label.setText(dutch(term.display))
        self.state_label = text_label(self.state_text(), 1.0)
        state_icon = PictogramLabel(library, 36)
        state_icon.show_pictogram(STATE_ICONS[word.state], self.state_text())
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.word_label)
        if term.safety_critical:
            texts.addLayout(self._must_know(library))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(16)
        layout.addWidget(picture)
        layout.addLayout(texts, stretch=3)
        layout.addWidget(state_icon)
        layout.addWidget(self.state_label, stretch=2)
        if play is not None:
            layout.addWidget(self._speaker_button(library))
        self.setAccessibleName(self._spoken())

    def state_text(self) -> str:
        texts = {
            WordState.NEW: self.tr("Nieuw"),
            WordState.LEARNING: self.tr("Bezig met leren"),
            WordState.LEARNED: self.tr("Geleerd"),
        }
        return texts[self.word.state]

    def must_know_text(self) -> str:
        if self.word.state is WordState.LEARNED:
            return self.tr("Moet je kennen: klaar!")
        return self.tr("Moet je kennen")

    def _must_know(self, library: PictogramLibrary) -> QHBoxLayout:
        done = self.word.state is WordState.LEARNED
        icon = PictogramLabel(library, 28)
        icon.show_pictogram(MUST_KNOW_DONE if done else MUST_KNOW, self.must_know_text())
        self.must_know_label = text_label(self.must_know_text(), 0.9, bold=True)
        self.must_know_label.setStyleSheet("color: #3f7d4f;" if done else "color: #a4451f;")
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(icon)
        row.addWidget(self.must_know_label, stretch=1)
        return row

    def _speaker_button(self, library: PictogramLibrary) -> QPushButton:
        button = QPushButton()
        button.setIcon(QIcon(pictogram_pixmap(SPEAKER, library, 80)))
        button.setIconSize(QSize(36, 36))
        button.setFixedSize(56, 56)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row has the focus; Space plays
        button.setAccessibleName(self.tr("Luister"))
        button.setToolTip(self.tr("Luister (spatie)"))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(self._play)
        return button

    def _spoken(self) -> str:
        parts = [self.word.term.display, self.state_text()]
        if self.word.term.safety_critical:
            parts.append(self.must_know_text())
        return ". ".join(parts)

    def _play(self) -> None:
        if self.play is not None:
            self.play(self.word)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in PLAY_KEYS and not event.isAutoRepeat():
            self._play()
            event.accept()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)
