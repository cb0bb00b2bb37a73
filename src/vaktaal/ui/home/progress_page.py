"""How far the learner is: words learned per deck (with what "learned" means and a way to each
deck's word list), and answers per day for the last 30 days. On a narrow screen the two
cards stand one above the other, and the page scrolls."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.learned import WordState
from vaktaal.ui.bidi import dutch
from vaktaal.ui.fit import VerticalScroll
from vaktaal.ui.home.day_chart import DayChart
from vaktaal.ui.home.parts import PAGE_STYLE, card, progress_bar
from vaktaal.ui.home.word_list_page import LIST_ICON, learned_rule
from vaktaal.ui.home.word_row import STATE_ICONS
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label
from vaktaal.usecases.practice import DeckProgress, ProgressOverview

CHART = "openmoji:1F4C8"
BACK = "mdi:arrow-left-bold"
DECK_PICTOGRAM_SIZE = 56
SIDE_BY_SIDE = 1200  # px: below this width the chart goes under the decks


class ProgressPage(QWidget):
    """Emits `back_requested()` from 'Terug' or Esc, `words_requested(deck id)` from a deck's
    'Woorden' button."""

    back_requested = Signal()
    words_requested = Signal(str)

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setObjectName("page")
        self.setStyleSheet(PAGE_STYLE)
        self.back_button = big_button(self.tr("Terug"), library, BACK, factor=1.0, icon_size=32)
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.deck_list = QVBoxLayout()
        self.deck_list.setSpacing(22)
        self.word_buttons: dict[str, QWidget] = {}
        self.chart = DayChart()
        self.summary = text_label("", 1.1)
        self.rule = text_label(learned_rule(), 1.0)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._build()

    def _build(self) -> None:
        icon = PictogramLabel(self.library, 64)
        icon.show_pictogram(CHART, self.tr("Grafiek"))
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(icon)
        header.addWidget(heading(self.tr("Jouw voortgang"), 2.0), stretch=1)
        header.addWidget(self.back_button)
        self.columns.setSpacing(24)
        self.columns.addWidget(self._decks_card(), stretch=2)
        self.columns.addWidget(self._chart_card(), stretch=3)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 8, 0)
        inner_layout.addLayout(self.columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(VerticalScroll(inner), stretch=1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= SIDE_BY_SIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
        super().resizeEvent(event)

    def _decks_card(self) -> QFrame:
        icon = PictogramLabel(self.library, 40)
        icon.show_pictogram(STATE_ICONS[WordState.LEARNED], self.tr("Boom"))
        rule = QHBoxLayout()
        rule.setSpacing(12)
        rule.addWidget(icon, alignment=Qt.AlignmentFlag.AlignTop)
        rule.addWidget(self.rule, stretch=1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addLayout(rule)
        layout.addLayout(self.deck_list)
        layout.addStretch(1)
        return self._card(self.tr("Woorden geleerd"), content)

    def _chart_card(self) -> QFrame:
        frame = self._card(self.tr("Antwoorden per dag"), self.chart)
        frame_layout = frame.layout()
        assert frame_layout is not None
        frame_layout.addWidget(self.summary)
        return frame

    def _card(self, title: str, content: QWidget) -> QFrame:
        frame = card()
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(heading(title, 1.3))
        layout.addWidget(content, stretch=1)
        return frame

    def show_progress(self, overview: ProgressOverview) -> None:
        self._show_decks(overview.decks)
        self.chart.show_days(overview.per_day)
        text = self._summary(overview.per_day)
        self.summary.setText(text)
        self.chart.setAccessibleDescription(text)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)

    def _show_decks(self, decks: list[DeckProgress]) -> None:
        while (item := self.deck_list.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self.word_buttons = {}
        for deck in decks:
            self.deck_list.addWidget(self._deck_row(deck))
        if not decks:
            self.deck_list.addWidget(text_label(self.tr("Je hebt nog geen pakketten."), 1.1))

    def _deck_row(self, deck: DeckProgress) -> QWidget:
        text = self.tr("{learned} van {total} woorden geleerd").format(
            learned=deck.learned, total=deck.total
        )
        pictogram = PictogramLabel(self.library, DECK_PICTOGRAM_SIZE)
        pictogram.show_pictogram(deck.pictogram, deck.title)
        bar = progress_bar(deck.learned, deck.total, f"{deck.title}: {text}")
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addWidget(text_label(dutch(deck.title), 1.2, bold=True))
        texts.addWidget(bar)
        texts.addWidget(_muted(text))
        if deck.meetings_practised:
            meetings = self.tr("Vergaderingen geoefend: {n}").format(n=deck.meetings_practised)
            texts.addWidget(_muted(meetings))
        texts.addWidget(self._words_button(deck), alignment=Qt.AlignmentFlag.AlignLeft)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(pictogram, alignment=Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, stretch=1)
        return row

    def _words_button(self, deck: DeckProgress) -> QWidget:
        button = big_button(self.tr("Woorden"), self.library, LIST_ICON, factor=1.0, icon_size=32)
        button.setAccessibleName(self.tr("Woorden van {deck}").format(deck=deck.title))
        button.setAutoDefault(True)
        button.clicked.connect(lambda: self.words_requested.emit(deck.deck_id))
        self.word_buttons[deck.deck_id] = button
        return button

    def _summary(self, per_day: list[tuple[date, int]]) -> str:
        total = sum(count for _, count in per_day)
        if total == 0:
            return self.tr("Je hebt de laatste {days} dagen nog niet geoefend.").format(
                days=len(per_day)
            )
        practised = sum(1 for _, count in per_day if count > 0)
        today = per_day[-1][1] if per_day else 0
        return self.tr(
            "Geoefend op {practised} van de {days} dagen. Antwoorden: {total}.\n"
            "Vandaag: {today} (de groene balk)."
        ).format(days=len(per_day), total=total, practised=practised, today=today)


def _muted(text: str) -> QLabel:
    label = text_label(text, 1.0)
    label.setObjectName("muted")
    return label
