"""The learner's decks as white cards: pictogram, title, the numbers, and 'Oefen dit'.
Two cards side by side when they fit, else one under the other (the home page scrolls)."""

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import dutch
from vaktaal.ui.home.parts import card, facts
from vaktaal.ui.widgets import PictogramLabel, big_button, text_label
from vaktaal.usecases.practice import DeckProgress

PICTOGRAM_SIZE = 72
COLUMNS = 2
PLAY = "openmoji:25B6"


class DeckCards(QWidget):
    """Emits `practice_requested(deck_id)` from a card's button."""

    practice_requested = Signal(str)

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.cards: list[QFrame] = []
        self.buttons: dict[str, QPushButton] = {}
        self.columns = COLUMNS
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)

    def show_decks(self, decks: list[DeckProgress]) -> None:
        for old in self.cards:
            self.grid.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.buttons = {}
        self.cards = [self._card(deck) for deck in decks]
        self._place()

    def _place(self) -> None:
        for deck_card in self.cards:
            self.grid.removeWidget(deck_card)
        for index, deck_card in enumerate(self.cards):
            self.grid.addWidget(deck_card, index // self.columns, index % self.columns)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)

    def columns_for(self, width: int) -> int:
        """Two columns when two cards fit side by side, else one."""
        need = max((deck_card.minimumSizeHint().width() for deck_card in self.cards), default=0)
        return COLUMNS if COLUMNS * need + (COLUMNS - 1) * self.grid.spacing() <= width else 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        columns = self.columns_for(event.size().width())
        if columns != self.columns:
            self.columns = columns
            self._place()
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """One column: the widest card."""
        need = max((deck_card.minimumSizeHint().width() for deck_card in self.cards), default=0)
        return QSize(need, super().minimumSizeHint().height())

    def _card(self, deck: DeckProgress) -> QFrame:
        frame = card()
        frame.setAccessibleName(deck.title)
        pictogram = PictogramLabel(self.library, PICTOGRAM_SIZE)
        pictogram.show_pictogram(deck.pictogram, deck.title)
        title = text_label(dutch(deck.title), 1.3, bold=True)
        details = text_label(self._details(deck), 1.0)
        details.setObjectName("muted")
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(title)
        texts.addWidget(details)
        row = QHBoxLayout(frame)
        row.setContentsMargins(20, 16, 20, 16)
        row.setSpacing(20)
        row.addWidget(pictogram)
        row.addLayout(texts, stretch=1)
        row.addWidget(self._button(deck))
        return frame

    def _button(self, deck: DeckProgress) -> QPushButton:
        button = big_button(self.tr("Oefen dit"), self.library, PLAY, factor=1.0, icon_size=28)
        button.setAccessibleName(self.tr("Oefen dit: {title}").format(title=deck.title))
        button.setAutoDefault(True)
        button.setEnabled(deck.due + deck.new > 0)
        button.clicked.connect(lambda: self.practice_requested.emit(deck.deck_id))
        self.buttons[deck.deck_id] = button
        return button

    def _details(self, deck: DeckProgress) -> str:
        return facts(
            self.tr("{n} te oefenen").format(n=deck.due),
            self.tr("{n} nieuw").format(n=deck.new),
            self.tr("{n} geleerd").format(n=deck.learned),
        )
