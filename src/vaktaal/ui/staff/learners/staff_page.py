"""'Begeleiders': the buddies and coaches; add one, change a PIN, delete one (coach only)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.fit import VerticalScroll
from vaktaal.ui.staff.learners.learners_page import BACK, MESSAGE_STYLE, PROBLEM_STYLE
from vaktaal.ui.staff.learners.person_row import PersonRow
from vaktaal.ui.widgets import big_button, heading, text_label
from vaktaal.usecases.learners import Learner

PLUS = "openmoji:2795"


class StaffPage(QWidget):
    back_requested = Signal()
    add_requested = Signal()
    pin_requested = Signal(object)  # the buddy or coach
    delete_requested = Signal(object)

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.rows: list[PersonRow] = []
        self.back_button = big_button(self.tr("Terug"), library, BACK, icon_size=32)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.add_button = big_button(self.tr("Begeleider toevoegen"), library, PLUS, icon_size=32)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.message = text_label("", 1.2, bold=True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.list = QVBoxLayout()
        self.list.setSpacing(12)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.list)
        column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(self.back_button)
        top.addWidget(heading(self.tr("Begeleiders")), stretch=1)
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(VerticalScroll(inner), stretch=1)

    def show_staff(self, staff: list[Learner], me: Learner) -> None:
        """Nobody deletes themselves or the last coach: that button stays off, with a reason."""
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        coaches = sum(1 for person in staff if person.role == "coach")
        self.rows = [self._row(person, me, coaches) for person in staff]
        for row in self.rows:
            self.list.addWidget(row)
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setStyleSheet(PROBLEM_STYLE if problem else MESSAGE_STYLE)

    def row_of(self, name: str) -> PersonRow:
        return next(row for row in self.rows if row.person.name == name)

    def _row(self, person: Learner, me: Learner, coaches: int) -> PersonRow:
        role = self.tr("Coach") if person.role == "coach" else self.tr("Taalbuddy")
        facts = [role]
        if person.id == me.id:
            facts.append(self.tr("Dit ben jij. Jezelf verwijderen kan niet."))
        elif person.role == "coach" and coaches <= 1:
            facts.append(self.tr("De enige coach. Die blijft."))
        row = PersonRow(person, facts, self.library)
        row.add_buttons([
            ("pin", self.tr("Pincode wijzigen"), "openmoji:1F511"),
            ("delete", self.tr("Verwijderen"), "openmoji:1F5D1"),
        ])  # fmt: skip
        row.buttons["delete"].setEnabled(len(facts) == 1)
        row.buttons["pin"].clicked.connect(lambda: self.pin_requested.emit(person))
        row.buttons["delete"].clicked.connect(lambda: self.delete_requested.emit(person))
        return row
