"""Recognition quality with the real Dutch model: runs only when VAKTAAL_VOSK_MODEL points at it.

    VAKTAAL_VOSK_MODEL=~/models/vosk-model-small-nl-0.22 pytest tests/speech

espeak-ng says each word in Dutch; a restricted (grammar) pass must hear that word.
"""

import os
from pathlib import Path

import pytest
from speech_fakes import TIMINGS, espeak, synthesise

from vaktaal.speech.models import looks_like_model, model_language_hint, model_root
from vaktaal.speech.recognition import UNKNOWN
from vaktaal.speech.recording_checks import load_recording

# Read at import: the autouse fixture in conftest.py removes the variable during each test.
CONFIGURED = os.environ.get("VAKTAAL_VOSK_MODEL", "").strip()
WORDS = ["helm", "ladder", "zaag", "sleutel", "handschoenen", "brandblusser"]


def dutch_model() -> Path | None:
    if not CONFIGURED:
        return None
    folder = model_root(Path(CONFIGURED).expanduser())
    return folder if looks_like_model(folder) and model_language_hint(folder) == "nl" else None


pytestmark = [
    pytest.mark.skipif(
        dutch_model() is None, reason="Dutch speech model not installed (set VAKTAAL_VOSK_MODEL)"
    ),
    pytest.mark.skipif(espeak() is None, reason="espeak-ng is not installed"),
]


@pytest.fixture(scope="module")
def recognizer():
    from vaktaal.speech.vosk_engine import VoskRecognizer

    folder = dutch_model()
    assert folder is not None
    loaded = VoskRecognizer.load(folder)
    TIMINGS["Dutch model load seconds"] = loaded.load_seconds
    return loaded


def test_the_test_words_are_in_the_vocabulary(recognizer):
    assert recognizer.missing_words(WORDS) == []


@pytest.mark.parametrize("word", WORDS)
def test_a_restricted_pass_hears_the_spoken_word(recognizer, word: str, tmp_path: Path):
    recording = load_recording(synthesise(word, "nl", tmp_path / f"{word}.wav"))
    assert recording.problem is None
    transcript = recognizer.transcribe(recording.pcm, grammar=WORDS)
    assert {w.text for w in transcript.words} <= {*WORDS, UNKNOWN}
    assert word in transcript.text.split(), transcript


def test_a_free_pass_hears_something_dutch(recognizer, tmp_path: Path):
    recording = load_recording(
        synthesise("de ladder staat tegen de muur", "nl", tmp_path / "z.wav")
    )
    transcript = recognizer.transcribe(recording.pcm)
    assert "ladder" in transcript.text.split() or "muur" in transcript.text.split(), transcript
