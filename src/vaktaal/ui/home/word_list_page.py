"""One deck's words: each with its picture, the Dutch word and how far the learner is with it
(new, learning, learned; words you must know get a mark). Learned words first."""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.learned import DAYS_TO_LEARN, WordState
from vaktaal.speech.tts import Speaker
from vaktaal.ui.bidi import dutch
from vaktaal.ui.fit import VerticalScroll
from vaktaal.ui.home.parts import PAGE_STYLE, facts
from vaktaal.ui.home.word_row import STATE_ICONS, WordRow
from vaktaal.ui.practice.common import say
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label
from vaktaal.usecases.practice import WordList, WordProgress

BACK = "mdi:arrow-left-bold"
LIST_ICON = "openmoji:1F4DA"
ORDER = (WordState.LEARNED, WordState.LEARNING, WordState.NEW)
MAX_WIDTH = 1200  # on a wide screen the rows stay readable: word and state close together
STYLE = (
    PAGE_STYLE
    + """
QFrame#wordRow { background: #ffffff; border: 1px solid #d9e2ec; border-radius: 14px; }
QFrame#wordRow:focus { border: 3px solid #2f6fde; }
"""
)


def learned_rule() -> str:
    """The one sentence that says what "geleerd" means (core.practice.learned)."""
    text = QCoreApplication.translate(
        "WordListPage", "Geleerd: je wist het woord goed op {days} verschillende dagen."
    )
    return text.format(days=DAYS_TO_LEARN)


class WordListPage(QWidget):
    """Emits `back_requested()` from 'Terug' or Esc. Up and down move between the words;
    Space or Enter plays the word (when `speaker` can speak)."""

    back_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.speaker: Speaker | None = None  # set by the controller
        self.deck_id = ""  # the deck on screen
        self.rows: list[WordRow] = []
        self.setObjectName("page")
        self.setStyleSheet(STYLE)
        self.deck_icon = PictogramLabel(library, 64)
        self.title = heading("", 1.8)
        self.counts = text_label("", 1.2, bold=True)
        self.back_button = big_button(self.tr("Terug"), library, BACK, factor=1.0, icon_size=32)
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(10)
        self.list_area = VerticalScroll(self._list_holder())
        self._build()

    def _list_holder(self) -> QWidget:
        inner = QWidget()
        inner.setObjectName("scrollInner")
        inner.setMaximumWidth(MAX_WIDTH)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 12, 4)
        layout.setSpacing(10)
        layout.addWidget(self._rule())
        layout.addLayout(self.list_layout)
        layout.addStretch(1)
        return inner

    def _rule(self) -> QWidget:
        icon = PictogramLabel(self.library, 40)
        icon.show_pictogram(STATE_ICONS[WordState.LEARNED], self.tr("Boom"))
        rule = text_label(learned_rule(), 1.0)
        again = text_label(self.tr("Fout? Dan ga je het woord weer oefenen."), 1.0)
        again.setObjectName("muted")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(rule)
        texts.addWidget(again)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 8)
        row.setSpacing(12)
        row.addWidget(icon, alignment=Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, stretch=1)
        return box

    def _build(self) -> None:
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self.deck_icon, alignment=Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(self.title)
        titles.addWidget(self.counts)
        header.addLayout(titles, stretch=1)
        header.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.list_area, stretch=1)

    def show_words(self, word_list: WordList) -> None:
        deck = word_list.deck
        self.deck_id = deck.deck_id if deck is not None else ""
        title = deck.title if deck is not None else ""
        self.title.setText(self.tr("Woorden: {deck}").format(deck=dutch(title)))
        self.deck_icon.show_pictogram(deck.pictogram if deck else None, title)
        self.counts.setText(self._counts(word_list.words))
        self._show_rows(word_list.words)
        target = self.rows[0] if self.rows else self.back_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.list_area.verticalScrollBar().setValue(0)

    def _counts(self, words: list[WordProgress]) -> str:
        texts = {
            WordState.LEARNED: self.tr("{n} geleerd"),
            WordState.LEARNING: self.tr("{n} bezig"),
            WordState.NEW: self.tr("{n} nieuw"),
        }
        return facts(
            *(texts[state].format(n=sum(w.state is state for w in words)) for state in ORDER)
        )

    def _show_rows(self, words: list[WordProgress]) -> None:
        while (item := self.list_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        ordered = sorted(words, key=lambda word: ORDER.index(word.state))  # stable: deck order
        play = self._play if self.speaker is not None and self.speaker.available else None
        self.rows = [WordRow(self.library, word, play) for word in ordered]
        for row in self.rows:
            row.installEventFilter(self)  # arrows move between words (not the scroll bar)
        previous: WordState | None = None
        for row in self.rows:
            if row.word.state is not previous:
                previous = row.word.state
                self.list_layout.addWidget(self._section(previous, words))
            self.list_layout.addWidget(row)
        if not words:
            self.list_layout.addWidget(text_label(self.tr("Dit pakket heeft geen woorden."), 1.1))

    def _section(self, state: WordState, words: list[WordProgress]) -> QLabel:
        names = {
            WordState.LEARNED: self.tr("Geleerd ({n})"),
            WordState.LEARNING: self.tr("Bezig met leren ({n})"),
            WordState.NEW: self.tr("Nieuw ({n})"),
        }
        label = heading(names[state].format(n=sum(w.state is state for w in words)), 1.3)
        label.setContentsMargins(0, 12, 0, 0)
        return label

    def _play(self, word: WordProgress) -> None:
        if self.speaker is not None:
            say(self.speaker, word.term.display, word.term.audio)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        elif not self._move_focus(event.key()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, WordRow) and isinstance(event, QKeyEvent):
            moved = event.type() == QEvent.Type.KeyPress and self._move_focus(event.key())
            if moved:
                return True
        return super().eventFilter(watched, event)

    def _move_focus(self, key: int) -> bool:
        """Up/Down: the word above or below; Home/End: the first or last word."""
        target = self._target(key)
        if target is None:
            return False
        self.rows[target].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _target(self, key: int) -> int | None:
        last = len(self.rows) - 1
        current = next((i for i, row in enumerate(self.rows) if row.hasFocus()), None)
        if last < 0 or current is None:
            return None
        moves = {Qt.Key.Key_Up: current - 1, Qt.Key.Key_Down: current + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: last}  # fmt: skip
        target = next((to for pressed, to in moves.items() if pressed == key), None)
        return None if target is None else min(max(target, 0), last)
