"""From the learner's home: 'Vergaderingen' -> the list -> the player -> the exercises (or the
'well listened' page) -> back to the list -> home. A fake store, voice and exercises."""

import pytest
from player_meetings import LINES, FakeMeetings, dagstart
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.bidi import plain
from vaktaal.ui.launcher import create_window
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.meetings.meeting_flow import MeetingFlow
from vaktaal.ui.meetings.voice import FakeMeetingVoice


class FakeExercises(QWidget):
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.started: list[tuple[str, str, int]] = []

    def start(self, installed, learner_id: int) -> None:  # type: ignore[no-untyped-def]
        self.started.append((installed.deck_id, installed.meeting.id, learner_id))


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:  # type: ignore[no-untyped-def]
    services = open_backend(tmp_path, speaker=FakeSpeaker())
    install_bundled_decks(services)
    amal = services.learners.add("Amal", ["ar"], decks=["it-servicedesk"])
    services.close()
    window = create_window(tmp_path, speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=20_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    controller = window.controller
    assert controller is not None
    controller.choose_learner(amal)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    return window


def flow_of(window: MainWindow) -> MeetingFlow:
    flow = window.controller.meetings  # type: ignore[union-attr]
    assert isinstance(flow, MeetingFlow)
    flow.meetings = FakeMeetings(dagstart())
    flow.voice = flow.player.voice = FakeMeetingVoice()
    return flow


def key(qtbot, name: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, name)


def listen_to_the_end(qtbot, window: MainWindow, flow: MeetingFlow) -> None:  # type: ignore[no-untyped-def]
    window.home.meetings_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.list_page)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.player)
    assert plain(flow.player.title.text()) == "Dagstart servicedesk"  # Arabic UI: isolated
    key(qtbot, Qt.Key.Key_Space)
    assert isinstance(flow.voice, FakeMeetingVoice)
    flow.voice.advance(120)
    assert flow.voice.said[-1][0] == LINES[-1].text and flow.player.done_button.hasFocus()
    key(qtbot, Qt.Key.Key_Return)


def test_home_to_player_to_exercises_and_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    flow = flow_of(window)
    exercises = FakeExercises()
    flow.make_exercises = lambda: exercises
    listen_to_the_end(qtbot, window, flow)
    assert window.stack.currentWidget() is exercises
    learner = window.controller.learner  # type: ignore[union-attr]
    assert exercises.started == [("it-servicedesk", "dagstart-maandag", learner.id)]
    exercises.finished.emit()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.list_page)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)


def test_without_exercises_a_well_listened_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    flow = flow_of(window)
    flow.make_exercises = lambda: None
    listen_to_the_end(qtbot, window, flow)
    assert window.stack.currentWidget() is flow.listened
    assert plain(flow.listened.title.text()) == "Dagstart servicedesk"
    flow.listened.again_button.click()
    assert window.stack.currentWidget() is flow.player and flow.player.state.playing
    flow.player.finish()
    flow.listened.list_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.list_page)


def test_back_from_the_player_stops_the_voice(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    flow = flow_of(window)
    flow.open_meeting("dagstart-maandag")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.player)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.list_page)
    assert isinstance(flow.voice, FakeMeetingVoice) and not flow.voice.speaking


def test_a_meeting_gone_meanwhile_shows_the_list_again(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    flow = flow_of(window)
    flow.open_meeting("bestaat-niet")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.list_page)
    assert flow.list_page.meetings.count() == 1


def test_the_real_exercises_follow_a_bundled_meeting(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from vaktaal.ui.meetings.exercises import MeetingExercises

    flow = window.controller.meetings  # type: ignore[union-attr]
    flow.voice = flow.player.voice = FakeMeetingVoice()
    flow.open_meeting("dagstart")  # decks/it-servicedesk/meetings/dagstart.toml
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.player, timeout=10_000)
    flow.player.finish()
    flow.after_listening()
    exercises = window.stack.currentWidget()
    assert isinstance(exercises, MeetingExercises)
    assert exercises.meeting is not None and exercises.meeting.id == "dagstart"
    assert exercises.deck_id == "it-servicedesk"
    assert exercises.tasks is window.tasks  # the app's task manager: writes finish on closing
    assert exercises.summary.speech is not None  # the summary can also be said
