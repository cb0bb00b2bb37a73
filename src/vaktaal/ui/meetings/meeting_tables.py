"""Tables of the meeting editor: rows of text cells, some a choice of speaker.

Keywords are typed as "pallet, pallets; dock, laadperron": groups separated by ';', the
interchangeable words of a group by ','.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.meetings.model import Keywords

SPEAKER = "speaker"  # a column whose cells choose a speaker


def keywords_text(keywords: Keywords) -> str:
    return "; ".join(", ".join(group) for group in keywords)


def parse_keywords(text: str) -> Keywords:
    groups = (tuple(w.strip() for w in part.split(",") if w.strip()) for part in text.split(";"))
    return tuple(group for group in groups if group)


def seconds_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class RowTable(QWidget):
    """A table with an add and a remove button; columns are (title, kind, stretch)."""

    def __init__(self, columns: Sequence[tuple[str, str, bool]], add_text: str) -> None:
        super().__init__()
        self.kinds = [kind for _, kind, _ in columns]
        self.speakers: list[tuple[str, str]] = []  # (id, name) for the speaker columns
        self.allow_no_speaker = False  # a speaker cell may stay empty ("—"): not chosen yet
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([title for title, _, _ in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        for index, (_, _, stretch) in enumerate(columns):
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(index, mode)
        self.add_button = QPushButton("+ " + add_text)
        self.remove_button = QPushButton(self.tr("− Weghalen"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, values: Sequence[str] = ()) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, kind in enumerate(self.kinds):
            value = values[column] if column < len(values) else ""
            if kind == SPEAKER:
                self.table.setCellWidget(row, column, self._speaker_combo(value))
            else:
                self.table.setItem(row, column, QTableWidgetItem(value))
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.currentRow()]:
            if row >= 0:
                self.table.removeRow(row)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)

    def rows(self) -> list[list[str]]:
        return [
            [self.cell(row, column) for column in range(len(self.kinds))]
            for row in range(self.table.rowCount())
        ]

    def cell(self, row: int, column: int) -> str:
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_speakers(self, speakers: list[tuple[str, str]]) -> None:
        """New speaker choices; every row keeps its speaker when it is still there."""
        self.speakers = speakers
        for row in range(self.table.rowCount()):
            for column, kind in enumerate(self.kinds):
                if kind == SPEAKER:
                    chosen = self.cell(row, column)
                    self.table.setCellWidget(row, column, self._speaker_combo(chosen))

    def _speaker_combo(self, chosen: str) -> QComboBox:
        combo = QComboBox()
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if self.allow_no_speaker:
            combo.addItem("—", "")
        for speaker_id, name in self.speakers:
            combo.addItem(name or speaker_id, speaker_id)
        if chosen and combo.findData(chosen) < 0:
            combo.addItem(chosen, chosen)  # an unknown speaker stays visible, to be fixed
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        return combo
