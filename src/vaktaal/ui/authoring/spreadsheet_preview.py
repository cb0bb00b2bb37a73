"""The first rows of a spreadsheet, with a choice box above each column: which field is it?"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from vaktaal.core import languages
from vaktaal.core.authoring.spreadsheet import (
    FIELDS,
    Mapping,
    Sheet,
    Target,
    gloss,
    gloss_code,
    target_label,
)
from vaktaal.ui.text_size import set_relative_font

PREVIEW_ROWS = 20
TARGET_ROLE = Qt.ItemDataRole.UserRole


class SheetPreview(QTableWidget):
    """Row 0 holds the choice boxes; the other rows are the file's rows (Excel numbers)."""

    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Voorbeeld van het bestand"))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(170)
        set_relative_font(self, 1.0)
        self.choices: list[QComboBox] = []

    def show_sheet(self, sheet: Sheet, mapping: Mapping) -> None:
        rows = sheet.rows[:PREVIEW_ROWS]
        self.clear()
        self.setColumnCount(len(sheet.headers))
        self.setRowCount(len(rows) + 1)
        self.setHorizontalHeaderLabels([h or "-" for h in sheet.headers])
        self.setVerticalHeaderLabels([self.tr("Is:")] + [str(row.number) for row in rows])
        self.choices = [self._choice(column, target) for column, target in enumerate(mapping)]
        for r, row in enumerate(rows, start=1):
            for column in range(len(sheet.headers)):
                self.setItem(r, column, QTableWidgetItem(row.cell(column).replace("\n", " ⏎ ")))
        self._align_languages()
        self.resizeRowToContents(0)

    def mapping(self) -> Mapping:
        return tuple(choice.currentData(TARGET_ROLE) for choice in self.choices)

    def _choice(self, column: int, target: Target) -> QComboBox:
        box = QComboBox()
        header = self.horizontalHeaderItem(column)
        name = header.text() if header else ""
        box.setAccessibleName(self.tr("Kolom {name} is").replace("{name}", name))
        box.addItem(self.tr("(niet gebruiken)"), None)
        for field in FIELDS:
            box.addItem(field.header, field.key)
        for language in languages.LANGUAGES.values():
            if language.code != "nl":
                box.addItem(target_label(gloss(language.code)), gloss(language.code))
        index = box.findData(target, TARGET_ROLE)
        if index < 0 and target:  # an unknown language code: shown, so it can be changed
            box.addItem(target_label(target), target)
            index = box.count() - 1
        box.setCurrentIndex(max(index, 0))
        box.currentIndexChanged.connect(self._changed)
        self.setCellWidget(0, column, box)
        return box

    def _changed(self) -> None:
        self._align_languages()
        self.mapping_changed.emit()

    def _align_languages(self) -> None:
        """Right-to-left languages (Arabic, Farsi, ...) stand on the right of their cell."""
        for column, target in enumerate(self.mapping()):
            code = gloss_code(target)
            rtl = code is not None and languages.is_right_to_left(code)
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            for row in range(1, self.rowCount()):
                item = self.item(row, column)
                if item is not None:
                    item.setTextAlignment(side | Qt.AlignmentFlag.AlignVCenter)
