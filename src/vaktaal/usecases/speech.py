"""Scoring a spoken attempt: the same rules for the speaking exercise and `vaktaal speech score`.

A recording is checked first (too short, silent, clipped, 8 kHz: `check_recording`); only a
usable one is judged by the speech model. Judging blocks while decoding: never on the GUI.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from vaktaal.core.i18n import _
from vaktaal.speech.pronunciation import PronunciationVerdict, verdict_for_bad_recording
from vaktaal.speech.recognition import SAMPLE_RATE
from vaktaal.speech.recording_checks import AudioProblem, check_recording, read_wav, resample_to
from vaktaal.usecases.errors import UseCaseError

__all__ = ["RecordingCheck", "Scored", "UnreadableRecording", "score_attempt", "score_file"]

V = TypeVar("V")


class Problem(Protocol):
    """What is wrong with a recording (recording_checks.RecordingProblem fits)."""

    @property
    def message(self) -> str: ...  # in Dutch, says what to do


RecordingCheck = Callable[[bytes, int], Problem | None]  # (16-bit mono PCM, sample rate)


class UnreadableRecording(UseCaseError):
    """The file is missing or is no WAV file that can be read; the message says which."""


class Checker(Protocol):
    """What judges a usable recording (pronunciation.PronunciationChecker fits)."""

    def check(
        self, pcm: bytes, target: str, similar_words: Sequence[str] = ()
    ) -> PronunciationVerdict: ...


@dataclass(frozen=True)
class Scored(Generic[V]):
    """A judged attempt (`verdict`), or why the recording could not be judged (`problem`)."""

    verdict: V | None = None
    problem: str = ""  # in Dutch, says what to do


def score_attempt(
    pcm: bytes, sample_rate: int, judge: Callable[[bytes], V], check: RecordingCheck | None = None
) -> Scored[V]:
    """Check the recording (`check`, else `check_recording`); judge it only when it is usable."""
    problem = (check or check_recording)(pcm, sample_rate)
    if problem is not None:
        return Scored(problem=problem.message)
    return Scored(verdict=judge(pcm))


def score_file(
    path: Path, target: str, similar_words: Sequence[str], checker: Callable[[], Checker]
) -> PronunciationVerdict:
    """The verdict on a WAV file; an unusable recording is "nog eens" with the reason.

    `checker` is only called (the model loaded) for a usable recording. UnreadableRecording
    when the file cannot be read."""
    pcm, rate = _read(path)

    def judge(usable: bytes) -> PronunciationVerdict:
        return checker().check(resample_to(usable, rate, SAMPLE_RATE), target, similar_words)

    scored = score_attempt(pcm, rate, judge)  # checked at the rate it was recorded at
    if scored.verdict is not None:
        return scored.verdict
    return verdict_for_bad_recording(target, scored.problem)


def _read(path: Path) -> tuple[bytes, int]:
    try:
        return read_wav(path)
    except FileNotFoundError as error:
        message = _("Het bestand {path} bestaat niet.").format(path=path)
        raise UnreadableRecording(message) from error
    except AudioProblem as error:
        raise UnreadableRecording(str(error)) from error
    except OSError as error:
        message = _("De opname {path} kan niet worden gelezen ({reason}).")
        raise UnreadableRecording(message.format(path=path, reason=error.strerror)) from error
