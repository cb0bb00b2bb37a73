"""Pieces the management dialogs share: big fields, a PIN pair, the two bottom buttons."""

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.home.parts import PRIMARY_DISABLED
from vaktaal.ui.profiles.new_learner_form import Problem, find_problem
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import big_button, heading, text_label

OK = "mdi:check-bold"
BACK = "mdi:arrow-left-bold"
MESSAGE_STYLE = "color: #8a4b08;"
CHECK_STYLE = "QCheckBox::indicator { width: 28px; height: 28px; }"


def line_edit(name: str, width: int = 360) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setMinimumWidth(width)
    set_relative_font(edit, 1.3)
    return edit


def pin_edit(name: str) -> QLineEdit:
    edit = line_edit(name, 160)
    edit.setMaximumWidth(200)
    edit.setMaxLength(4)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), edit))
    return edit


def check_box(text: str) -> QCheckBox:
    box = QCheckBox(text)
    set_relative_font(box, 1.2)
    box.setStyleSheet(CHECK_STYLE)
    return box


def field_label(text: str, buddy: QWidget) -> QLabel:
    label = text_label(text, 1.1, bold=True)
    label.setWordWrap(False)  # short; a wrapped label would be cut off in a dialog
    label.setBuddy(buddy)
    return label


class FormDialog(QDialog):
    """A title, a grid of labelled fields, a message line, and 'Terug' / the OK button."""

    def __init__(
        self,
        library: PictogramLibrary,
        title: str,
        ok_text: str,
        parent: QWidget | None = None,
        ok_pictogram: str = OK,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("page")
        self.setStyleSheet(PRIMARY_DISABLED)
        self.form = QGridLayout()
        self.form.setHorizontalSpacing(20)
        self.form.setVerticalSpacing(16)
        self.form.setColumnStretch(1, 1)
        self.message = text_label("", 1.1, bold=True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(False)  # short sentences; wrapping would upset the dialog size
        self.message.setAccessibleName(self.tr("Melding"))
        self.ok_button = _button(ok_text, library, ok_pictogram)
        self.ok_button.setProperty("role", "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        self.back_button = _button(self.tr("Terug"), library, BACK)
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(14)
        self.title = heading(title, 1.5)
        self.title.setWordWrap(False)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.say("")

    def say(self, text: str) -> None:
        """The message line; hidden while there is nothing to say (room on small screens)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def add_row(
        self, text: str, field: QWidget, buddy: QWidget | None = None, wide: bool = False
    ) -> None:
        """The label left of the field; `wide`: the field on a line of its own below it."""
        row = self.form.rowCount()
        label = field_label(text, buddy or field)
        self.form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
        if wide:
            self.form.addWidget(field, row + 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        else:
            self.form.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft)


class PinPair(QWidget):
    """A PIN and the same PIN again, side by side; `problem()` says what is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin = pin_edit(self.tr("Pincode"))
        self.again = pin_edit(self.tr("Pincode nog een keer"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.pin)
        row.addWidget(field_label(self.tr("Nog een keer"), self.again))
        row.addWidget(self.again)

    def problem(self, name: str = "-", required: bool = True) -> Problem | None:
        return find_problem(name, self.pin.text(), self.again.text(), required)

    def explain(self, problem: Problem | None) -> str:
        texts = {
            Problem.NO_NAME: self.tr("Typ een naam."),
            Problem.PIN_LENGTH: self.tr("Een pincode heeft 4 cijfers."),
            Problem.PIN_AGAIN: self.tr("Typ de pincode nog een keer."),
            Problem.PIN_MISMATCH: self.tr("De twee pincodes zijn niet gelijk."),
        }
        return texts[problem] if problem else ""


def _button(text: str, library: PictogramLibrary, pictogram: str) -> QPushButton:
    button = big_button(text, library, pictogram, icon_size=32)
    button.setMinimumHeight(0)  # keep the size hint, which follows the text size
    return button
