"""The FSRS rating of an objective exercise, from correctness and answer time."""

from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import ExerciseKind

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4

# (easy if at most, hard if more than) seconds, per exercise kind
_THRESHOLDS = {
    ExerciseKind.CHOOSE_PICTURE: (3.0, 12.0),
    ExerciseKind.LISTEN: (4.0, 15.0),
    ExerciseKind.ARTICLE: (2.5, 10.0),
    ExerciseKind.TYPE: (6.0, 25.0),
}


def rating_for(kind: ExerciseKind, verdict: Verdict, seconds: float) -> int:
    """Wrong: again. Almost: hard. Right: easy when quick, hard when slow, else good.

    Speaking is never 'easy': the machine's ear is too coarse for that."""
    if not kind.is_objective:
        raise ValueError("recall exercises are rated by the learner")
    if verdict is Verdict.WRONG:
        return AGAIN
    if verdict is Verdict.ALMOST:
        return HARD
    if kind is ExerciseKind.SPEAK:
        return GOOD
    easy_until, hard_after = _THRESHOLDS[kind]
    if seconds <= easy_until:
        return EASY
    return HARD if seconds > hard_after else GOOD
