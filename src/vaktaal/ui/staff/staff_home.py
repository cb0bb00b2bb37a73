"""The staff home: one big button per task of a buddy or coach.

A buddy practises with a learner, follows the learners and makes reports; a coach also
manages learners and the staff profiles. Each button emits its own signal.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.fit import VerticalScroll
from vaktaal.ui.widgets import big_button, heading, text_label
from vaktaal.usecases.learners import Learner

COLUMNS = 2


class StaffHomePage(QWidget):
    buddy_requested = Signal()  # practise together with a learner
    dashboard_requested = Signal()  # all learners in one table
    report_requested = Signal()  # a report for the employer
    decks_requested = Signal()  # decks, editor, own recordings, speech model
    learners_requested = Signal()  # coach: edit, delete, export learners
    staff_requested = Signal()  # coach: buddies and coaches
    logout_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.title = heading("")
        self.role = text_label("", 1.1)
        self.buttons: dict[str, QPushButton] = {}
        tasks = [
            ("buddy", self.tr("Samen oefenen"), "openmoji:1F91D", self.buddy_requested),
            ("dashboard", self.tr("Overzicht"), "openmoji:1F4CA", self.dashboard_requested),
            ("report", self.tr("Rapport maken"), "openmoji:1F4C4", self.report_requested),
            ("decks", self.tr("Pakketten"), "openmoji:1F4DA", self.decks_requested),
            ("learners", self.tr("Leerlingen beheren"), "openmoji:1F465", self.learners_requested),
            ("staff", self.tr("Begeleiders"), "openmoji:1F9D1-200D-1F3EB", self.staff_requested),
            ("logout", self.tr("Afmelden"), "openmoji:1F6AA", self.logout_requested),
        ]  # fmt: skip
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, (key, text, icon, signal) in enumerate(tasks):
            button = big_button(text, library, icon)
            button.clicked.connect(signal.emit)
            self.buttons[key] = button
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        content = QWidget()
        content.setLayout(grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.role)
        layout.addWidget(VerticalScroll(content), stretch=1)

    def show_person(self, person: Learner) -> None:
        """Who is logged in; the coach's tasks only for a coach."""
        self.title.setText(self.tr("Welkom, {name}").format(name=person.name))
        coach = person.role == "coach"
        self.role.setText(self.tr("Je bent coach.") if coach else self.tr("Je bent taalbuddy."))
        for key in ("learners", "staff"):
            self.buttons[key].setVisible(coach)
        self.buttons["buddy"].setFocus(Qt.FocusReason.OtherFocusReason)
