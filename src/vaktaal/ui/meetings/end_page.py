"""After listening, when there are no exercises: well done, talk it over, listen again."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import dutch
from vaktaal.ui.fit import scrolled, wrapping_row
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label

DONE, AGAIN, LIST = "openmoji:2705", "openmoji:1F501", "openmoji:1F465"


class ListenedPage(QWidget):
    again_requested = Signal()
    list_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        picture = PictogramLabel(library, 128)
        picture.show_pictogram(DONE, self.tr("Klaar"))
        self.title = heading("", 2.0)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        advice = text_label(
            self.tr("Goed geluisterd! Praat met een collega: wat was belangrijk? Wie doet wat?"),
            1.4,
        )
        advice.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.again_button = big_button(self.tr("Nog een keer luisteren"), library, AGAIN)
        self.again_button.clicked.connect(self.again_requested.emit)
        self.list_button = big_button(self.tr("Naar de vergaderingen"), library, LIST)
        self.list_button.setProperty("role", "primary")
        self.list_button.clicked.connect(self.list_requested.emit)
        for button in (self.again_button, self.list_button):
            button.setAutoDefault(True)
        buttons = QHBoxLayout()  # centred; on a small screen one under the other
        buttons.addStretch(1)
        buttons.addWidget(wrapping_row(self.again_button, self.list_button, spacing=16))
        buttons.addStretch(1)
        body = QVBoxLayout()  # centred; scrolls on a small screen
        body.setSpacing(24)
        body.addStretch(1)
        body.addWidget(picture, alignment=Qt.AlignmentFlag.AlignHCenter)
        body.addWidget(self.title)
        body.addWidget(advice)
        body.addLayout(buttons)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 24, 24)
        layout.addWidget(scrolled(body))

    def show_meeting(self, title: str) -> None:
        self.title.setText(dutch(title))
        self.list_button.setFocus(Qt.FocusReason.OtherFocusReason)
