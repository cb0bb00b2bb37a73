"""AudioSpeaker: speak() returns at once, only the newest clip plays, no device means quiet."""

import logging
import threading
import time

import pytest

pytest.importorskip("pytestqt")

from vaktaal.speech.audio_library import AudioClip  # noqa: E402
from vaktaal.speech.synthesis import tiny_wav  # noqa: E402
from vaktaal.ui import audio_player  # noqa: E402
from vaktaal.ui.audio_player import NO_AUDIO, NO_DEVICE, AudioSpeaker  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402

WAIT_MS = 5000


class GatedLibrary:
    """A fake AudioLibrary whose audio_for waits until the test opens the gate."""

    def __init__(self, open_gate: bool = True) -> None:
        self.gate = threading.Event()
        if open_gate:
            self.gate.set()
        self.asked: list[tuple[str, str | None]] = []
        self.available = True

    def audio_for(self, text: str, own_recording_ref: str | None = None) -> AudioClip | None:
        self.asked.append((text, own_recording_ref))
        assert self.gate.wait(WAIT_MS / 1000), "the test never opened the gate"
        if text == "stil":
            return None
        return AudioClip(tiny_wav(text.encode()), ".wav", "espeak")


class FakePlayback:
    def __init__(self) -> None:
        self.events: list[str] = []

    def play(self, clip: AudioClip) -> None:
        self.events.append(f"play {clip.data[44:].decode()}")

    def stop(self) -> None:
        self.events.append("stop")


@pytest.fixture
def speakers(qtbot):
    made: list[AudioSpeaker] = []
    tasks = TaskManager()

    def make(library: GatedLibrary, **kwargs: object) -> AudioSpeaker:
        speaker = AudioSpeaker(library, tasks, **kwargs)
        made.append(speaker)
        return speaker

    yield make
    for speaker in made:
        speaker.close()
    tasks.shutdown()


@pytest.fixture
def device(monkeypatch):
    """Pretend there is (True) or is not (False) an audio output device."""
    present = {"value": False}
    monkeypatch.setattr(audio_player, "has_output_device", lambda: present["value"])
    return present


def test_speak_returns_at_once_while_the_clip_is_still_being_made(qtbot, speakers, device):
    library = GatedLibrary(open_gate=False)
    speaker = speakers(library)

    started = time.perf_counter()
    speaker.speak("de heftruck")
    elapsed = time.perf_counter() - started

    assert elapsed < 0.050
    qtbot.waitUntil(lambda: library.asked == [("de heftruck", None)], timeout=WAIT_MS)
    with qtbot.waitSignal(speaker.quiet, timeout=WAIT_MS) as quiet:
        library.gate.set()
    assert quiet.args == [NO_DEVICE]


def test_without_a_device_it_logs_once_and_stays_quiet(qtbot, speakers, device, caplog):
    speaker = speakers(GatedLibrary())

    with caplog.at_level(logging.WARNING, logger="vaktaal.ui.audio_player"):
        for word in ("de helm", "de pallet", "de bril"):
            with qtbot.waitSignal(speaker.quiet, timeout=WAIT_MS) as quiet:
                speaker.speak(word)
            assert quiet.args == [NO_DEVICE]

    assert caplog.text.count("no audio output device") == 1


def test_no_audio_at_all_is_quiet(qtbot, speakers, device):
    device["value"] = True
    speaker = speakers(GatedLibrary(), playback=FakePlayback())

    with qtbot.waitSignal(speaker.quiet, timeout=WAIT_MS) as quiet:
        speaker.speak("stil")

    assert quiet.args == [NO_AUDIO]


def test_a_new_request_stops_the_clip_and_only_the_newest_plays(qtbot, speakers, device):
    device["value"] = True
    library = GatedLibrary()
    playback = FakePlayback()
    speaker = speakers(library, playback=playback)
    with qtbot.waitSignal(speaker.playing, timeout=WAIT_MS):
        speaker.speak("een")
    library.gate.clear()

    speaker.speak("twee")  # fetched while ...
    qtbot.waitUntil(lambda: len(library.asked) == 2, timeout=WAIT_MS)
    speaker.speak("drie")  # ... this one comes in
    with qtbot.waitSignal(speaker.playing, timeout=WAIT_MS) as playing:
        library.gate.set()

    assert playing.args[0].data[44:] == b"drie"
    assert playback.events == ["stop", "play een", "stop", "stop", "play drie"]
    assert [text for text, _ref in library.asked] == ["een", "twee", "drie"]


def test_speak_clip_passes_the_own_recording_on(qtbot, speakers, device):
    library = GatedLibrary()
    speaker = speakers(library)

    with qtbot.waitSignal(speaker.quiet, timeout=WAIT_MS):
        speaker.speak_clip("de heftruck", "stored:" + "a" * 64)

    assert library.asked == [("de heftruck", "stored:" + "a" * 64)]
    assert speaker.available


def test_real_qt_playback_does_not_crash_without_sound_hardware(qtbot, speakers, device, tmp_path):
    """QtMultimedia itself, told there is a device where there is none (offscreen CI)."""
    device["value"] = True
    speaker = speakers(GatedLibrary())

    for word in ("een", "twee"):
        with qtbot.waitSignal(speaker.playing, timeout=WAIT_MS) as playing:
            speaker.speak(word)
        assert playing.args[0].path is None  # played from memory
    path = tmp_path / "clip.wav"
    path.write_bytes(tiny_wav(b"drie" * 400))
    library = GatedLibrary()
    library.audio_for = lambda text, ref=None: AudioClip(path.read_bytes(), ".wav", "cache", path)
    file_speaker = speakers(library)
    with qtbot.waitSignal(file_speaker.playing, timeout=WAIT_MS):
        file_speaker.speak("drie")
    speaker.stop()
    file_speaker.stop()
