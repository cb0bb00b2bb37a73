"""The buddy session on screen: the learner's name, a countdown (mm:ss) and the practice page
(its bar shows "12 van 30" and "Stoppen").

When the time is up the countdown says so; the flow lets the current exercise finish.
"""

import math

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.profiles.avatars import avatar_pixmap
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import text_label
from vaktaal.usecases.learners import Learner

TIMER_ICON = "openmoji:23F1"
AVATAR_SIZE = 56
TICK_MS = 250
HEADER_STYLE = "QFrame#buddyHeader { background: #eef4fd; border-radius: 14px; }"
TIME_UP_STYLE = "color: #9b2c2c;"


def clock_text(seconds: float) -> str:
    """mm:ss, rounded up: "00:00" only when the time is really up."""
    whole = max(0, math.ceil(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


class Countdown(QLabel):
    """Counts down from `start(seconds)`; emits `expired` once at zero."""

    expired = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("00:00", parent)
        set_relative_font(self, 2.0, bold=True)
        self.total = 0.0
        self.elapsed = QElapsedTimer()
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)

    @property
    def remaining(self) -> float:
        if not self.elapsed.isValid():
            return self.total
        return max(0.0, self.total - self.elapsed.elapsed() / 1000)

    def start(self, seconds: float) -> None:
        self.total = seconds
        self.elapsed.start()
        self.ticker.start()
        self._tick()

    def stop(self) -> None:
        self.ticker.stop()

    def _tick(self) -> None:
        left = self.remaining
        self.setText(clock_text(left))
        self.setAccessibleName(self.tr("Tijd over: {time}").format(time=self.text()))
        if left <= 0:
            self.ticker.stop()
            self.expired.emit()


class BuddySessionPage(QWidget):
    """A frame around the practice page: who practises, and the time left."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.avatar = QLabel()
        self.name = text_label("", 1.4, bold=True)
        self.countdown = Countdown()
        self.time_up = text_label(self.tr("De tijd is om. Maak deze oefening af."), 1.1, True)
        self.time_up.setStyleSheet(TIME_UP_STYLE)
        self.time_up.hide()
        self.countdown.expired.connect(self._show_time_up)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.practice: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header(library))
        layout.addLayout(self.body, stretch=1)

    def _header(self, library: PictogramLibrary) -> QFrame:
        header = QFrame()
        header.setObjectName("buddyHeader")
        header.setStyleSheet(HEADER_STYLE)
        timer_icon = QLabel()
        timer_icon.setPixmap(pictogram_pixmap(TIMER_ICON, library, 44))
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(16)
        row.addWidget(self.avatar)
        row.addWidget(self.name)
        row.addStretch(1)
        row.addWidget(self.time_up)
        row.addWidget(timer_icon)
        row.addWidget(self.countdown)
        return header

    def begin(self, learner: Learner, practice: QWidget, seconds: float) -> None:
        """Show `practice` (a fresh practice page) for `learner`; the countdown starts."""
        if self.practice is not None:
            self.body.removeWidget(self.practice)
            self.practice.deleteLater()
        self.practice = practice
        self.body.addWidget(practice, stretch=1)
        self.avatar.setPixmap(avatar_pixmap(learner.avatar, self.library, AVATAR_SIZE))
        self.name.setText(learner.name)
        self.time_up.hide()
        self.countdown.setStyleSheet("")
        self.countdown.start(seconds)

    def stop(self) -> None:
        self.countdown.stop()

    def _show_time_up(self) -> None:
        self.time_up.show()
        self.countdown.setStyleSheet(TIME_UP_STYLE)
        self.time_up.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
