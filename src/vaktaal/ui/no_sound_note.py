"""'Geen geluid op deze pc', with a picture: shown while the PC has no audio output, so a
learner who clicks a sound button and hears nothing knows why (and can say it to a coach).

Put one next to audio buttons. It follows the devices: plug in a headset and it goes away.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QHBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.speaking.pictures import NO_SOUND
from vaktaal.ui.widgets import PictogramLabel, text_label

Outputs = Callable[[], Sequence[object]]


def audio_outputs() -> Sequence[object]:
    return QMediaDevices.audioOutputs()


def _system_outputs() -> Sequence[object]:
    return audio_outputs()  # looked up at each call: tests can put a list of their own


class NoSoundNote(QWidget):
    """Always in its layout; empty (no size) while there is sound. `outputs` lists the audio
    outputs (tests give a list of their own)."""

    def __init__(
        self,
        library: PictogramLibrary,
        outputs: Outputs | None = None,
        factor: float = 1.1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.outputs = outputs or _system_outputs
        self.picture = PictogramLabel(library, 40)
        self.text = text_label(self.tr("Geen geluid op deze pc"), factor, bold=True)
        self.picture.show_pictogram(NO_SOUND, self.text.text())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.text, stretch=1)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self.refresh)
        self.refresh()

    @property
    def silent(self) -> bool:
        """True when the note is showing: no audio output."""
        return not self.picture.isHidden()

    def refresh(self) -> None:
        """Look at the devices again (done by itself when they change)."""
        silent = not self.outputs()
        self.picture.setVisible(silent)  # children: never a window of their own
        self.text.setVisible(silent)
        self.setAccessibleName(self.text.text() if silent else "")
