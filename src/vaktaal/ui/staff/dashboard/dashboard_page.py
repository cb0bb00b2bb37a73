"""The dashboard: every learner in one sortable table, with a deck filter.

Click a column head to sort by it; Enter or a double click opens the learner's page.
"""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.home.parts import PAGE_STYLE
from vaktaal.ui.staff.dashboard.standings_model import (
    LEARNER_ROLE,
    Column,
    StandingsModel,
    StandingsProxy,
)
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label
from vaktaal.usecases.dashboard import LearnerStanding

ICON = "openmoji:1F4CA"
BACK = "mdi:arrow-left-bold"
OPEN = "mdi:arrow-right-bold"
NAME_PADDING = 24  # px around a name in its cell
TABLE_STYLE = """
QTableView { background: #ffffff; border: 1px solid #d9e2ec; border-radius: 8px;
             gridline-color: #e4e9f0; selection-background-color: #d6e4fb;
             selection-color: #1f2933; }
QHeaderView::section { background: #f0f4f8; border: none; border-bottom: 2px solid #d9e2ec;
                       padding: 6px 8px; }
"""


class DashboardPage(QWidget):
    """Emits `back_requested()`, `learner_requested(learner id)` and `deck_chosen(deck id)`
    ("" for all decks)."""

    back_requested = Signal()
    learner_requested = Signal(int)
    deck_chosen = Signal(str)

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setStyleSheet(PAGE_STYLE + TABLE_STYLE)
        self.library = library
        self.model = StandingsModel()
        self.proxy = StandingsProxy(self.model)
        self.table = self._table()
        self.decks = QComboBox()
        self.decks.setAccessibleName(self.tr("Pakket"))
        set_relative_font(self.decks, 1.1)
        self.decks.activated.connect(self._deck_activated)
        self.empty = text_label(self.tr("Nog geen leerlingen."), 1.2)
        self.back_button = big_button(self.tr("Terug"), library, BACK, factor=1.0, icon_size=32)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.open_button = big_button(self.tr("Bekijken"), library, OPEN, factor=1.0, icon_size=32)
        self.open_button.clicked.connect(self._open_current)
        self._build()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Alle leerlingen"))
        set_relative_font(table, 1.15)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # the rows in view: fast with 200 learners
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        table.doubleClicked.connect(self._open)
        table.installEventFilter(self)
        return table

    def _build(self) -> None:
        icon = PictogramLabel(self.library, 56)
        icon.show_pictogram(ICON, self.tr("Grafiek"))
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addWidget(heading(self.tr("Overzicht leerlingen"), 1.8), stretch=1)
        top.addWidget(self.back_button)
        filters = QHBoxLayout()
        filters.setSpacing(12)
        filters.addWidget(text_label(self.tr("Pakket:"), 1.1, bold=True))
        filters.addWidget(self.decks, stretch=1)
        filters.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, stretch=1)

    def show_decks(self, decks: Sequence[tuple[str, str]], chosen: str = "") -> None:
        """The deck filter: all decks first, then each deck by title."""
        self.decks.clear()
        self.decks.addItem(self.tr("Alle pakketten"), "")
        for deck_id, title in decks:
            self.decks.addItem(title, deck_id)
        self.decks.setCurrentIndex(max(self.decks.findData(chosen), 0))

    def chosen_deck(self) -> str:
        return str(self.decks.currentData() or "")

    def show_standings(self, rows: Sequence[LearnerStanding]) -> None:
        current = self._current_learner()
        self.model.set_rows(rows)
        self._fit_names(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._select(current)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_names(self, rows: Sequence[LearnerStanding]) -> None:
        """The name column as wide as the longest name (of all rows, not only those in view)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        widest = max([metrics.horizontalAdvance(row.name) for row in rows], default=0)
        heading = header.sectionSizeFromContents(Column.NAME).width()
        header.resizeSection(Column.NAME, max(widest + NAME_PADDING, heading))

    def _select(self, learner_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if learner_id is None or index.data(LEARNER_ROLE) == learner_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(index)
                return

    def _current_learner(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(LEARNER_ROLE)) if index.isValid() else None

    def _deck_activated(self, _index: int) -> None:
        self.deck_chosen.emit(self.chosen_deck())

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.learner_requested.emit(int(index.data(LEARNER_ROLE)))

    def _open_current(self) -> None:
        self._open(self.table.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row opens that learner."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_current()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)
