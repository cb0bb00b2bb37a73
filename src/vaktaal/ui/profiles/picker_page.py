"""'Who are you?': big avatar buttons for the learners on this PC, and a new-profile button."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.profiles.avatar_grid import AvatarGrid
from vaktaal.ui.profiles.staff_row import StaffRow
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label

if TYPE_CHECKING:  # the learners' use case is not imported before the first paint
    from vaktaal.usecases.learners import Learner

WAVE = "openmoji:1F44B"
PLUS = "openmoji:2795"


class PickerPage(QWidget):
    """Emits `chosen(Learner)` when a learner (or a buddy or coach, in the row 'Begeleiders')
    picks their name, `add_requested()` for a new one."""

    chosen = Signal(object)
    add_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.title = heading(self.tr("Wie ben jij?"), 2.2)
        self.hint = text_label("", 1.3)
        self.hint.setAccessibleName(self.tr("Uitleg"))
        self.grid = AvatarGrid(library)
        self.grid.setAccessibleName(self.tr("Profielen"))
        self.grid.chosen.connect(self.chosen.emit)
        self.new_button = big_button(self.tr("Nieuw profiel"), library, PLUS, icon_size=40)
        self.new_button.setAutoDefault(True)  # Enter presses it, as Space does
        self.new_button.clicked.connect(self.add_requested.emit)
        self.staff = StaffRow(library)
        self.staff.chosen.connect(self.chosen.emit)
        self._build(library)

    def _build(self, library: PictogramLibrary) -> None:
        wave = PictogramLabel(library, 72)
        wave.show_pictogram(WAVE, self.tr("Hallo"))
        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(wave)
        top.addWidget(self.title, stretch=1)
        bottom = QGridLayout()  # the staff on the left, on one line with 'new', to save height
        bottom.addWidget(self.staff, 0, 0, Qt.AlignmentFlag.AlignLeft)
        bottom.addWidget(self.new_button, 0, 1)
        bottom.setColumnStretch(0, 1)
        bottom.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, stretch=1)
        layout.addLayout(bottom)

    def show_learners(self, learners: "list[Learner]") -> None:
        """Show one big button per learner; the first has the focus (or 'new' without learners)."""
        self.grid.show_learners(learners)
        if learners:
            self.hint.setText(self.tr("Kies je naam."))
            self.grid.focus_first()
        else:
            self.hint.setText(self.tr("Hier is nog niemand. Maak eerst je profiel."))
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_staff(self, staff: "list[Learner]") -> None:
        """Buddies and coaches, small, apart from the learners."""
        self.staff.show_staff(staff)
