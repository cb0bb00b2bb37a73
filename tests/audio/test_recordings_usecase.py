"""The recordings use case: one rule for a take in the app and on the command line."""

import math
import struct
from pathlib import Path

import pytest

import deckbuilder
from vaktaal.app import Backend
from vaktaal.speech.audio_library import AudioLibrary
from vaktaal.speech.synthesis import FakeSynthesizer
from vaktaal.usecases.errors import DeckNotFound
from vaktaal.usecases.recordings import (
    BadRecording,
    DeckVoices,
    NoVoice,
    Recordings,
    UnknownTerm,
    check_take,
    pcm_to_wav,
    prepare_deck_audio,
)

pytestmark = pytest.mark.both_databases

DECK = deckbuilder.DECK_ID
RATE = 16_000


def voice(amplitude: float = 0.3, seconds: float = 1.0) -> bytes:
    """A 220 Hz tone; above 1.0 it is clipped, as a too loud voice."""
    count = int(seconds * RATE)
    waves = (amplitude * 32767 * math.sin(2 * math.pi * 220 * i / RATE) for i in range(count))
    return struct.pack(f"<{count}h", *(int(max(-32768, min(32767, w))) for w in waves))


@pytest.fixture
def recordings(services: Backend, deck_dir: Path, import_deck) -> Recordings:  # type: ignore[no-untyped-def]
    import_deck(services, deck_dir)
    return services.services.recordings


def own_in(voices: DeckVoices) -> set[str]:
    return {t.term_id for t in voices.terms if t.own}


def own(recordings: Recordings) -> set[str]:
    return own_in(recordings.deck_voices(DECK))


def test_a_good_take_is_stored_and_the_voices_say_so(recordings: Recordings) -> None:
    assert own_in(recordings.save_take(DECK, "helm", voice(), RATE)) == {"helm"} == own(recordings)
    assert own_in(recordings.remove(DECK, "helm")) == set() == own(recordings)


@pytest.mark.parametrize(
    ("take", "words"),
    [(voice(0.0), "We hoorden niets"), (voice(seconds=0.1), "te kort"), (voice(1.2), "te hard")],
    ids=["silent", "too-short", "clipped"],
)
def test_a_bad_take_is_refused_with_the_reason_and_nothing_is_stored(
    recordings: Recordings, take: bytes, words: str
) -> None:
    problem = check_take(take, RATE)
    assert problem is not None and words in problem.message
    with pytest.raises(BadRecording, match=words):
        recordings.save_take(DECK, "helm", take, RATE)
    assert own(recordings) == set()


def test_a_file_is_checked_by_the_same_rule(recordings: Recordings, tmp_path: Path) -> None:
    silent, good = tmp_path / "stil.wav", tmp_path / "goed.wav"
    silent.write_bytes(pcm_to_wav(voice(0.0), RATE))
    good.write_bytes(pcm_to_wav(voice(), RATE))
    problem = check_take(voice(0.0), RATE)
    assert problem is not None

    with pytest.raises(BadRecording) as refused:
        recordings.attach_file(DECK, "helm", silent)
    assert str(refused.value) == problem.message
    assert recordings.attach_file(DECK, "helm", good) == "audio/helm.wav"
    assert own(recordings) == {"helm"}


def test_an_unreadable_file_or_an_unknown_term_is_refused(
    recordings: Recordings, tmp_path: Path
) -> None:
    text = tmp_path / "geen.wav"
    text.write_text("geen geluid")
    with pytest.raises(BadRecording, match="kan niet gelezen worden"):
        recordings.attach_file(DECK, "helm", text)
    with pytest.raises(BadRecording, match="kan niet gelezen worden"):
        recordings.attach_file(DECK, "helm", tmp_path / "er-niet.wav")
    with pytest.raises(UnknownTerm, match="bestaat-niet"):
        recordings.save_take(DECK, "bestaat-niet", voice(), RATE)
    assert own(recordings) == set()


def test_preparing_audio_of_an_unknown_deck_or_without_a_voice(
    services: Backend, tmp_path: Path
) -> None:
    audio = AudioLibrary(tmp_path, [FakeSynthesizer()], services.library.file_for, services.decks)
    with pytest.raises(DeckNotFound, match="bestaat-niet"):
        prepare_deck_audio(audio, "bestaat-niet")
    with pytest.raises(NoVoice, match="espeak-ng"):
        prepare_deck_audio(AudioLibrary(tmp_path, [], services.library.file_for), DECK)


def test_preparing_audio_makes_every_text(services: Backend, deck_dir: Path, import_deck) -> None:  # type: ignore[no-untyped-def]
    import_deck(services, deck_dir)
    synth = FakeSynthesizer()
    audio = AudioLibrary(
        services.paths.audio_cache_dir, [synth], services.library.file_for, services.decks
    )
    seen: list[tuple[int, int]] = []
    report = prepare_deck_audio(audio, DECK, lambda done, total: seen.append((done, total)))
    assert report.failed == 0 and report.done == report.total == len(synth.calls)
    assert seen[-1] == (report.total, report.total)
