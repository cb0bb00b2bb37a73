"""A meeting made from a recording plays that recording, line by line by its times, with the
player's own controls: pause, slower and faster, the text on and off."""

import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from recorded_meeting import (
    LENGTH,
    PARTS,
    clip_pitch,
    clip_seconds,
    recorded_meeting,
    write_mp3,
    write_wav,
)

from vaktaal.core.meetings.playback import playlist, recording_slices
from vaktaal.speech.audio_library import AudioClip, AudioLibrary
from vaktaal.speech.meeting_recording import RecordingProblem, RecordingSlicer
from vaktaal.ui.audio_player import has_output_device
from vaktaal.ui.meetings.player import MeetingPlayer
from vaktaal.ui.meetings.voice import QtMeetingVoice, library_fetcher

PITCHES = [pitch for _start, _end, pitch in PARTS]


class FakeLinePlayer:
    """Records each clip and rate it is asked to play; `end()` ends the clip playing."""

    def __init__(self) -> None:
        self.played: list[tuple[AudioClip, float]] = []
        self.stops = 0
        self._on_end = None

    def play(self, clip, rate, on_end, on_error) -> None:  # type: ignore[no-untyped-def]
        self.played.append((clip, rate))
        self._on_end = on_end

    def stop(self) -> None:
        self.stops += 1
        self._on_end = None

    def end(self) -> None:
        on_end, self._on_end = self._on_end, None
        assert on_end is not None, "nothing is playing"
        on_end()

    def pitches(self) -> list[int]:
        return [_nearest(clip_pitch(clip)) for clip, _rate in self.played]


def _nearest(pitch: float) -> int:
    return min(PITCHES, key=lambda known: abs(known - pitch))


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    return write_wav(tmp_path / "dagstart.wav")


def library(tmp_path: Path, stored: Path | None = None) -> AudioLibrary:
    return AudioLibrary(tmp_path / "cache", [], media=lambda ref: stored)


def test_each_line_gets_its_part_of_the_recording() -> None:
    meeting = recorded_meeting("/x/dagstart.wav")
    assert recording_slices(meeting) == [(0.2, 1.0), (1.3, 2.2), (2.2, None)]
    items = playlist(meeting)
    assert {i.recording for i in items} == {"/x/dagstart.wav"}
    assert [(i.start, i.end) for i in items] == [(0.2, 1.0), (1.3, 2.2), (2.2, None)]
    without = recorded_meeting("/x/d.wav").__class__(**{**vars(meeting), "recording": None})
    assert recording_slices(without) == [None, None, None]
    assert all(item.recording is None for item in playlist(without))


@pytest.mark.parametrize("write", [write_wav, write_mp3], ids=["wav", "mp3"])
def test_the_slicer_cuts_each_line_from_a_wav_or_mp3(tmp_path, write) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / f"opname{'.wav' if write is write_wav else '.mp3'}")
    slicer = RecordingSlicer(tmp_path / "cache")
    clips = [slicer.clip(path, start, end) for start, end in [(0.2, 1.0), (1.3, 2.2), (2.2, None)]]
    assert all(clip is not None and clip.source == "recording" for clip in clips)
    tolerance = 0.01 if write is write_wav else 0.1  # MP3 adds a little silence (encoder delay)
    assert [clip_seconds(c) for c in clips] == pytest.approx(
        [0.8, 0.9, LENGTH - 2.2], abs=tolerance
    )  # type: ignore[arg-type]
    assert [_nearest(clip_pitch(c)) for c in clips] == PITCHES  # type: ignore[arg-type]
    assert slicer.clip(path, LENGTH + 5, None) is None  # after the end: nothing


def test_an_mp3_is_decoded_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_mp3(tmp_path / "opname.mp3")
    RecordingSlicer(tmp_path / "cache").clip(path, 0.2, 1.0)
    [decoded] = (tmp_path / "cache" / "recordings").glob("*.wav")
    made = decoded.stat().st_mtime_ns
    again = RecordingSlicer(tmp_path / "cache")  # the next meeting, or the next app start
    assert again.readable(path) == decoded and decoded.stat().st_mtime_ns == made
    wav = write_wav(tmp_path / "opname.wav")
    assert again.readable(wav) == wav  # a 16-bit WAV is read in place


