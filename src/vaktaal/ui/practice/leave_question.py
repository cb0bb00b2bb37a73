"""Before a session ends early: "Stoppen? Je antwoorden zijn bewaard." with Ja and Nee."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.practice.common import STOP_ICON, set_role
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label

LEAVE_ICON = "openmoji:1F6AA"  # a door, as "Stoppen" on the home page
STAY_ICON = "openmoji:25B6"  # play, as "Oefenen"
YES_KEYS = (Qt.Key.Key_J, Qt.Key.Key_Y)
NO_KEYS = (Qt.Key.Key_N, Qt.Key.Key_Escape)


class LeaveQuestion(QWidget):
    """Emits leave() for "Ja" (J) and stay() for "Nee" (N or Esc); "Nee" has the focus."""

    leave = Signal()
    stay = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = PictogramLabel(library, 140)
        self.picture.show_pictogram(STOP_ICON, self.tr("Stoppen"))
        self.title = heading(self.tr("Stoppen?"), 2.6)
        self.saved = text_label(self.tr("Je antwoorden zijn bewaard."), 1.6)
        self.yes_button = big_button(self.tr("Ja"), library, LEAVE_ICON, 1.8, icon_size=64)
        self.yes_button.setAccessibleName(self.tr("Ja, stoppen"))
        self.yes_button.setToolTip(self.tr("Toets J"))
        self.no_button = big_button(self.tr("Nee"), library, STAY_ICON, 1.8, icon_size=64)
        set_role(self.no_button, "primary")  # blue, as the button Enter presses everywhere
        self.no_button.setAccessibleName(self.tr("Nee, verder oefenen"))
        self.no_button.setToolTip(self.tr("Toets N of Esc"))
        for button in (self.yes_button, self.no_button):
            button.setAutoDefault(True)  # Enter works as Space
            button.setMinimumSize(280, 120)
        self.yes_button.clicked.connect(self.leave)
        self.no_button.clicked.connect(self.stay)
        self._build()

    def _build(self) -> None:
        texts = QVBoxLayout()
        texts.setSpacing(12)
        texts.addWidget(self.title)
        texts.addWidget(self.saved)
        top = QHBoxLayout()
        top.setSpacing(32)
        top.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts, stretch=1)
        buttons = QHBoxLayout()
        buttons.setSpacing(28)
        buttons.addWidget(self.yes_button)
        buttons.addWidget(self.no_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(40)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def ask(self) -> None:
        """On screen now: the safe answer, "Nee", has the focus."""
        self.no_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_key(self, key: int) -> bool:
        if key in YES_KEYS:
            self.leave.emit()
            return True
        if key in NO_KEYS:
            self.stay.emit()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and self.handle_key(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)
