"""One learner for staff: the figures, three charts over the last 30 days, the must-know terms
(had or not yet), and the notes of the buddy sessions, newest first. The page scrolls."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import dutch
from vaktaal.ui.fit import AdaptiveGrid, VerticalScroll
from vaktaal.ui.home.parts import PAGE_STYLE, card, facts
from vaktaal.ui.home.word_row import MUST_KNOW, MUST_KNOW_DONE
from vaktaal.ui.staff.dashboard.charts import (
    DayChart,
    LineChart,
    learned_points,
    per_day,
    right_per_week,
)
from vaktaal.ui.staff.dashboard.standings_model import day_text, percent
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label
from vaktaal.usecases.dashboard import LearnerDetail, SessionNote

BACK = "mdi:arrow-left-bold"
PERSON = "openmoji:1F9D1"
MUST_KNOW_COLUMNS = 2
CHART_HEIGHT = 210
CARD_WIDTH = 360  # px: two charts side by side on a 1024 px screen


class LearnerPage(QWidget):
    """Emits `back_requested()` from 'Terug' or Esc."""

    back_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setStyleSheet(PAGE_STYLE)
        self.library = library
        self.title = heading("", 1.8)
        self.summary = text_label("", 1.1)
        self.back_button = big_button(self.tr("Terug"), library, BACK, factor=1.0, icon_size=32)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.reviews_chart = DayChart()
        self.reviews_chart.setMinimumHeight(CHART_HEIGHT)
        self.reviews_chart.setMaximumHeight(CHART_HEIGHT)
        self.right_chart = LineChart(self.tr("Goed per week"), percent=True)
        self.learned_chart = LineChart(self.tr("Woorden geleerd"))
        self.must_know = QGridLayout()
        self.must_know.setHorizontalSpacing(24)
        self.must_know.setVerticalSpacing(8)
        self.must_know_count = text_label("", 1.1)
        self.notes = QVBoxLayout()
        self.notes.setSpacing(12)
        self._build()

    def _build(self) -> None:
        icon = PictogramLabel(self.library, 56)
        icon.show_pictogram(PERSON, self.tr("Leerling"))
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addWidget(self.title, stretch=1)
        top.addWidget(self.back_button)
        lines = AdaptiveGrid(
            [
                self._card(self.tr("Goed beantwoord, per week"), self.right_chart),
                self._card(self.tr("Woorden geleerd"), self.learned_chart),
            ]
        )
        for chart in (self.right_chart, self.learned_chart):
            chart.setMinimumHeight(CHART_HEIGHT)
            chart.setMaximumHeight(CHART_HEIGHT)
        inner = QWidget()
        content = QVBoxLayout(inner)
        content.setContentsMargins(0, 0, 8, 0)
        content.setSpacing(16)
        content.addWidget(self.summary)
        content.addWidget(self._card(self.tr("Antwoorden per dag"), self.reviews_chart))
        content.addWidget(lines)
        self.must_know_card = self._card(self.tr("Moet je weten"), self._must_know_box())
        content.addWidget(self.must_know_card)
        content.addWidget(self._card(self.tr("Samen geoefend"), self._notes_box()))
        content.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        self.scroller = VerticalScroll(inner)
        layout.addWidget(self.scroller, stretch=1)

    def _card(self, title: str, content: QWidget) -> QFrame:
        frame = card()
        frame.setMinimumWidth(CARD_WIDTH)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading(title, 1.2))
        layout.addWidget(content, stretch=1)
        return frame

    def _must_know_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.must_know_count)
        layout.addLayout(self.must_know)
        return box

    def _notes_box(self) -> QWidget:
        box = QWidget()
        box.setLayout(self.notes)
        self.notes.setContentsMargins(0, 0, 0, 0)
        return box

    def show_detail(self, detail: LearnerDetail) -> None:
        standing = detail.standing
        self.title.setText(standing.name)
        self.summary.setText(self._summary(detail))
        self.reviews_chart.show_days(per_day(detail.days))
        self.right_chart.show_points(right_per_week(detail.days))
        self.learned_chart.show_points(learned_points(detail.days))
        self._show_must_know(detail)
        self._show_notes(detail.sessions)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _summary(self, detail: LearnerDetail) -> str:
        s = detail.standing
        return facts(
            self.tr("Laatst geoefend: {day}").format(day=day_text(s.last_practised)),
            self.tr("Dagen op rij: {days}").format(days=s.streak),
            self.tr("{n} antwoorden in 30 dagen").format(n=s.reviews),
            self.tr("Onthouden: {share}").format(share=percent(s.retention)),
            self.tr("Spreken eens: {share} (van {n})").format(
                share=percent(s.speaking_agreement), n=s.speaking_checked
            ),
        )

    def _show_must_know(self, detail: LearnerDetail) -> None:
        _clear(self.must_know)
        done = sum(term.done for _title, term in detail.must_know)
        self.must_know_count.setText(
            self.tr("{done} van {total} veiligheidswoorden gekend").format(
                done=done, total=len(detail.must_know)
            )
        )
        for index, (deck, term) in enumerate(detail.must_know):
            self.must_know.addWidget(
                self._term_row(term.term.display, deck, term.done),
                index // MUST_KNOW_COLUMNS,
                index % MUST_KNOW_COLUMNS,
            )

    def _term_row(self, word: str, deck: str, done: bool) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = PictogramLabel(self.library, 32)
        icon.show_pictogram(
            MUST_KNOW_DONE if done else MUST_KNOW,
            self.tr("Gekend") if done else self.tr("Nog niet"),
        )
        label = text_label(dutch(word), 1.1, bold=True)
        label.setToolTip(deck)
        layout.addWidget(icon)
        layout.addWidget(label, stretch=1)
        return row

    def _show_notes(self, sessions: tuple[SessionNote, ...]) -> None:
        _clear(self.notes)
        if not sessions:
            self.notes.addWidget(text_label(self.tr("Nog niet samen geoefend."), 1.1))
        for note in sessions:
            self.notes.addWidget(self._note(note))

    def _note(self, note: SessionNote) -> QWidget:
        head = facts(
            day_text(note.started_at),
            note.buddy_name,
            self.tr("{n} min").format(n=note.minutes),
            self.tr("{n} antwoorden").format(n=note.answers),
        )
        lines = [(self.tr("Ging goed:"), note.went_well), (self.tr("Oefenen:"), note.to_practise)]
        lines.append((self.tr("Volgende keer:"), note.next_note))
        box = QFrame()
        box.setObjectName("note")
        box.setStyleSheet("QFrame#note { border-top: 1px solid #d9e2ec; }")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(text_label(head, 1.05, bold=True))
        for label, text in lines:
            if text.strip():
                line = text_label(f"{label} {text}", 1.05)
                line.setTextFormat(Qt.TextFormat.PlainText)
                layout.addWidget(line)
        return box

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.hide()
            widget.deleteLater()
