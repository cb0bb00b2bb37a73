"""'Begeleider toevoegen': name, role (taalbuddy or coach) and a PIN, typed twice."""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.profiles.new_learner_form import MAX_NAME_LENGTH
from vaktaal.ui.staff.learners.form_parts import CHECK_STYLE, FormDialog, PinPair, line_edit
from vaktaal.ui.text_size import set_relative_font


@dataclass(frozen=True)
class NewStaff:
    name: str
    role: str  # "buddy" or "coach"
    pin: str


class StaffDialog(FormDialog):
    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(library, self.tr("Begeleider toevoegen"), self.tr("Toevoegen"), parent)
        self.name = line_edit(self.tr("Naam"), 420)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.roles = {
            "buddy": self._radio(self.tr("Taalbuddy")),
            "coach": self._radio(self.tr("Coach")),
        }
        self.roles["buddy"].setChecked(True)
        group = QButtonGroup(self)
        roles = QWidget()
        row = QHBoxLayout(roles)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        for button in self.roles.values():
            group.addButton(button)
            row.addWidget(button)
        self.pins = PinPair()
        self.add_row(self.tr("Naam"), self.name)
        self.add_row(self.tr("Rol"), roles, self.roles["buddy"])
        self.add_row(self.tr("Pincode"), self.pins, self.pins.pin)
        for edit in (self.name, self.pins.pin, self.pins.again):
            edit.textChanged.connect(self._validate)
        self._validate()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> NewStaff:
        role = "coach" if self.roles["coach"].isChecked() else "buddy"
        return NewStaff(self.name.text().strip(), role, self.pins.pin.text())

    def _radio(self, text: str) -> QRadioButton:
        button = QRadioButton(text)
        set_relative_font(button, 1.2, bold=True)
        button.setStyleSheet(CHECK_STYLE.replace("QCheckBox", "QRadioButton"))
        return button

    def _validate(self) -> None:
        problem = self.pins.problem(self.name.text(), required=True)  # staff: always a PIN
        self.ok_button.setEnabled(problem is None)
        self.say(self.pins.explain(problem))
