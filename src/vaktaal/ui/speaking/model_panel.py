"""Can this learner speak the words now? Said calmly, with a picture and a way back.

The learner never sees how a speech model is installed (files, commands, web sites): that
is on the staff page (model_staff_panel.py), reached from the decks page.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.practice.common import action_button
from vaktaal.ui.speaking.pictures import MICROPHONE, show_crossed_out
from vaktaal.ui.widgets import PictogramLabel, heading, text_label

BACK_ICON = "openmoji:2B05"
STATES = ("loading", "ready", "missing", "broken", "other")
NOT_READY = ("missing", "broken", "other")
_ICONS = {"loading": "openmoji:23F3", "ready": "openmoji:2705"}
DOTS_MS = 500  # the loading text breathes: "Een ogenblik", ".", "..", "..."


class SpeechModelPanel(QWidget):
    """The learner's page: show_state("loading" | "ready" | "missing" | "broken" | "other");
    back_requested()."""

    back_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ""
        self.picture = PictogramLabel(library, 160)
        self.title = heading("", 1.8)
        self.body = text_label("", 1.3)
        self.others = text_label(self.tr("De andere oefeningen werken gewoon."), 1.3, bold=True)
        self.back_button = action_button(self.tr("Terug"), library, BACK_ICON)
        self.back_button.setMinimumWidth(220)
        self.back_button.clicked.connect(self.back_requested)
        self._dots = 0
        self._timer = QTimer(self)
        self._timer.setInterval(DOTS_MS)
        self._timer.timeout.connect(self._breathe)
        self._lay_out()

    def _lay_out(self) -> None:
        texts = QVBoxLayout()
        texts.setSpacing(16)
        for widget in (self.title, self.body, self.others):
            texts.addWidget(widget)
        texts.addStretch(1)
        card = QFrame()
        card.setObjectName("modelCard")
        card.setStyleSheet("QFrame#modelCard { background: #eef4fd; border-radius: 16px; }")
        row = QHBoxLayout(card)
        row.setContentsMargins(28, 24, 28, 24)
        row.setSpacing(32)
        row.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(card)
        layout.addStretch(1)
        layout.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def show_state(self, state: str, _message: str = "") -> None:
        """What the learner may know: speaking works, or not yet (why is for the staff)."""
        if state not in STATES:
            raise ValueError(f"unknown speech model state: {state!r}")
        self.state = state
        title, body = self._texts(state)
        self.title.setText(title)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.others.setVisible(state in NOT_READY)
        if state in NOT_READY:
            show_crossed_out(self.picture, MICROPHONE, title)
        else:
            self.picture.show_pictogram(_ICONS[state], title)
        self.setAccessibleName(" ".join(filter(None, (title, body))))
        self._dots = 0
        if state == "loading":
            self._timer.start()
        else:
            self._timer.stop()

    def _texts(self, state: str) -> tuple[str, str]:
        if state == "loading":
            return self.tr("Spraakherkenning wordt geladen…"), self.tr("Een ogenblik") + "..."
        if state == "ready":
            return (
                self.tr("Spraakherkenning is klaar"),
                self.tr("Je kunt de woorden nu hardop oefenen."),
            )
        return (
            self.tr("Spreken kan nog niet op deze pc"),
            self.tr("Je begeleider kan dit regelen."),
        )

    def _breathe(self) -> None:
        if self.state != "loading" or not self.isVisible():
            return
        self._dots = (self._dots + 1) % 4
        self.body.setText(self.tr("Een ogenblik") + "." * self._dots)
