"""The meeting player through its widgets and keys, with a fake voice on a fake clock."""

import pytest
from player_meetings import LINES, dagstart
from PySide6.QtCore import Qt

from vaktaal.ui.meetings.player import MeetingPlayer
from vaktaal.ui.meetings.voice import FakeMeetingVoice

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def voice() -> FakeMeetingVoice:
    return FakeMeetingVoice()


@pytest.fixture
def player(library, voice, on_screen) -> MeetingPlayer:  # type: ignore[no-untyped-def]
    player = MeetingPlayer(library, voice)
    on_screen(player)
    player.load(dagstart())
    return player


def highlighted(player: MeetingPlayer) -> str:
    item = player.subtitles.currentItem()
    assert item is not None and item.font().bold()
    return item.text()


def test_space_plays_line_by_line_with_each_speakers_voice(player, voice, press) -> None:  # type: ignore[no-untyped-def]
    assert player.play_button.hasFocus() and not voice.said
    press(Qt.Key.Key_Space)
    assert voice.said == [(LINES[0].text, "nl+f3", 1.0)]
    assert player.play_button.text() == "Pauze"
    assert "Sanne (teamleider)" in highlighted(player) and player.card.name.text() == "Sanne"
    voice.finish()
    assert voice.said[-1][0] == LINES[1].text and voice.said[-1][1] != "nl+f3"
    assert LINES[1].text in highlighted(player) and player.card.role.text() == "servicedesk"
    assert player.position.text() == "Zin 2 van 5"


def test_the_highlight_follows_the_clock(player, voice, press) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_Space)
    voice.advance(0.5)
    assert player.subtitles.currentRow() == 0
    voice.advance(30)
    assert player.subtitles.currentRow() == len(LINES) - 1
    item = player.subtitles.currentItem()
    assert item is not None and player.subtitles.visualItemRect(item).intersects(
        player.subtitles.viewport().rect()
    ), "the current line is scrolled into view"


def test_space_pauses_and_the_voice_stops(player, voice, press) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Space)
    assert not voice.speaking and player.play_button.text() == "Afspelen"
    voice.advance(60)
    assert player.subtitles.currentRow() == 0, "paused: nothing moves on"
    press(Qt.Key.Key_Space)
    assert voice.said[-1][0] == LINES[0].text, "play again: the line from its start"


def test_right_and_left_move_between_lines(player, voice, press) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)
    assert player.subtitles.currentRow() == 2 and not voice.said, "paused: only the highlight"
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Left)
    assert player.subtitles.currentRow() == 1
    assert voice.said[-1][0] == LINES[1].text, "playing: the line is said from its start"
    assert player.previous_button.isEnabled()
    press(Qt.Key.Key_Left)
    assert not player.previous_button.isEnabled()


def test_plus_and_minus_change_the_speed_and_restart_the_line(player, voice, press) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Plus)
    assert voice.said[-1] == (LINES[0].text, "nl+f3", 1.25)
    assert player.speed_label.text() == "1.25×" and not player.faster_button.isEnabled()
    press(Qt.Key.Key_Minus)
    press(Qt.Key.Key_Minus)
    assert voice.said[-1][2] == 0.75 and not player.slower_button.isEnabled()
    voice.finish()
    assert voice.said[-1] == (LINES[1].text, voice.said[-1][1], 0.75), "the speed stays"


def test_t_hides_the_text_but_keeps_who_speaks(player, voice, press) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_T)
    assert not player.subtitles.isVisible() and player.listen_panel.isVisible()
    assert player.text_button.text() == "Tekst aan"
    press(Qt.Key.Key_Space)
    voice.finish()
    assert player.card.name.text() == "Ahmad" and player.card.name.isVisible()
    qt_click(player.text_button)
    assert player.subtitles.isVisible() and player.subtitles.currentRow() == 1


def test_the_end_stops_and_offers_klaar_met_luisteren(qtbot, player, voice, press) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_Space)
    with qtbot.waitSignal(player.ended, timeout=1000):
        voice.advance(60)
    assert not player.state.playing and player.position.text() == "Einde"
    assert player.done_button.hasFocus() and player.play_button.text() == "Afspelen"
    with qtbot.waitSignal(player.done_requested, timeout=1000):
        press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Space)
    assert voice.said[-1][0] == LINES[0].text, "play after the end: from the top"


def test_escape_goes_back_and_stops(qtbot, player, voice, press) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_Space)
    with qtbot.waitSignal(player.back_requested, timeout=1000):
        press(Qt.Key.Key_Escape)
    assert not voice.speaking


def test_clicking_a_line_jumps_there(qtbot, player, voice) -> None:  # type: ignore[no-untyped-def]
    player.play()
    item = player.subtitles.item(3)
    rect = player.subtitles.visualItemRect(item)
    qtbot.mouseClick(player.subtitles.viewport(), LEFT, pos=rect.center())
    assert player.subtitles.currentRow() == 3 and voice.said[-1][0] == LINES[3].text


def qt_click(button) -> None:  # type: ignore[no-untyped-def]
    button.click()
