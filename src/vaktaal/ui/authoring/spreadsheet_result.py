"""The first terms as they will be imported: term with article, word class ("open" when the
sheet gives none), explanation, example and each translation, by the Excel row they come from."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from vaktaal.core import languages
from vaktaal.core.authoring.spreadsheet import PreviewRow, gloss_code, target_label
from vaktaal.core.authoring.spreadsheet import gloss as gloss_target
from vaktaal.ui.text_size import set_relative_font
from vaktaal.usecases.spreadsheets import ImportPlan

MAX_COLUMN_WIDTH = 300


class ImportedPreview(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Zo worden de termen geïmporteerd"))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)  # one line per term: more terms on a small screen
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(190)
        set_relative_font(self, 1.0)

    def show_plan(self, plan: ImportPlan) -> None:
        codes = [code for code in map(gloss_code, plan.mapping) if code is not None]
        headers = [self.tr("Term"), self.tr("Woordsoort"), self.tr("Uitleg"), self.tr("Voorbeeld")]
        self.clear()
        self.setColumnCount(len(headers) + len(codes))
        self.setRowCount(len(plan.preview))
        self.setHorizontalHeaderLabels(headers + [target_label(gloss_target(c)) for c in codes])
        self.setVerticalHeaderLabels([str(row.row) for row in plan.preview])
        for index, row in enumerate(plan.preview):
            self._fill(index, row, codes)
        self.resizeColumnsToContents()
        for column in range(self.columnCount()):  # long texts: the rest in the tooltip
            self.setColumnWidth(column, min(self.columnWidth(column), MAX_COLUMN_WIDTH))

    def _fill(self, index: int, row: PreviewRow, codes: Sequence[str]) -> None:
        term = row.term
        texts = [term.display, row.word_class, term.explanation, term.example]
        texts += [term.glosses.get(code, "") for code in codes]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text.replace("\n", " ⏎ "))
            item.setToolTip(text)
            code = codes[column - 4] if column >= 4 else None
            if code is not None and languages.is_right_to_left(code):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 1 and term.word_class == "open":  # not known: greyed, it stands out
                item.setForeground(self.palette().placeholderText())
            self.setItem(index, column, item)

    def texts(self, row: int) -> list[str]:
        """What a row shows, cell by cell (for tests and screen readers)."""
        items = (self.item(row, column) for column in range(self.columnCount()))
        return [item.text() for item in items if item is not None]
