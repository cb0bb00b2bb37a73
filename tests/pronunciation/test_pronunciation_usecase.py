"""Scoring an attempt: checked first, judged only when usable; the same for app and CLI."""

from collections.abc import Sequence
from pathlib import Path

import pytest
from pronunciation_audio import silence, tone, write_wav

from vaktaal.speech.pronunciation import Level, PronunciationVerdict
from vaktaal.speech.recognition import SAMPLE_RATE
from vaktaal.speech.recording_checks import check_recording
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.speech import UnreadableRecording, score_attempt, score_file


class FakeChecker:
    def __init__(self) -> None:
        self.heard: list[tuple[int, str, tuple[str, ...]]] = []

    def check(
        self, pcm: bytes, target: str, similar_words: Sequence[str] = ()
    ) -> PronunciationVerdict:
        self.heard.append((len(pcm), target, tuple(similar_words)))
        return PronunciationVerdict(Level.GOOD, target, target, target, (), {})


def test_an_unusable_attempt_is_not_judged() -> None:
    judged: list[bytes] = []
    scored = score_attempt(silence(1.0), SAMPLE_RATE, lambda pcm: judged.append(pcm) or "goed")
    problem = check_recording(silence(1.0), SAMPLE_RATE)
    assert problem is not None
    assert (scored.verdict, scored.problem, judged) == (None, problem.message, [])


def test_a_usable_attempt_is_judged() -> None:
    scored = score_attempt(tone(1.0), SAMPLE_RATE, lambda pcm: len(pcm))
    assert (scored.verdict, scored.problem) == (2 * SAMPLE_RATE, "")


def test_a_file_is_judged_at_the_recognizers_rate(tmp_path: Path) -> None:
    checker = FakeChecker()
    wav = write_wav(tmp_path / "poging.wav", tone(1.0, 22_050), 22_050)
    verdict = score_file(wav, "de heftruck", ["de helm"], lambda: checker)
    assert verdict.level is Level.GOOD
    assert checker.heard == [(2 * SAMPLE_RATE, "de heftruck", ("de helm",))]


def test_a_bad_file_is_nog_eens_without_loading_the_model(tmp_path: Path) -> None:
    def no_model() -> FakeChecker:
        raise AssertionError("the model was loaded for a recording that cannot be judged")

    wav = write_wav(tmp_path / "stil.wav", silence(1.0))
    verdict = score_file(wav, "de heftruck", [], no_model)
    assert verdict.level is Level.AGAIN and "We hoorden niets" in verdict.reasons[0]


def test_a_missing_file_is_a_use_case_error(tmp_path: Path) -> None:
    with pytest.raises(UnreadableRecording, match="bestaat niet") as refused:
        score_file(tmp_path / "weg.wav", "de heftruck", [], FakeChecker)
    assert isinstance(refused.value, UseCaseError)
