"""The top of the speaking screen: the picture, "Zeg het woord.", the microphone, the meter."""

from enum import Enum, auto

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.no_sound_note import NoSoundNote
from vaktaal.ui.practice.common import MUTED, PICTURE_SIZE, action_button, set_role
from vaktaal.ui.speaking.level_meter import LevelMeter
from vaktaal.ui.widgets import PictogramLabel, text_label

MICROPHONE_ICON = "openmoji:1F3A4"
LISTENING_ICON = "openmoji:1F442"
CHECKING_ICON = "openmoji:23F3"
PROBLEM_ICON = "openmoji:26A0"
SKIP_ICON = "openmoji:23ED"


class Phase(Enum):
    READY = auto()  # waiting for the learner to start
    LISTENING = auto()
    CHECKING = auto()  # the judge is at work in the background
    VERDICT = auto()
    PROBLEM = auto()  # no microphone, or a recording that cannot be judged
    DONE = auto()  # the learner went on or skipped


class SpeakPanel(QWidget):
    """Shows what fits the phase; the speaking view decides what happens."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = PictogramLabel(library, PICTURE_SIZE)
        self.prompt = text_label(self.tr("Zeg het woord."), 1.6, bold=True)
        self.mic_button = action_button(
            self.tr("Spreek"), library, MICROPHONE_ICON, "primary", icon_size=96
        )
        self.mic_button.setMinimumWidth(320)
        self.mic_button.setToolTip(self.tr("Klik of druk op spatie. Of houd spatie vast."))
        self.self_button = action_button(
            self.tr("Luister naar jezelf"), library, LISTENING_ICON, icon_size=48
        )
        self.hint = text_label(self.tr("Klik of druk op spatie. Zeg dan het woord."), 1.1)
        self.hint.setStyleSheet(MUTED)
        self.meter = LevelMeter()
        self.status_icon = PictogramLabel(library, 48)
        self.status = text_label("", 1.3)
        self.skip_button = action_button(self.tr("Sla over"), library, SKIP_ICON)
        self.sound_note = NoSoundNote(library)  # "Luister naar jezelf" plays nothing then
        self._lay_out()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(20)
        buttons.addWidget(self.mic_button)
        buttons.addWidget(self.self_button, alignment=Qt.AlignmentFlag.AlignVCenter)
        buttons.addWidget(self.sound_note, alignment=Qt.AlignmentFlag.AlignVCenter)
        buttons.addStretch(1)
        status = QHBoxLayout()
        status.setSpacing(14)
        status.addWidget(self.status_icon, alignment=Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.status, stretch=1)
        column = QVBoxLayout()
        column.setSpacing(18)
        column.addWidget(self.prompt)
        column.addLayout(buttons)
        column.addWidget(self.hint)
        column.addWidget(self.meter)
        column.addLayout(status)
        column.addWidget(self.skip_button, alignment=Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(40)
        top.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignTop)
        top.addLayout(column, stretch=1)

    def show_phase(
        self, phase: Phase, may_speak: bool, tried: bool, replay: bool, message: str = ""
    ) -> None:
        """`tried`: an attempt was made before; `replay`: there is a recording to play."""
        listening = phase is Phase.LISTENING
        self.mic_button.setVisible(may_speak)
        self.mic_button.setEnabled(may_speak)
        self.mic_button.setText(self._mic_text(phase, tried))
        self.mic_button.setAccessibleName(self.mic_button.text())
        set_role(self.mic_button, "good" if listening else "primary")
        self.self_button.setVisible(replay)
        self.hint.setVisible(phase is Phase.READY)
        self.meter.setVisible(listening)
        self.meter.reset()
        self.skip_button.setVisible(phase is Phase.PROBLEM)
        self.show_status(phase, message)

    def _mic_text(self, phase: Phase, tried: bool) -> str:
        if phase is Phase.LISTENING:
            return self.tr("Stop")
        if tried or phase is Phase.PROBLEM:
            return self.tr("Nog een keer")
        return self.tr("Spreek")

    def show_status(self, phase: Phase, message: str = "") -> None:
        """A line under the meter: listening, checking, or what went wrong (`message`)."""
        icon, text = {
            Phase.LISTENING: (LISTENING_ICON, self.tr("Ik luister…")),
            Phase.CHECKING: (CHECKING_ICON, self.tr("Even luisteren…")),
            Phase.PROBLEM: (PROBLEM_ICON, message),
        }.get(phase, ("", ""))
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status_icon.setVisible(bool(text))
        if text:
            self.status_icon.show_pictogram(icon, text)

    def show_speech_heard(self) -> None:
        self.status.setText(self.tr("Ik hoor je…"))
