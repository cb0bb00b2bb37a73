"""The benches' learner: answers the exercise on screen, right or wrong, as the app would."""

from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.rating import AGAIN, GOOD
from vaktaal.core.practice.session import Outcome, PracticeSession


def answer_shown(session: PracticeSession, right: bool) -> Outcome:
    """Objective exercises are scored; recall is rated by the learner (good or again)."""
    exercise = session.show()
    if exercise.kind.is_objective:
        return session.answer(Verdict.RIGHT if right else Verdict.WRONG)
    return session.rate(GOOD if right else AGAIN)
