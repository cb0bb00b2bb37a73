"""Small pieces the practice views share: icons, audio buttons, roles and safe speaking."""

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.speech.tts import Speaker
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.widgets import big_button

log = logging.getLogger(__name__)

SPEAKER_ICON = "openmoji:1F50A"
REVEAL_ICON = "openmoji:1F440"
NEXT_ICON = "openmoji:27A1"
RIGHT_ICON = "openmoji:2705"
WRONG_ICON = "openmoji:274C"
ALMOST_ICON = "openmoji:1F914"
STOP_ICON = "openmoji:1F6D1"
CHECK_ICON = "openmoji:2714"
UNKNOWN_ICON = "openmoji:2753"
PICTURE_SIZE = 220  # the big pictogram of the word being practised
MUTED = "color: #52606d;"
MARK_STYLE = """
QPushButton[role="good"] { border: 6px solid #3f9b5b; }
QPushButton[role="bad"] { border: 6px solid #c8453b; }
"""


def pictogram_icon(library: PictogramLibrary, ref: str, size: int) -> QIcon:
    """An icon drawn at twice its size, so it stays sharp on high-DPI screens."""
    return QIcon(pictogram_pixmap(ref, library, size * 2))


def action_button(
    text: str, library: PictogramLibrary, icon: str, role: str = "", icon_size: int = 40
) -> QPushButton:
    """A big button with a pictogram that Enter and Space both press when it has focus."""
    button = big_button(text, library, icon, icon_size=icon_size)
    button.setAutoDefault(True)
    if role:
        set_role(button, role)
    return button


def set_role(widget: QWidget, role: str) -> None:
    """Colour a button by role (primary, good, bad; "" for plain) and redraw it at once."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def say(speaker: Speaker, text: str, recording: str | None = None) -> None:
    """Let the speaker say `text`, from the term's own `recording` (a `stored:` reference)
    when there is one; a broken voice is logged, never shown as an error."""
    if not text or not speaker.available:
        return
    try:
        if recording:
            speaker.speak_clip(text, recording)
        else:
            speaker.speak(text)
    except Exception:
        log.warning("the voice could not say %r", text, exc_info=True)


class AudioButton(QPushButton):
    """A square speaker button that says the text it is given; hidden when there is no voice."""

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        name: str,
        size: int = 64,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.text_to_say = ""
        self.recording: str | None = None
        self.setIcon(pictogram_icon(library, SPEAKER_ICON, size))
        self.setIconSize(QSize(int(size * 0.7), int(size * 0.7)))
        self.setFixedSize(size + 12, size + 12)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setAutoDefault(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self.play)

    def set_text_to_say(self, text: str, recording: str | None = None) -> None:
        """`recording`: the term's own audio, played instead of a voice."""
        self.text_to_say = text
        self.recording = recording
        self.setVisible(bool(text) and self.speaker.available)

    def play(self) -> None:
        say(self.speaker, self.text_to_say, self.recording)
