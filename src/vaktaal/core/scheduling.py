"""Spaced repetition with FSRS: the next state of a card after an answer."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler, State

NORMAL_RETENTION = 0.90
SAFETY_RETENTION = 0.97
RATINGS = {1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy}


@dataclass(frozen=True)
class CardState:
    """What FSRS remembers of one learner's card."""

    state: int = int(State.Learning)
    step: int | None = 0
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None


class SpacedRepetition:
    """Two FSRS schedulers: normal terms at 90 % retention, safety-critical ones at 97 %."""

    def __init__(self, enable_fuzzing: bool = True) -> None:
        self._normal = Scheduler(desired_retention=NORMAL_RETENTION, enable_fuzzing=enable_fuzzing)
        self._safety = Scheduler(desired_retention=SAFETY_RETENTION, enable_fuzzing=enable_fuzzing)

    def answer(
        self, card: CardState, rating: int, when: datetime, safety_critical: bool = False
    ) -> CardState:
        scheduler = self._safety if safety_critical else self._normal
        when = when.astimezone(UTC)
        fsrs_card = Card(
            card_id=1,
            state=State(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due or when,
            last_review=card.last_review,
        )
        updated, _log = scheduler.review_card(fsrs_card, RATINGS[rating], review_datetime=when)
        return CardState(
            state=int(updated.state),
            step=updated.step,
            stability=updated.stability,
            difficulty=updated.difficulty,
            due=updated.due,
            last_review=updated.last_review,
        )

    def interval(self, card: CardState, rating: int, when: datetime, safety: bool) -> timedelta:
        """How long until the card comes back if it is answered with `rating` now."""
        due = self.answer(card, rating, when, safety).due
        return (due or when) - when
