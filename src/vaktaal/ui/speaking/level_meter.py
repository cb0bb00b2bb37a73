"""A big, calm level bar: how loud the microphone hears the learner right now."""

from PySide6.QtWidgets import QProgressBar, QWidget

STEPS = 100
DECAY = 0.75  # the bar falls back gently, so it does not flicker between chunks
STYLE = """
QProgressBar { background: #ffffff; border: 2px solid #c5d0dc; border-radius: 14px; }
QProgressBar::chunk { background: #3f9b5b; border-radius: 11px; margin: 2px; }
"""


class LevelMeter(QProgressBar):
    """A thick bar, 0..100 for screen readers; set_level(0..1) as the audio comes in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, STEPS)
        self.setValue(0)
        self.setTextVisible(False)
        self.setMinimumHeight(36)
        self.setMinimumWidth(320)
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Zo hard hoor ik je"))
        self.shown_level = 0.0

    def set_level(self, level: float) -> None:
        level = min(1.0, max(0.0, level))
        self.shown_level = max(level, self.shown_level * DECAY)
        self.setValue(round(self.shown_level * STEPS))

    def reset(self) -> None:
        self.shown_level = 0.0
        self.setValue(0)
