"""Make a new profile: name, own language, a picture, and (if you want) a PIN."""

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.home.parts import PRIMARY_DISABLED
from vaktaal.ui.profiles.avatar_choice import AvatarChoice
from vaktaal.ui.profiles.new_learner_form import (
    DEFAULT_LANGUAGE,
    MAX_NAME_LENGTH,
    NewLearner,
    Problem,
    find_problem,
    language_choices,
    language_label,
)
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label

__all__ = ["NewLearner", "NewLearnerDialog"]

PERSON = "openmoji:1F9D1"
NAME_PICTOGRAM = "openmoji:1F464"
LANGUAGE_PICTOGRAM = "openmoji:1F5E3"
PIN_PICTOGRAM = "openmoji:1F511"
FORM_PICTOGRAM_SIZE = 40
OK_PICTOGRAM = "mdi:check-bold"
BACK = "mdi:arrow-left-bold"
COACH_STYLE = "QCheckBox { font-weight: bold; } QCheckBox::indicator { width: 28px; height: 28px; }"


class NewLearnerDialog(QDialog):
    """Accepted with valid values only; read them with `values()`."""

    def __init__(
        self, library: PictogramLibrary, parent: QWidget | None = None, allow_coach: bool = False
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.allow_coach = allow_coach
        self.coach = QCheckBox(self.tr("Begeleider (coach)"), self)  # first start only
        self.coach.setHidden(not allow_coach)
        set_relative_font(self.coach, 1.1, bold=True)
        self.coach.setStyleSheet(COACH_STYLE)
        self.coach.toggled.connect(self._validate)
        self.setWindowTitle(self.tr("Nieuw profiel"))
        self.setObjectName("page")
        self.setStyleSheet(PRIMARY_DISABLED)
        self.name = self._line_edit(self.tr("Je naam"))
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.language = self._languages()
        self.avatars = AvatarChoice(library)
        self.pin = self._pin_edit(self.tr("Pincode"))
        self.pin_again = self._pin_edit(self.tr("Pincode nog een keer"))
        self.message = text_label("", 1.1, bold=True)
        self.message.setWordWrap(False)  # short sentences; wrapping would upset the dialog size
        self.message.setStyleSheet("color: #8a4b08;")
        self.message.setAccessibleName(self.tr("Melding"))
        self.ok_button = big_button(self.tr("Profiel maken"), library, OK_PICTOGRAM, icon_size=32)
        self.ok_button.setProperty("role", "primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        self.back_button = big_button(self.tr("Terug"), library, BACK, icon_size=32)
        self.back_button.clicked.connect(self.reject)
        for button in (self.ok_button, self.back_button):
            button.setMinimumHeight(0)  # keep the size hint, which follows the text size
        for edit in (self.name, self.pin, self.pin_again):
            edit.textChanged.connect(self._validate)
        self._build(library)
        self._validate()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> NewLearner:
        return NewLearner(
            name=self.name.text().strip(),
            language=str(self.language.currentData()),
            avatar=self.avatars.current(),
            pin=self.pin.text() or None,
            coach=self.allow_coach and self.coach.isChecked(),
        )

    def _build(self, library: PictogramLibrary) -> None:
        person = PictogramLabel(library, 64)
        person.show_pictogram(PERSON, self.tr("Persoon"))
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(person)
        top.addWidget(heading(self.tr("Nieuw profiel")), stretch=1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addLayout(self._form())
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(self._buttons())

    def _form(self) -> QGridLayout:
        form = QGridLayout()
        form.setHorizontalSpacing(20)
        form.setVerticalSpacing(16)
        rows: list[tuple[str | None, str, QWidget]] = [
            (NAME_PICTOGRAM, self.tr("Je naam"), self.name),
            (LANGUAGE_PICTOGRAM, self.tr("Jouw taal"), self.language),
            (None, self.tr("Kies een plaatje"), self.avatars),
            (PIN_PICTOGRAM, self.tr("Pincode (hoeft niet)"), self._pin_row()),
        ]
        for row, (pictogram, text, field) in enumerate(rows):
            if pictogram is not None:
                form.addWidget(self._pictogram(pictogram, text), row, 0)
            label = self._label(text, self.pin if field.layout() else field)
            form.addWidget(label, row, 1, Qt.AlignmentFlag.AlignVCenter)
            form.addWidget(field, row, 2, Qt.AlignmentFlag.AlignLeft)
        form.setColumnStretch(2, 1)
        return form

    def _pin_row(self) -> QWidget:
        """Both PIN fields on one line, so the dialog fits the screen with the biggest text."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.pin)
        layout.addSpacing(12)
        layout.addWidget(self._label(self.tr("Nog een keer"), self.pin_again))
        layout.addWidget(self.pin_again)
        return row

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = text_label(text, 1.1, bold=True)
        label.setWordWrap(False)
        label.setBuddy(buddy)
        return label

    def _pictogram(self, ref: str, text: str) -> PictogramLabel:
        pictogram = PictogramLabel(self.library, FORM_PICTOGRAM_SIZE)
        pictogram.show_pictogram(ref, text)
        return pictogram

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.coach)
        buttons.addSpacing(24)
        buttons.addWidget(self.ok_button)
        return buttons

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMinimumWidth(420)
        set_relative_font(edit, 1.3)
        return edit

    def _pin_edit(self, name: str) -> QLineEdit:
        edit = self._line_edit(name)
        edit.setMinimumWidth(160)
        edit.setMaximumWidth(200)
        edit.setMaxLength(4)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), edit))
        return edit

    def _languages(self) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Jouw taal"))
        combo.setMinimumWidth(420)
        set_relative_font(combo, 1.3)
        for language in language_choices():
            combo.addItem(language_label(language), language.code)
        combo.setCurrentIndex(combo.findData(DEFAULT_LANGUAGE))
        return combo

    def _validate(self) -> None:
        coach = self.coach.isChecked()  # a coach always has a PIN
        problem = find_problem(self.name.text(), self.pin.text(), self.pin_again.text(), coach)
        self.ok_button.setEnabled(problem is None)
        self.message.setText(self._explain(problem))

    def _explain(self, problem: Problem | None) -> str:
        texts = {
            Problem.NO_NAME: self.tr("Typ je naam."),
            Problem.PIN_LENGTH: self.tr("Een pincode heeft 4 cijfers."),
            Problem.PIN_AGAIN: self.tr("Typ de pincode nog een keer."),
            Problem.PIN_MISMATCH: self.tr("De twee pincodes zijn niet gelijk."),
        }
        return texts[problem] if problem else ""