def test_an_unreadable_recording_is_a_problem_and_the_voice_says_the_line(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "kapot.mp3"
    broken.write_bytes(b"no audio at all" * 100)
    with pytest.raises(RecordingProblem):
        RecordingSlicer(tmp_path / "cache").clip(broken, 0.0, 1.0)
    item = playlist(recorded_meeting(str(broken)))[0]
    spoken = AudioClip(b"RIFF-voice", ".wav", "espeak")

    fetch = library_fetcher(library(tmp_path))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(AudioLibrary, "audio_for", lambda self, text, ref=None: spoken)
        assert fetch(item, 1.0) == spoken
    assert "cannot be played" in caplog.text


def test_a_stored_recording_and_the_lines_own_audio_come_first(tmp_path, recording) -> None:  # type: ignore[no-untyped-def]
    item = playlist(recorded_meeting("stored:abc"))[1]
    fetch = library_fetcher(library(tmp_path, stored=recording))
    clip = fetch(item, 1.0)
    assert clip is not None and clip.source == "recording" and _nearest(clip_pitch(clip)) == 880
    own = tmp_path / "eigen.wav"
    own.write_bytes(b"RIFF-own-line")
    with_own = item.__class__(**{**vars(item), "audio": str(own)})
    assert fetch(with_own, 1.0).data == b"RIFF-own-line"  # type: ignore[union-attr]


@pytest.fixture
def player(qtbot, tasks, tmp_path, recording, on_screen):  # type: ignore[no-untyped-def]
    from vaktaal.core.pictograms import PictogramLibrary
    from vaktaal.paths import Paths

    fake = FakeLinePlayer()
    voice = QtMeetingVoice(
        library_fetcher(library(tmp_path)), tasks, player=fake, has_output=lambda: True
    )
    widget = MeetingPlayer(PictogramLibrary(Paths.create(tmp_path / "p").assets_dir), voice)
    on_screen(widget)
    widget.load(recorded_meeting(str(recording)))
    yield widget, fake
    voice.close()


def test_the_player_plays_the_recording_line_by_line(qtbot, player) -> None:  # type: ignore[no-untyped-def]
    widget, fake = player
    assert widget.recorded.isVisible()  # "Echte opname"
    widget.play()
    qtbot.waitUntil(lambda: len(fake.played) == 1)
    assert fake.pitches() == [440] and fake.played[0][1] == 1.0
    assert widget.subtitles.currentRow() == 0
    fake.end()
    qtbot.waitUntil(lambda: len(fake.played) == 2)
    assert fake.pitches() == [440, 880] and widget.subtitles.currentRow() == 1
    fake.end()
    qtbot.waitUntil(lambda: len(fake.played) == 3)
    fake.end()
    qtbot.waitUntil(lambda: widget.state.at_end)
    assert fake.pitches() == [440, 880, 1320]
    assert [round(clip_seconds(clip), 2) for clip, _rate in fake.played] == [0.8, 0.9, 0.8]
    widget.load(replace(recorded_meeting("x.wav"), recording=None))  # voices, no recording
    assert not widget.recorded.isVisible()


def test_slower_faster_pause_and_jumping_keep_to_the_recording(qtbot, player) -> None:  # type: ignore[no-untyped-def]
    widget, fake = player
    widget.play()
    qtbot.waitUntil(lambda: len(fake.played) == 1)
    widget.slower()  # the line starts again, slower
    qtbot.waitUntil(lambda: len(fake.played) == 2)
    assert fake.pitches() == [440, 440] and fake.played[1][1] == 0.75
    widget.faster()
    widget.faster()  # quickly twice: only the newest speed plays
    qtbot.waitUntil(lambda: len(fake.played) == 3)
    assert fake.played[-1][1] == 1.25 and fake.pitches()[-1] == 440
    qtbot.keyClick(widget, Qt.Key.Key_Right)  # the next line, from its start
    qtbot.waitUntil(lambda: len(fake.played) == 4)
    assert fake.pitches()[-1] == 880 and fake.played[-1][1] == 1.25
    stops = fake.stops
    qtbot.keyClick(widget, Qt.Key.Key_Space)  # pause
    assert not widget.state.playing and fake.stops > stops
    qtbot.wait(200)
    assert len(fake.played) == 4  # nothing more plays while paused
    qtbot.keyClick(widget, Qt.Key.Key_T)  # just listen: the text is hidden, the sound the same
    assert widget.middle.currentWidget() is widget.listen_panel
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(fake.played) == 5)
    assert fake.pitches()[-1] == 880


def test_without_an_audio_device_a_line_takes_its_recorded_time(
    qtbot, tasks, tmp_path, recording
) -> None:  # type: ignore[no-untyped-def]
    fake = FakeLinePlayer()
    voice = QtMeetingVoice(
        library_fetcher(library(tmp_path)), tasks, player=fake, has_output=lambda: False
    )
    done: list[float] = []
    started = time.monotonic()
    voice.say(
        playlist(recorded_meeting(str(recording)))[0], 2.0, lambda: done.append(time.monotonic())
    )
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert fake.played == []
    assert 0.35 <= done[0] - started < 1.5  # 0.8 s of recording at double speed
    voice.close()


@pytest.mark.skipif(
    not has_output_device(), reason="no audio output device (CI's audio job has one)"
)
def test_a_slice_plays_to_its_end_on_the_real_audio_path(qtbot, tasks, tmp_path, recording) -> None:  # type: ignore[no-untyped-def]
    voice = QtMeetingVoice(library_fetcher(library(tmp_path)), tasks)
    done: list[str] = []
    started = time.monotonic()
    voice.say(playlist(recorded_meeting(str(recording)))[1], 1.0, lambda: done.append("done"))
    qtbot.waitUntil(lambda: done == ["done"], timeout=10_000)
    assert time.monotonic() - started >= 0.8  # it played (0.9 s), it did not just give up
    voice.close()
