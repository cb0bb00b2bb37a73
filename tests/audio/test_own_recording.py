"""A buddy's own recording of a term is stored with the deck and outranks every voice."""

import math
import struct
import wave
import zipfile
from pathlib import Path

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.cli import run
from vaktaal.speech.tts import FakeSpeaker

DECK = "magazijn-installatie"


def write_wav(path: Path, amplitude: float, seconds: float = 1.0, rate: int = 16_000) -> Path:
    samples = [
        int(amplitude * 32767 * math.sin(2 * math.pi * 220 * i / rate))
        for i in range(int(seconds * rate))
    ]
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


def test_a_recording_becomes_the_terms_audio_and_travels_with_the_export(tmp_path, capsys):
    data = tmp_path / "data"
    services = open_backend(data, speaker=FakeSpeaker())
    install_bundled_decks(services)
    services.close()
    voice = write_wav(tmp_path / "heftruck.wav", amplitude=0.3)

    code = run(["audio", "record", DECK, "heftruck", str(voice), "--data-dir", str(data)])

    assert code == 0, capsys.readouterr().err
    services = open_backend(data, speaker=FakeSpeaker())
    learner = services.learners.add("Ali", ["ar"], decks=[DECK])
    items = {i.term.id: i for i in services.practice_store.new_items(learner.id, 50)}
    ref = items["heftruck"].term.audio
    assert ref is not None and ref.startswith("stored:")
    clip = services.audio.audio_for("de heftruck", ref)
    assert clip is not None and clip.source == "recording" and clip.data == voice.read_bytes()
    services.close()

    out = tmp_path / "deck.vaktaal"
    assert run(["deck", "export", DECK, str(out), "--data-dir", str(data)]) == 0
    with zipfile.ZipFile(out) as bundle:
        assert bundle.read("audio/heftruck.wav") == voice.read_bytes()
        assert 'audio = "audio/heftruck.wav"' in bundle.read("deck.toml").decode()


def test_silence_or_an_unknown_term_is_refused_and_changes_nothing(tmp_path, capsys):
    data = tmp_path / "data"
    services = open_backend(data, speaker=FakeSpeaker())
    install_bundled_decks(services)
    services.close()
    silent = write_wav(tmp_path / "stil.wav", amplitude=0.0)
    loud = write_wav(tmp_path / "luid.wav", amplitude=0.3)

    assert run(["audio", "record", DECK, "heftruck", str(silent), "--data-dir", str(data)]) == 1
    assert run(["audio", "record", DECK, "bestaat-niet", str(loud), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "bestaat-niet" in err

    services = open_backend(data, speaker=FakeSpeaker())
    deck = services.decks.load(DECK)
    assert deck is not None
    assert all(term.audio is None for term in deck.deck.terms)
    services.close()
