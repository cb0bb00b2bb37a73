"""Playback on the real stack: a word said by the app's own audio path (the AudioLibrary with
the offline espeak-ng voice, AudioSpeaker, QMediaPlayer on PulseAudio) reaches the speaker.

Run by test_real_audio.py in a process of its own (see real_audio_setup.py)."""

from pathlib import Path

import pytest
from real_audio_setup import VirtualAudio

from vaktaal.speech.audio_library import AudioClip, AudioLibrary
from vaktaal.speech.synthesis import EspeakSynthesizer
from vaktaal.ui.audio_player import AudioSpeaker, has_output_device

pytestmark = [pytest.mark.qt_no_exception_capture, pytest.mark.usefixtures("virtual_audio")]


@pytest.fixture
def audio_library(tmp_path: Path) -> AudioLibrary:
    return AudioLibrary(tmp_path / "cache", [EspeakSynthesizer()], lambda _ref: None)


def test_a_word_is_heard_on_the_speaker(
    qtbot, tasks, audio_library: AudioLibrary, virtual_audio: VirtualAudio, crashes
) -> None:
    assert has_output_device()
    speaker = AudioSpeaker(audio_library, tasks)
    speakers = virtual_audio.listen()
    with qtbot.waitSignal(speaker.playing, timeout=20_000) as started:
        speaker.speak("de heftruck")
    clip: AudioClip = started.args[0]
    assert clip.source == "espeak" and clip.path is not None  # played from the cache file
    qtbot.waitUntil(speakers.heard_sound, timeout=10_000)
    speakers.stop()
    speaker.close()
    crashes.assert_quiet()


def test_a_clip_only_in_memory_is_heard_too(
    qtbot, tasks, virtual_audio: VirtualAudio, crashes
) -> None:
    """When the cache cannot be written, the clip plays from memory (QBuffer)."""
    wav = virtual_audio.speech("de veiligheidsschoenen").read_bytes()

    class InMemory:
        available = True

        def audio_for(self, text: str, own_recording_ref: str | None = None) -> AudioClip:
            return AudioClip(wav, ".wav", "espeak")

    speaker = AudioSpeaker(InMemory(), tasks)
    speakers = virtual_audio.listen()
    with qtbot.waitSignal(speaker.playing, timeout=20_000):
        speaker.speak("de veiligheidsschoenen")
    qtbot.waitUntil(speakers.heard_sound, timeout=10_000)
    speakers.stop()
    speaker.close()
    crashes.assert_quiet()
