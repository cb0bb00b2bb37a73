"""A form of deck.toml fields: each with a label, an editor and a message that shows a problem.

Fields are named as in deck.toml ("term", "glosses.ar"); the form reports what the author
types as `edited(name, value)` and never reports values that the program put in itself.
"""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vaktaal.ui.text_size import set_relative_font

Editor = QLineEdit | QComboBox | QCheckBox | QSpinBox
PROBLEM_STYLE = "color: #b3261e;"
NONE_DASH = "-"  # typed in a field with `dash`: the value is false


class FormFields(QWidget):
    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setVerticalSpacing(10)
        self.editors: dict[str, Editor] = {}
        self.messages: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._lists: set[str] = set()
        self._dashes: set[str] = set()

    def add_line(
        self, key: str, label: str, as_list: bool = False, hint: str = "", dash: bool = False
    ) -> QLineEdit:
        """A line of text; `as_list`: comma-separated values, stored as a list; `dash`: a
        lone "-" is stored as false (a noun without a plural)."""
        editor = QLineEdit()
        editor.setPlaceholderText(hint)
        editor.textEdited.connect(lambda text: self.edited.emit(key, self._value(key, text)))
        if as_list:
            self._lists.add(key)
        if dash:
            self._dashes.add(key)
        self._add(key, label, editor)
        return editor

    def add_choice(self, key: str, label: str, choices: Mapping[str, str]) -> QComboBox:
        """A choice: value -> text shown; the value "" means: not filled in."""
        editor = QComboBox()
        for value, text in choices.items():
            editor.addItem(text, value)
        editor.activated.connect(lambda _i: self.edited.emit(key, editor.currentData()))
        self._add(key, label, editor)
        return editor

    def add_check(self, key: str, label: str) -> QCheckBox:
        editor = QCheckBox(label)
        editor.clicked.connect(lambda checked: self.edited.emit(key, bool(checked)))
        self._add(key, "", editor)
        return editor

    def add_number(self, key: str, label: str) -> QSpinBox:
        editor = QSpinBox()
        editor.setRange(1, 1_000_000)
        editor.valueChanged.connect(lambda value: self._number_changed(key, value))
        self._add(key, label, editor)
        return editor

    def _number_changed(self, key: str, value: int) -> None:
        if not self.editors[key].signalsBlocked():
            self.edited.emit(key, value)

    def _add(self, key: str, label: str, editor: Editor) -> None:
        editor.setAccessibleName(label or editor.property("text") or key)
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(PROBLEM_STYLE)
        message.setVisible(False)
        set_relative_font(message, 0.95)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.layout_.addRow(caption, box)
        self.editors[key], self.messages[key], self.labels[key] = editor, message, caption

    def _value(self, key: str, text: str) -> Any:
        if key in self._dashes and text.strip() == NONE_DASH:
            return False
        if key in self._lists:
            return [part.strip() for part in text.split(",") if part.strip()]
        return text

    def show_values(self, table: Mapping[str, Any]) -> None:
        """Show the values without reporting them as edited; text being typed stays put."""
        for key, editor in self.editors.items():
            value = _lookup(table, key)
            editor.blockSignals(True)
            if isinstance(editor, QLineEdit):
                text = _text(value)
                if self._value(key, editor.text()) != self._value(key, text):
                    editor.setText(text)
            elif isinstance(editor, QComboBox):
                index = editor.findData(value if value is not None else "")
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            else:
                editor.setValue(value if isinstance(value, int) else 1)
            editor.blockSignals(False)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for key, message in self.messages.items():
            text = problems.get(key, "")
            message.setText(text)
            message.setVisible(bool(text))
            self.editors[key].setProperty("problem", bool(text))
            self.editors[key].setToolTip(text)


def _text(value: Any) -> str:
    if value is False:
        return NONE_DASH
    return ", ".join(value) if isinstance(value, list) else str(value or "")


def _lookup(table: Mapping[str, Any], key: str) -> Any:
    if key.startswith("glosses."):
        glosses = table.get("glosses") or {}
        return glosses.get(key.split(".", 1)[1]) if isinstance(glosses, Mapping) else None
    return table.get(key)


def right_to_left(editor: QLineEdit) -> None:
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    editor.setAlignment(Qt.AlignmentFlag.AlignRight)
