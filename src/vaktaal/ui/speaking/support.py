"""What the practice page needs to offer speaking exercises, and what such an exercise yields.

The pronunciation check (vaktaal.speech.pronunciation) and the recording check
(vaktaal.speech.recording_checks, the default) are reached through small protocols, so the
screens can be tested with fakes. An attempt is scored as `vaktaal speech score` scores a
file (vaktaal.usecases.speech.score_attempt).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise
from vaktaal.speech.recognition import SAMPLE_RATE
from vaktaal.speech.recording_checks import check_recording
from vaktaal.ui.speaking.capture import Listener
from vaktaal.usecases.speech import RecordingCheck

GOOD, ALMOST, AGAIN = "goed", "bijna", "nog eens"  # the values of pronunciation.Level
_VERDICTS = {GOOD: Verdict.RIGHT, ALMOST: Verdict.ALMOST, AGAIN: Verdict.WRONG}


class SpeechVerdict(Protocol):
    """What the pronunciation check says (pronunciation.PronunciationVerdict fits)."""

    @property
    def level(self) -> str: ...  # "goed", "bijna" or "nog eens" (a pronunciation.Level)

    @property
    def heard(self) -> str: ...  # what the recognizer heard, freely


class Checker(Protocol):
    """What judge_with needs: pronunciation.PronunciationChecker fits."""

    def check(
        self, pcm: bytes, target: str, similar_words: Sequence[str] = ()
    ) -> SpeechVerdict: ...


class LiveJudge(Protocol):
    """Judges one attempt while it is spoken (live_check.LiveCheck fits)."""

    def feed(self, pcm: bytes) -> None: ...  # returns at once

    def finish(self, utterance: bytes | None = None) -> SpeechVerdict: ...  # blocks

    def cancel(self) -> None: ...


Judge = Callable[[bytes, Exercise], SpeechVerdict]


def verdict_for(level: str) -> Verdict:
    """goed -> right, bijna -> almost, nog eens (or anything else) -> wrong."""
    return _VERDICTS.get(str(level), Verdict.WRONG)


def flipped(level: str) -> str:
    """What a buddy makes of the machine's level: goed -> nog eens; bijna, nog eens -> goed."""
    return AGAIN if str(level) == GOOD else GOOD


def judge_with(
    checker: Checker, similar_words: Callable[[Exercise], Sequence[str]] | None = None
) -> Judge:
    """A judge that checks the exercise's term, against the deck words that sound like it."""

    def judge(pcm: bytes, exercise: Exercise) -> SpeechVerdict:
        similar = similar_words(exercise) if similar_words is not None else ()
        return checker.check(pcm, exercise.item.term.term, similar)

    return judge


@dataclass(frozen=True)
class SpeakingSupport:
    """Given to the practice page when speaking exercises can be done."""

    listener_factory: Callable[[], Listener]
    judge: Judge  # runs in the background, never on the GUI thread
    start_check: Callable[[Exercise], LiveJudge] | None = None  # decodes while one speaks
    check_recording: RecordingCheck = check_recording
    sample_rate: int = SAMPLE_RATE


@dataclass(frozen=True)
class SpokenAnswer:
    """The result of a speaking exercise, emitted once, when the learner goes on."""

    verdict: Verdict  # final: the buddy's when a buddy overruled the machine
    heard: str
    overruled_from: Verdict | None = None  # the machine's verdict, when a buddy changed it
    attempts: int = 1
