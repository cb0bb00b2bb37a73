"""The real meeting voice: clips fetched in the background, a voice and rate per line (cached),
and without audio it still moves on after about as long as the line takes."""

import shutil

import pytest
from player_meetings import dagstart  # noqa: I001

from vaktaal.core.meetings.playback import playlist
from vaktaal.speech.audio_library import AudioClip, AudioLibrary
from vaktaal.ui.meetings.voice import QtMeetingVoice, library_fetcher


def test_without_audio_the_line_ends_after_its_time(qtbot, tasks) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, float]] = []

    def no_clip(item, speed) -> AudioClip | None:  # type: ignore[no-untyped-def]
        asked.append((item.text, speed))
        return None

    voice = QtMeetingVoice(no_clip, tasks)
    done: list[str] = []
    item = playlist(dagstart())[3]
    voice.say(item, 1.25, lambda: done.append("done"))
    qtbot.waitUntil(lambda: done == ["done"], timeout=5000)
    assert asked == [(item.text, 1.25)]
    voice.close()


def test_stop_means_the_line_never_reports_done(qtbot, tasks) -> None:  # type: ignore[no-untyped-def]
    voice = QtMeetingVoice(lambda item, speed: None, tasks)
    done: list[str] = []
    voice.say(playlist(dagstart())[3], 1.25, lambda: done.append("done"))
    voice.stop()
    qtbot.wait(2500)
    assert done == []
    voice.close()


def test_a_failing_fetch_still_moves_on(qtbot, tasks) -> None:  # type: ignore[no-untyped-def]
    def broken(item, speed) -> AudioClip | None:  # type: ignore[no-untyped-def]
        raise OSError("no space left")

    voice = QtMeetingVoice(broken, tasks)
    done: list[str] = []
    voice.say(playlist(dagstart())[3], 2.0, lambda: done.append("done"))
    qtbot.waitUntil(lambda: done == ["done"], timeout=5000)
    voice.close()


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_each_voice_and_speed_is_made_once_and_then_cached(tmp_path) -> None:  # type: ignore[no-untyped-def]
    audio = AudioLibrary(tmp_path / "cache", [], media=lambda ref: None)
    fetch = library_fetcher(audio)
    sanne, ahmad = playlist(dagstart())[0], playlist(dagstart())[1]
    first = fetch(sanne, 1.0)
    assert first is not None and first.source == "espeak" and first.data.startswith(b"RIFF")
    again = fetch(sanne, 1.0)
    assert again is not None and again.source == "cache" and again.data == first.data
    slow = fetch(sanne, 0.75)
    other = fetch(ahmad.__class__(**{**ahmad.__dict__, "text": sanne.text}), 1.0)
    assert slow is not None and slow.source == "espeak" and len(slow.data) > len(first.data)
    assert other is not None and other.source == "espeak" and other.data != first.data


def test_a_lines_own_recording_comes_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    recording = tmp_path / "regel.wav"
    recording.write_bytes(b"RIFF-own-recording")
    audio = AudioLibrary(tmp_path / "cache", [], media=lambda ref: None)
    item = playlist(dagstart())[0]
    own = item.__class__(**{**item.__dict__, "audio": str(recording)})
    clip = library_fetcher(audio)(own, 0.75)
    assert clip is not None and clip.source == "recording" and clip.data == b"RIFF-own-recording"
