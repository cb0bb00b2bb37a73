"""'Alleen voor begeleiders': choose your buddy or coach profile; the PIN is asked next."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.profiles.staff_row import StaffRow
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label
from vaktaal.usecases.learners import Learner

LOCK = "openmoji:1F512"
BACK = "mdi:arrow-left-bold"


class StaffLoginDialog(QDialog):
    """Accepted when a staff profile is chosen (`chosen`); without staff it only says so."""

    def __init__(
        self, staff: list[Learner], library: PictogramLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chosen: Learner | None = None
        self.setWindowTitle(self.tr("Begeleider"))
        self.setObjectName("page")
        self.staff_row = StaffRow(library)
        self.staff_row.chosen.connect(self._choose)
        self.note = text_label(self._note(staff), 1.3)
        self.back_button = big_button(self.tr("Terug"), library, BACK, icon_size=32)
        self.back_button.setMinimumHeight(0)
        self.back_button.clicked.connect(self.reject)
        self._build(library)
        self.staff_row.show_staff(staff)  # in the layout first: shown inside the dialog
        first = self.staff_row.tiles[0] if self.staff_row.tiles else self.back_button
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _note(self, staff: list[Learner]) -> str:
        if staff:
            return self.tr("Alleen voor begeleiders. Kies je naam.")
        return self.tr("Alleen voor begeleiders. Er is nog geen begeleider.")

    def _build(self, library: PictogramLibrary) -> None:
        lock = PictogramLabel(library, 56)
        lock.show_pictogram(LOCK, self.tr("Slot"))
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(lock)
        top.addWidget(heading(self.tr("Begeleider")), stretch=1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(20)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.staff_row)
        layout.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def _choose(self, person: Learner) -> None:
        self.chosen = person
        self.accept()
