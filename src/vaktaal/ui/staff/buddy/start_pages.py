"""Before a buddy session: choose the learner (big avatar tiles), then the length.

The length page shows the note the last buddy wrote for next time, when there is one.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.fit import scrolled, wrapping_row
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.profiles.avatar_grid import AvatarGrid
from vaktaal.ui.profiles.avatars import avatar_pixmap
from vaktaal.ui.widgets import big_button, heading, text_label
from vaktaal.usecases.buddy import LENGTHS, BuddySessionRecord
from vaktaal.usecases.learners import Learner

BACK = "mdi:arrow-left-bold"
CLOCK = "openmoji:23F1"
NOTE_ICON = "openmoji:1F4DD"
AVATAR_SIZE = 96
NOTE_STYLE = (
    "QFrame#lastNote { background: #fff8e1; border: 2px solid #c99a2e; border-radius: 14px; }"
)


def back_button(library: PictogramLibrary, text: str) -> QPushButton:
    button = big_button(text, library, BACK, icon_size=32)
    button.setAutoDefault(True)
    return button


class LearnerChoicePage(QWidget):
    """Who practises with the buddy: one big tile per learner."""

    chosen = Signal(object)  # Learner
    back_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.grid = AvatarGrid(library)
        self.grid.chosen.connect(self.chosen.emit)
        self.empty = text_label(self.tr("Er zijn nog geen leerlingen."), 1.3)
        self.back_button = back_button(library, self.tr("Terug"))
        self.back_button.clicked.connect(self.back_requested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Met wie oefen je?")))
        layout.addWidget(text_label(self.tr("Kies de leerling."), 1.3))
        layout.addWidget(self.empty)
        layout.addWidget(self.grid, stretch=1)
        layout.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def show_learners(self, learners: list[Learner]) -> None:
        self.grid.show_learners(learners)
        self.empty.setVisible(not learners)
        if learners:
            self.grid.focus_first()
        else:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)


class LengthPage(QWidget):
    """The learner is chosen: the last note for next time, and 15, 20 or 30 minutes."""

    length_chosen = Signal(int)
    back_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.avatar = text_label()
        self.title = heading("")
        self.note = self._note_frame(library)
        self.buttons: dict[int, QPushButton] = {}
        for minutes in LENGTHS:
            button = big_button(self.tr("{n} minuten").format(n=minutes), library, CLOCK, 1.6, 56)
            button.setAutoDefault(True)
            button.setMinimumWidth(240)
            button.clicked.connect(lambda _=False, m=minutes: self.length_chosen.emit(m))
            self.buttons[minutes] = button
        self.back_button = back_button(library, self.tr("Andere leerling"))
        self.back_button.clicked.connect(self.back_requested.emit)
        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(self.avatar)
        top.addWidget(self.title, stretch=1)
        body = QVBoxLayout()
        body.setSpacing(20)
        body.addLayout(top)
        body.addWidget(self.note)
        body.addWidget(text_label(self.tr("Hoe lang oefenen jullie?"), 1.4, bold=True))
        body.addWidget(wrapping_row(*self.buttons.values(), spacing=20))
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(scrolled(body), stretch=1)
        layout.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def _note_frame(self, library: PictogramLibrary) -> QFrame:
        frame = QFrame()
        frame.setObjectName("lastNote")
        frame.setStyleSheet(NOTE_STYLE)
        self.note_title = text_label("", 1.1, bold=True)
        self.note_text = text_label("", 1.3)
        self.note_text.setTextFormat(Qt.TextFormat.PlainText)
        icon = text_label()
        icon.setPixmap(pictogram_pixmap(NOTE_ICON, library, 56))
        texts = QVBoxLayout()
        texts.addWidget(self.note_title)
        texts.addWidget(self.note_text)
        row = QHBoxLayout(frame)
        row.setContentsMargins(20, 14, 20, 14)
        row.setSpacing(16)
        row.addWidget(icon, alignment=Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, stretch=1)
        return frame

    def show_learner(self, learner: Learner, last: BuddySessionRecord | None) -> None:
        self.avatar.setPixmap(avatar_pixmap(learner.avatar, self.library, AVATAR_SIZE))
        self.title.setText(self.tr("Samen oefenen met {name}").format(name=learner.name))
        self.note.setVisible(last is not None)
        if last is not None:
            when = last.started_at.astimezone().strftime("%d-%m-%Y")
            self.note_title.setText(
                self.tr("Notitie van de vorige keer ({date}, {buddy}):").format(
                    date=when, buddy=last.buddy_name
                )
            )
            self.note_text.setText(last.next_note)
        self.buttons[LENGTHS[0]].setFocus(Qt.FocusReason.OtherFocusReason)
