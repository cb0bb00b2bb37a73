"""The playlist and the player's state, without Qt."""

from player_meetings import LINES, SPEAKERS, dagstart

from vaktaal.core.meetings.model import Line, Meeting, Speaker
from vaktaal.core.meetings.playback import (
    SPEEDS,
    PlaybackState,
    estimated_seconds,
    faster,
    playlist,
    role_pictogram,
    slower,
    speaker_voices,
    words_per_minute,
)


def test_each_line_has_its_speakers_name_role_voice_and_pictogram() -> None:
    items = playlist(dagstart())
    assert [i.text for i in items] == [line.text for line in LINES]
    first, second = items[0], items[1]
    assert (first.name, first.role, first.voice) == ("Sanne", "teamleider", "nl+f3")
    assert (second.name, second.role) == ("Ahmad", "servicedesk")
    assert items[2].voice == first.voice and items[2].pictogram == first.pictogram
    assert second.pictogram != first.pictogram


def test_speakers_without_a_voice_get_different_ones_not_taken_by_others() -> None:
    voices = speaker_voices(dagstart())
    assert voices["sanne"] == "nl+f3"
    assert len(set(voices.values())) == len(SPEAKERS)
    crowd = tuple(Speaker(f"s{i}", f"S{i}", "") for i in range(4))
    meeting = Meeting("m", "t", "s", crowd, (Line("s0", "Hoi"),), ())
    assert len(set(speaker_voices(meeting).values())) == 4


def test_a_line_by_an_unknown_speaker_still_plays_with_the_id_as_name() -> None:
    meeting = Meeting("m", "t", "s", SPEAKERS, (Line("onbekend", "Hallo"),), ())
    [item] = playlist(meeting)
    assert (item.name, item.role) == ("onbekend", "")


def test_speeds_step_within_the_range_and_set_the_espeak_rate() -> None:
    assert faster(1.0) == 1.25 and faster(SPEEDS[-1]) == SPEEDS[-1]
    assert slower(1.0) == 0.75 and slower(SPEEDS[0]) == SPEEDS[0]
    assert words_per_minute(0.75) < words_per_minute(1.0) < words_per_minute(1.25)
    text = "Dat doe ik na de koffie."
    assert estimated_seconds(text, 0.75) > estimated_seconds(text, 1.25)
    assert estimated_seconds(text + " En daarna de rest.", 1.0) > estimated_seconds(text, 1.0)


def test_state_goes_line_by_line_to_the_end_and_starts_over_on_play() -> None:
    state = PlaybackState(3)
    assert state.play() and state.playing
    assert state.line_done() and state.current == 1
    assert state.line_done() and state.current == 2
    assert not state.line_done()
    assert state.at_end and not state.playing and state.current == 2
    assert state.play() and state.current == 0 and not state.at_end


def test_going_to_a_line_stays_inside_the_meeting() -> None:
    state = PlaybackState(3)
    state.go_to(7)
    assert state.current == 2
    state.go_to(-1)
    assert state.current == 0
    assert not PlaybackState(0).play()


def test_the_pictogram_shows_the_work_of_the_role_else_a_person() -> None:
    leader, fitter = role_pictogram("Teamleider", 0), role_pictogram("monteur buiten", 1)
    assert leader != fitter and "1F4BC" in leader and "1F527" in fitter
    strangers = {role_pictogram("gast", position) for position in range(3)}
    assert len(strangers) == 3 and leader not in strangers
