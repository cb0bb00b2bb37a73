"""The dashboard's table: one row per learner, one column per figure.

Each cell has a text to show and a value to sort by (SORT_ROLE): numbers as numbers, dates as
dates, and an empty figure ("-") below every real one.
"""

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from vaktaal.ui.i18n import latin_digits, ui_locale
from vaktaal.usecases.dashboard import LearnerStanding

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LEARNER_ROLE = Qt.ItemDataRole.UserRole + 2
NOTHING = "–"
EMPTY = -1.0  # sorts below every real figure

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    LAST = 1
    STREAK = 2
    LEARNED = 3
    DUE = 4
    RETENTION = 5
    MUST_KNOW = 6
    BUDDY = 7
    AGREEMENT = 8


def headers() -> list[str]:
    """Column heads on two lines, so that the table fits a small screen."""
    return [_head(text) for text in HEADS]


def _head(text: object) -> str:
    return QCoreApplication.translate("StandingsModel", str(text))


HEADS = [  # translated where shown (_head); listed for lupdate with QT_TRANSLATE_NOOP
    QT_TRANSLATE_NOOP("StandingsModel", "Naam"),
    QT_TRANSLATE_NOOP("StandingsModel", "Laatst\ngeoefend"),
    QT_TRANSLATE_NOOP("StandingsModel", "Dagen\nop rij"),
    QT_TRANSLATE_NOOP("StandingsModel", "Geleerd"),
    QT_TRANSLATE_NOOP("StandingsModel", "Te\nherhalen"),
    QT_TRANSLATE_NOOP("StandingsModel", "Onthouden"),
    QT_TRANSLATE_NOOP("StandingsModel", "Moet je\nweten"),
    QT_TRANSLATE_NOOP("StandingsModel", "Met\nbuddy"),
    QT_TRANSLATE_NOOP("StandingsModel", "Spreken\neens"),
]
TIPS = [
    "",
    "",
    QT_TRANSLATE_NOOP("StandingsModel", "Dagen achter elkaar geoefend, tot vandaag"),
    QT_TRANSLATE_NOOP("StandingsModel", "Woorden geleerd: op 2 dagen goed, laatste antwoord goed"),
    QT_TRANSLATE_NOOP("StandingsModel", "Kaarten die nu herhaald moeten worden"),
    QT_TRANSLATE_NOOP(
        "StandingsModel", "Laatste 30 dagen: deel goede antwoorden (zonder eerste keer)"
    ),
    QT_TRANSLATE_NOOP("StandingsModel", "Veiligheidswoorden die de leerling kent, van alle"),
    QT_TRANSLATE_NOOP("StandingsModel", "Sessies met een taalbuddy deze maand"),
    QT_TRANSLATE_NOOP("StandingsModel", "Hoe vaak computer en buddy het eens waren over spreken"),
]


def header_tips() -> list[str]:
    return [_head(text) if text else "" for text in TIPS]


def percent(share: float | None) -> str:
    return NOTHING if share is None else f"{round(share * 100)}%"


def day_text(moment: datetime | None) -> str:
    if moment is None:
        return NOTHING
    local = moment.astimezone()
    shown = ui_locale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
    return latin_digits(shown)


def _learned(row: LearnerStanding) -> int:
    return sum(deck.learned for deck in row.decks)


def _due(row: LearnerStanding) -> int:
    return sum(deck.due for deck in row.decks)


def _share(share: float | None) -> float:
    return EMPTY if share is None else share


def _must_know_share(row: LearnerStanding) -> float:
    if not row.must_know_total:
        return EMPTY
    return row.must_know_done / row.must_know_total


Cell = Callable[[LearnerStanding], Any]
# per column: (text shown, value to sort by)
CELLS: dict[Column, tuple[Cell, Cell]] = {
    Column.NAME: (lambda r: r.name, lambda r: r.name.casefold()),
    Column.LAST: (
        lambda r: day_text(r.last_practised),
        lambda r: r.last_practised.timestamp() if r.last_practised else EMPTY,
    ),
    Column.STREAK: (lambda r: str(r.streak), lambda r: r.streak),
    Column.LEARNED: (lambda r: str(_learned(r)), _learned),
    Column.DUE: (lambda r: str(_due(r)), _due),
    Column.RETENTION: (lambda r: percent(r.retention), lambda r: _share(r.retention)),
    Column.MUST_KNOW: (
        lambda r: f"{r.must_know_done} / {r.must_know_total}" if r.must_know_total else NOTHING,
        _must_know_share,
    ),
    Column.BUDDY: (lambda r: str(r.buddy_sessions), lambda r: r.buddy_sessions),
    Column.AGREEMENT: (
        lambda r: percent(r.speaking_agreement),
        lambda r: _share(r.speaking_agreement),
    ),
}


class StandingsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[LearnerStanding] = []
        self._headers = headers()
        self._tips = header_tips()

    def set_rows(self, rows: Sequence[LearnerStanding]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], Column(index.column())
        shown, sort_value = CELLS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(row)
        if role == SORT_ROLE:
            return sort_value(row)
        if role == LEARNER_ROLE:
            return row.learner_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not Column.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section] or None
        if role == Qt.ItemDataRole.FontRole:  # the style sheet's header font is too small
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def _tooltip(self, row: LearnerStanding, column: Column) -> str | None:
        """Learned and due: the figure per deck."""
        if column not in (Column.LEARNED, Column.DUE) or not row.decks:
            return None
        lines = []
        for deck in row.decks:
            if column is Column.LEARNED:
                figure = QCoreApplication.translate(
                    "StandingsModel", "{learned} van {terms} geleerd"
                ).format(learned=deck.learned, terms=deck.terms)
            else:
                figure = QCoreApplication.translate("StandingsModel", "{due} te herhalen").format(
                    due=deck.due
                )
            lines.append(f"{deck.title}: {figure}")
        return "\n".join(lines)


class StandingsProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE: numbers as numbers, dates as dates."""

    def __init__(self, source: StandingsModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
