"""The meeting player: the meeting line by line, a voice per speaker (or its own recording,
line by line), subtitles or just listen.

Keys: Space play/pause, Left/Right previous/next line, + and - faster/slower, T text on/off,
Escape back. Signals: done_requested() ("Klaar met luisteren"), back_requested(),
ended() (the last line was said).
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.meetings.model import Meeting
from vaktaal.core.meetings.playback import PlaybackState, PlayItem, faster, playlist, slower
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import dutch
from vaktaal.ui.fit import scrolled, side_by_side, wrapping_row
from vaktaal.ui.meetings.player_parts import (
    ListenPanel,
    RecordingBadge,
    SpeakerCard,
    Subtitles,
)
from vaktaal.ui.meetings.voice import MeetingVoice
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.widgets import big_button, heading, text_label

PLAY, PAUSE = "openmoji:25B6", "openmoji:23F8"
PREVIOUS, NEXT = "openmoji:23EE", "openmoji:23ED"
SLOW, FAST = "openmoji:1F422", "openmoji:1F407"
TEXT, DONE, BACK = "openmoji:1F4AC", "openmoji:2705", "openmoji:2B05"


class MeetingPlayer(QWidget):
    done_requested = Signal()
    back_requested = Signal()
    ended = Signal()

    def __init__(
        self, library: PictogramLibrary, voice: MeetingVoice, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.voice = voice
        self.items: tuple[PlayItem, ...] = ()
        self.state = PlaybackState(0)
        self.title = heading("", 1.8)
        self.situation = text_label("", 1.2)
        self.recorded = RecordingBadge(library)  # shown for a meeting made from a recording
        self.card = SpeakerCard(library)
        self.subtitles = Subtitles(library)
        self.listen_panel = ListenPanel(library)
        self.middle = QStackedWidget()
        self.middle.addWidget(self.subtitles)
        self.middle.addWidget(self.listen_panel)
        self.position = text_label("", 1.2, bold=True)
        self.speed_label = text_label("", 1.3, bold=True)
        self._make_buttons()
        self._build()
        self._make_shortcuts()
        self.subtitles.itemClicked.connect(lambda _i: self.go_to(self.subtitles.currentRow()))

    def _button(self, text: str, pictogram: str, action: object) -> QPushButton:
        button = big_button(text, self.library, pictogram, factor=1.2, icon_size=40)
        button.setAutoDefault(True)  # Enter presses it (Space is play/pause everywhere)
        button.clicked.connect(action)
        return button

    def _make_buttons(self) -> None:
        self.back_button = self._button(self.tr("Terug"), BACK, self.go_back)
        self.previous_button = self._button(self.tr("Vorige"), PREVIOUS, self.previous_line)
        self.play_button = self._button(self.tr("Afspelen"), PLAY, self.toggle_play)
        self.play_button.setProperty("role", "primary")
        self.play_button.setMinimumWidth(220)
        self._play_icon = self.play_button.icon()
        self._pause_icon = QIcon(pictogram_pixmap(PAUSE, self.library, 80))
        self.next_button = self._button(self.tr("Volgende"), NEXT, self.next_line)
        self.slower_button = self._button(self.tr("Langzamer"), SLOW, self.slower)
        self.faster_button = self._button(self.tr("Sneller"), FAST, self.faster)
        self.text_button = self._button(self.tr("Tekst uit"), TEXT, self.toggle_text)
        self.done_button = self._button(self.tr("Klaar met luisteren"), DONE, self.finish)

    def _build(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.situation)
        titles.addWidget(self.recorded)
        header.addSpacing(16)
        header.addLayout(titles, stretch=1)
        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.card)
        left.addWidget(self.position, alignment=Qt.AlignmentFlag.AlignHCenter)
        middle.addLayout(left)
        middle.addWidget(self.middle, stretch=1)
        controls = wrapping_row(  # on a small screen on two lines
            side_by_side(self.previous_button, self.play_button, self.next_button),
            side_by_side(self.slower_button, self.speed_label, self.faster_button),
            self.text_button,
            self.done_button,
            spacing=24,
        )
        body = QVBoxLayout()  # scrolls on a small screen (the focus stays in view)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(14)
        body.addLayout(middle, stretch=1)
        body.addWidget(controls)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 24, 16)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(scrolled(body), stretch=1)

    def _make_shortcuts(self) -> None:
        keys = {
            Qt.Key.Key_Space: self.toggle_play,
            Qt.Key.Key_Left: self.previous_line,
            Qt.Key.Key_Right: self.next_line,
            Qt.Key.Key_Plus: self.faster,
            Qt.Key.Key_Equal: self.faster,  # the + key without Shift
            Qt.Key.Key_Minus: self.slower,
            Qt.Key.Key_T: self.toggle_text,
            Qt.Key.Key_Escape: self.go_back,
        }
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def load(self, meeting: Meeting) -> None:
        """Show a meeting at its first line, paused, with the text on."""
        self.voice.stop()
        self.items = playlist(meeting)
        self.state = PlaybackState(len(self.items))
        self.title.setText(dutch(meeting.title))
        self.situation.setText(dutch(meeting.situation))
        self.recorded.setVisible(any(item.recording for item in self.items))
        self.subtitles.show_items(self.items)
        self._show()
        self.play_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_play(self) -> None:
        if self.state.playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.state.play():
            self._say_current()
        self._show()

    def pause(self) -> None:
        self.state.pause()
        self.voice.stop()
        self._show()

    def next_line(self) -> None:
        self.go_to(self.state.current + 1)

    def previous_line(self) -> None:
        self.go_to(self.state.current - 1)

    def go_to(self, index: int) -> None:
        """Jump to a line; when playing, say it from its start."""
        self.state.go_to(index)
        if self.state.playing:
            self._say_current()
        self._show()

    def faster(self) -> None:
        self.set_speed(faster(self.state.speed))

    def slower(self) -> None:
        self.set_speed(slower(self.state.speed))

    def set_speed(self, speed: float) -> None:
        """Change the speed; a line being said starts again at the new speed."""
        if speed == self.state.speed:
            return
        self.state.speed = speed
        if self.state.playing:
            self._say_current()
        self._show()

    def toggle_text(self) -> None:
        self.state.show_text = not self.state.show_text
        self._show()

    def finish(self) -> None:
        self.voice.stop()
        self.state.pause()
        self._show()
        self.done_requested.emit()

    def go_back(self) -> None:
        self.voice.stop()
        self.state.pause()
        self._show()
        self.back_requested.emit()

    def _say_current(self) -> None:
        self.voice.say(self.items[self.state.current], self.state.speed, self._line_done)

    def _line_done(self) -> None:
        if self.state.line_done():
            self._say_current()
        self._show()
        if self.state.at_end:
            self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ended.emit()

    def _show(self) -> None:
        state = self.state
        current = self.items[state.current] if self.items else None
        self.card.show_speaker(current)
        self.subtitles.highlight(state.current)
        self.middle.setCurrentWidget(self.subtitles if state.show_text else self.listen_panel)
        self._show_buttons()
        if state.at_end:
            self.position.setText(self.tr("Einde"))
        elif self.items:
            self.position.setText(
                self.tr("Zin {n} van {total}").format(n=state.current + 1, total=state.length)
            )

    def _show_buttons(self) -> None:
        state = self.state
        playing = state.playing
        self.play_button.setText(self.tr("Pauze") if playing else self.tr("Afspelen"))
        self.play_button.setIcon(self._pause_icon if playing else self._play_icon)
        self.play_button.setAccessibleName(self.play_button.text())
        self.previous_button.setEnabled(state.current > 0)
        self.next_button.setEnabled(state.current + 1 < state.length)
        self.slower_button.setEnabled(slower(state.speed) != state.speed)
        self.faster_button.setEnabled(faster(state.speed) != state.speed)
        self.speed_label.setText(f"{state.speed:g}×")
        self.speed_label.setAccessibleName(self.tr("Snelheid {speed}").format(speed=state.speed))
        self.text_button.setText(self.tr("Tekst uit") if state.show_text else self.tr("Tekst aan"))
        self.text_button.setAccessibleName(self.text_button.text())
