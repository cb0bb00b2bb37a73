"""An own recording can be deleted again: the term falls back to the deck's audio or a voice,
and the file is gone from the PC. Importing the deck again keeps an own recording."""

import math
import struct
from pathlib import Path

import pytest

import deckbuilder
from vaktaal.app import Backend
from vaktaal.speech.audio_library import AudioLibrary
from vaktaal.speech.synthesis import FakeSynthesizer
from vaktaal.storage.recordings import (
    TermVoice,
    UnknownTerm,
    attach_recording,
    deck_voices,
    pcm_to_wav,
    remove_recording,
)

pytestmark = pytest.mark.both_databases

DECK = deckbuilder.DECK_ID


def voice_wav(amplitude: float = 0.3, frequency: float = 220.0) -> bytes:
    rate = 16_000
    samples = [
        int(amplitude * 32767 * math.sin(2 * math.pi * frequency * i / rate)) for i in range(rate)
    ]
    return pcm_to_wav(struct.pack(f"<{rate}h", *samples), rate)


@pytest.fixture
def installed(services: Backend, deck_dir: Path, import_deck) -> Backend:  # type: ignore[no-untyped-def]
    import_deck(services, deck_dir)
    return services


def voices(services: Backend) -> dict[str, TermVoice]:
    return {t.term_id: t for t in deck_voices(services.engine, DECK).terms}


def audio_library(services: Backend, tmp_path: Path) -> tuple[AudioLibrary, FakeSynthesizer]:
    synth = FakeSynthesizer()
    return AudioLibrary(tmp_path / "cache", [synth], services.library.file_for), synth


def record(services: Backend, term_id: str, data: bytes) -> str:
    return attach_recording(services.engine, services.decks.media, DECK, term_id, data, ".wav")


def media_files(services: Backend) -> set[str]:
    return {p.name for p in services.paths.media_dir.rglob("*") if p.is_file()}


def test_pcm_becomes_a_wav_file_with_the_same_samples(tmp_path: Path) -> None:
    from vaktaal.speech.recording_checks import read_wav

    pcm = struct.pack("<4h", 0, 1000, -1000, 32767)
    (tmp_path / "take.wav").write_bytes(pcm_to_wav(pcm, 16_000))
    assert read_wav(tmp_path / "take.wav") == (pcm, 16_000)


def test_a_recording_outranks_the_voice_and_deleting_it_falls_back_to_the_voice(
    installed: Backend, tmp_path: Path
) -> None:
    library, synth = audio_library(installed, tmp_path)
    take = voice_wav()
    before = media_files(installed)

    record(installed, "helm", take)

    helm = voices(installed)["helm"]
    assert helm.own and helm.audio is not None and helm.audio.startswith("stored:")
    clip = library.audio_for(helm.display, helm.audio)
    assert clip is not None and clip.source == "recording" and clip.data == take
    assert synth.calls == []

    assert remove_recording(installed.engine, installed.decks.media, DECK, "helm") is True

    helm = voices(installed)["helm"]
    assert not helm.own and helm.audio is None
    clip = library.audio_for(helm.display, helm.audio)
    assert clip is not None and clip.source == "fake" and synth.calls == ["de helm"]
    assert media_files(installed) == before, "the recording is still on the disk"


def test_deleting_falls_back_to_the_decks_own_audio(installed: Backend) -> None:
    deck_audio = voices(installed)["heftruck"].audio
    assert deck_audio is not None and not voices(installed)["heftruck"].own

    path = record(installed, "heftruck", voice_wav())

    assert path == "audio/heftruck-eigen.wav", "the deck's own audio/heftruck.wav is kept"
    assert voices(installed)["heftruck"].audio != deck_audio
    assert remove_recording(installed.engine, installed.decks.media, DECK, "heftruck")
    heftruck = voices(installed)["heftruck"]
    assert (heftruck.own, heftruck.audio) == (False, deck_audio)
    loaded = installed.decks.load(DECK)
    assert loaded is not None and loaded.media["audio/heftruck.wav"] == deckbuilder.tiny_wav()


def test_recording_again_replaces_the_old_file(installed: Backend) -> None:
    before = media_files(installed)
    record(installed, "helm", voice_wav(frequency=220))
    record(installed, "helm", voice_wav(frequency=330))
    assert len(media_files(installed) - before) == 1
    loaded = installed.decks.load(DECK)
    assert loaded is not None and loaded.media["audio/helm.wav"] == voice_wav(frequency=330)


def test_importing_the_deck_again_keeps_the_own_recording(
    installed: Backend, deck_dir: Path, import_deck
) -> None:  # type: ignore[no-untyped-def]
    take = voice_wav()
    record(installed, "helm", take)

    import_deck(installed, deck_dir)

    helm = voices(installed)["helm"]
    assert helm.own
    loaded = installed.decks.load(DECK)
    assert loaded is not None and loaded.media["audio/helm.wav"] == take
    term = next(t for t in loaded.deck.terms if t.id == "helm")
    assert term.audio == "audio/helm.wav"


def test_nothing_to_delete_or_an_unknown_term(installed: Backend) -> None:
    engine, media = installed.engine, installed.decks.media
    assert remove_recording(engine, media, DECK, "helm") is False
    assert voices(installed)["heftruck"].audio is not None, "the deck's audio is no own take"
    assert remove_recording(engine, media, DECK, "heftruck") is False
    assert voices(installed)["heftruck"].audio is not None
    with pytest.raises(UnknownTerm, match="bestaat-niet"):
        remove_recording(engine, media, DECK, "bestaat-niet")
    with pytest.raises(UnknownTerm):
        deck_voices(engine, "geen-pakket")
