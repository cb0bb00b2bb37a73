"""espeak-ng, offline, makes real WAV audio for every term of a bundled deck, once."""

import io
import subprocess
import wave

import pytest
from audio_helpers import BUNDLED_DECK, needs_espeak

from vaktaal.app import install_bundled_decks

pytestmark = needs_espeak

MIN_SECONDS = 0.25  # even "de pet" lasts longer than this


def _seconds(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as sound:
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
        return sound.getnframes() / sound.getframerate()


def test_every_term_of_the_bundled_deck_gets_wav_audio_then_comes_from_the_cache(
    services, network_attempts, monkeypatch
):
    install_bundled_decks(services)
    terms = services.decks.load(BUNDLED_DECK).deck.terms
    assert len(terms) >= 40

    made = {term.id: services.audio.audio_for(term.display) for term in terms}

    for term_id, clip in made.items():
        assert clip is not None, term_id
        assert clip.source == "espeak", term_id
        assert clip.data[:4] == b"RIFF" and clip.data[8:12] == b"WAVE", term_id
        assert _seconds(clip.data) > MIN_SECONDS, term_id
    assert len({clip.data for clip in made.values()}) == len(terms)  # each word its own audio

    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"espeak-ng started again: {args}")

    monkeypatch.setattr(subprocess, "run", no_process)
    monkeypatch.setattr(subprocess, "Popen", no_process)
    for term in terms:
        again = services.audio.audio_for(term.display)
        assert again is not None and again.source == "cache"
        assert again.data == made[term.id].data
    assert network_attempts == []


def test_the_services_use_espeak_and_not_gtts_by_default(services):
    assert services.audio.online_speech is False
    engines = [synth.engine for synth in services.audio.synthesizers]
    assert engines == ["gtts", "espeak"]  # gTTS is known (its cached clips play) but not asked


def test_switching_online_speech_on_reaches_the_services(make_services, cli, tmp_path):
    assert cli("settings", "online-speech", "on", "--data-dir", tmp_path / "pc").code == 0
    assert make_services("pc").audio.online_speech is True
    assert cli("settings", "online-speech", "off", "--data-dir", tmp_path / "pc").code == 0
    assert make_services("pc").audio.online_speech is False


@pytest.mark.parametrize("text", ["de heftruck", "Zet de pallets op de stelling bij gang 3."])
def test_espeak_clip_length_grows_with_the_text(services, text):
    clip = services.audio.audio_for(text)
    assert clip is not None and _seconds(clip.data) > MIN_SECONDS * len(text.split())
