"""Must-know terms: the safety-critical terms of a deck, and when a learner *has* one.

A learner has a must-know term when both hold:
- they recalled it correctly on at least MUST_KNOW_DAYS different local days. Recalled means
  the word came from memory: a RECALL card (think of the word, then rate yourself), TYPE
  (type the word) or SPEAK (say the word). Choosing a picture, hearing the word and choosing
  its picture, and de/het are recognition, not recall, and do not count. The very first
  answer of a word is its new-word card (everything is on it), so it never counts either.
  Correct is every rating above "again" (as in core.practice.learned).
- its FSRS retrievability now is at least MUST_KNOW_RETRIEVABILITY: the learner is still
  likely to know it today, not only once long ago.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from fsrs import Card, Scheduler

from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.core.practice.rating import AGAIN

MUST_KNOW_DAYS = 2
MUST_KNOW_RETRIEVABILITY = 0.9
RECALL_KINDS = frozenset({ExerciseKind.RECALL, ExerciseKind.TYPE, ExerciseKind.SPEAK})

_SCHEDULER = Scheduler()  # retrievability does not depend on the desired retention


@dataclass(frozen=True)
class Review:
    day: date  # the learner's local day
    kind: str  # ExerciseKind value
    rating: int  # FSRS rating 1-4


def recall_days(reviews: Sequence[Review]) -> int:
    """On how many days the term was recalled correctly (after its new-word card)."""
    kinds = {kind.value for kind in RECALL_KINDS}
    return len({r.day for r in reviews[1:] if r.kind in kinds and r.rating > AGAIN})


def retrievability(stability: float | None, last_review: datetime | None, now: datetime) -> float:
    """FSRS: how likely the learner recalls the card now (0 for a card never reviewed)."""
    if stability is None or last_review is None:
        return 0.0
    card = Card(card_id=1, stability=stability, last_review=last_review.astimezone(UTC))
    return float(_SCHEDULER.get_card_retrievability(card, now.astimezone(UTC)))


def has_term(reviews: Sequence[Review], retrievability_now: float) -> bool:
    """The must-know rule above, for one term's reviews (oldest first)."""
    return recall_days(reviews) >= MUST_KNOW_DAYS and retrievability_now >= MUST_KNOW_RETRIEVABILITY
