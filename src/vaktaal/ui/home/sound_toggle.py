"""One toggle button with a speaker pictogram: words play by themselves (on) or only on a click."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.practice.common import pictogram_icon

SOUND_ON = "openmoji:1F50A"  # speaker with sound waves
SOUND_OFF = "openmoji:1F507"  # speaker crossed out
ICON_SIZE = 32


class SoundToggle(QPushButton):
    """Emits `requested(on)` when the learner switches; `set_on` shows the stored choice."""

    requested = Signal(bool)

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setCheckable(True)
        self.setAutoDefault(True)  # Enter works as Space
        self.setFixedSize(QSize(56, 56))  # as small as the text size buttons
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._switched)
        self.set_on(True)

    def set_on(self, on: bool) -> None:
        """Show `on` (without asking for a change)."""
        self.setChecked(on)
        icon = SOUND_ON if on else SOUND_OFF
        self.setIcon(pictogram_icon(self.library, icon, ICON_SIZE))
        name = (
            self.tr("Woorden klinken vanzelf: aan")
            if on
            else self.tr("Woorden klinken vanzelf: uit")
        )
        self.setAccessibleName(name)
        self.setToolTip(name)

    def _switched(self, on: bool) -> None:
        self.set_on(on)
        self.requested.emit(on)
