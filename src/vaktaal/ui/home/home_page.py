"""The learner's home: hello, today's goal, the days in a row, one big 'Oefenen', the decks."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.fit import TitleAndTools, scrolled, side_by_side, wrapping_row
from vaktaal.ui.home.deck_cards import DeckCards
from vaktaal.ui.home.parts import PAGE_STYLE, facts
from vaktaal.ui.home.sound_toggle import SoundToggle
from vaktaal.ui.home.text_size_buttons import TextSizeButtons
from vaktaal.ui.home.today_panel import TodayPanel
from vaktaal.ui.no_sound_note import NoSoundNote
from vaktaal.ui.profiles.avatars import avatar_pixmap
from vaktaal.ui.widgets import big_button, heading, text_label
from vaktaal.usecases.learners import Learner
from vaktaal.usecases.practice import HomeOverview

AVATAR_SIZE = 72
PLAY = "openmoji:25B6"
CHART = "openmoji:1F4CA"
DOOR = "openmoji:1F6AA"
MICROPHONE = "openmoji:1F3A4"
MEETING = "openmoji:1F465"


class HomePage(QWidget):
    """Signals: practice_requested(deck id; "" = all decks), progress_requested(),
    text_size_requested("normal" | "large" | "xlarge"), autoplay_requested(on),
    logout_requested()."""

    practice_requested = Signal(str)
    progress_requested = Signal()
    text_size_requested = Signal(str)
    autoplay_requested = Signal(bool)  # words play by themselves, or only on a click
    logout_requested = Signal()
    speech_requested = Signal()
    meetings_requested = Signal()  # the meetings to listen to (ui/meetings)

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.learner: Learner | None = None
        self.setObjectName("page")
        self.setStyleSheet(PAGE_STYLE)
        self.avatar = text_label()
        self.greeting = heading("", 2.0)
        self.today = TodayPanel(library)
        self.practice_button = big_button(self.tr("Oefenen"), library, PLAY, 2.0, icon_size=64)
        self.practice_button.setProperty("role", "primary")
        self.practice_button.setMinimumHeight(140)
        self.practice_button.clicked.connect(lambda: self.practice_requested.emit(""))
        self.practice_text = text_label("", 1.3)
        self.practice_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.decks = DeckCards(library)
        self.decks.practice_requested.connect(self.practice_requested.emit)
        self.progress_button = self._small_button(self.tr("Voortgang"), CHART)
        self.progress_button.clicked.connect(self.progress_requested.emit)
        self.text_size = TextSizeButtons()
        self.text_size.requested.connect(self.text_size_requested.emit)
        self.sound_toggle = SoundToggle(library)
        self.sound_toggle.requested.connect(self.autoplay_requested.emit)
        self.stop_button = self._small_button(self.tr("Stoppen"), DOOR)
        self.stop_button.clicked.connect(self.logout_requested.emit)
        self.speech_button = self._small_button(self.tr("Spreken: even laden…"), MICROPHONE)
        self.speech_button.clicked.connect(self.speech_requested.emit)
        self.meetings_button = self._small_button(self.tr("Vergaderingen"), MEETING)
        self.meetings_button.clicked.connect(self.meetings_requested.emit)
        self.sound_note = NoSoundNote(library)  # only while the PC has no audio output
        self._build()

    def _small_button(self, text: str, pictogram: str) -> QPushButton:
        button = big_button(text, self.library, pictogram, factor=1.0, icon_size=32)
        button.setAutoDefault(True)  # Enter works as Space
        return button

    def _build(self) -> None:
        settings = side_by_side(self.text_size, self.sound_toggle, spacing=4)  # the learner's
        # On a small screen (or with big text) the buttons go under the greeting, and wrap.
        tools = wrapping_row(self.progress_button, settings, self.stop_button, spacing=24)
        header = TitleAndTools(self.greeting, tools, lead=self.avatar)
        practice = QVBoxLayout()
        practice.setSpacing(12)
        practice.addWidget(self.practice_button)
        practice.addWidget(self.practice_text)
        practice.addWidget(self.speech_button, alignment=Qt.AlignmentFlag.AlignHCenter)
        practice.addWidget(self.meetings_button, alignment=Qt.AlignmentFlag.AlignHCenter)
        practice.addWidget(self.sound_note, alignment=Qt.AlignmentFlag.AlignHCenter)
        practice.addStretch(1)
        middle = QHBoxLayout()
        middle.setSpacing(32)
        middle.addWidget(self.today, stretch=3)
        middle.addLayout(practice, stretch=2)
        body = QVBoxLayout()  # scrolls when the screen is too small for it
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(20)
        body.addLayout(middle)
        body.addWidget(heading(self.tr("Jouw pakketten"), 1.4))
        body.addWidget(self.decks)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(header)
        layout.addWidget(scrolled(body), stretch=1)
        self.practice_button.setAutoDefault(True)

    def show_overview(self, learner: Learner, overview: HomeOverview) -> None:
        """Show this learner's day; the focus goes to 'Oefenen' when there is something to do."""
        self.learner = learner
        self.avatar.setPixmap(avatar_pixmap(learner.avatar, self.library, AVATAR_SIZE))
        self.avatar.setAccessibleName(learner.name)
        self.greeting.setText(self.tr("Hallo {name}").format(name=learner.name))
        self.today.show_today(overview)
        self.decks.show_decks(overview.decks)
        self._show_practice(overview)

    def set_speech_state(self, state: str) -> None:
        """Whether speaking exercises can be done: the button opens the explanation."""
        texts = {
            "loading": self.tr("Spreken: even laden…"),
            "ready": self.tr("Spreken: klaar"),
            "missing": self.tr("Spreken: nog niet klaar"),
            "broken": self.tr("Spreken: werkt niet"),
            "other": self.tr("Spreken: nog niet klaar"),  # the staff page says why
        }
        text = texts.get(state, texts["broken"])
        self.speech_button.setText(text)
        self.speech_button.setAccessibleName(text)

    def set_text_size(self, size: str) -> None:
        """Mark the learner's current text size."""
        self.text_size.set_current(size)

    def set_autoplay(self, on: bool) -> None:
        """Show whether words play by themselves for this learner."""
        self.sound_toggle.set_on(on)

    def _show_practice(self, overview: HomeOverview) -> None:
        new = sum(deck.new for deck in overview.decks)
        can_practise = overview.due + new > 0
        self.practice_button.setEnabled(can_practise)
        if can_practise:
            text = facts(
                self.tr("{n} te oefenen").format(n=overview.due),
                self.tr("{n} nieuw").format(n=new),
            )
        elif overview.decks:
            text = self.tr("Alles geoefend voor vandaag!")
        else:
            text = self.tr("Er zijn nog geen woorden voor jou. Vraag je begeleider.")
        self.practice_text.setText(text)
        self.practice_button.setAccessibleDescription(text)
        focus = self.practice_button if can_practise else self.progress_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
