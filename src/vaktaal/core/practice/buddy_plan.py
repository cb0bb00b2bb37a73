"""Plan a buddy session: the learner's weakest words, due must-know words first.

Length: EXERCISES_PER_MINUTE exercises per minute (15 min -> 30, 20 -> 40, 30 -> 60). A
learner alone answers several a minute; next to a buddy who talks, asks and lets them
speak, fewer. The timer ends the session, so the plan only has to be long enough.

Weakness of a word the learner has seen (higher = weaker), four bounded parts:
    1.0 * (1 - retrievability now)                 FSRS: how likely they forgot it
  + 0.5 * min(lapses, 4) / 4                       "again" answers (lapses)
  + 0.5 * min(speech misses, 3) / 3                spoken attempts that were not "goed"
  + 0.5 * min(recent overrules, 2) / 2             a buddy changed the machine's verdict
                                                   (last OVERRULE_DAYS days)
Forgetting can add up to 1.0, each history part at most 0.5. (FSRS forgets slowly: a word
with a stability of one day still has a retrievability of about 0.6 after 20 days, so a
history of misses often outranks plain forgetting; that is on purpose for a buddy session.)

Order: due must-know (safety-critical) words first, weakest first among them; then the
weakest of the other seen words. The planner (core.practice.plan) puts every must-know word
of the plan before the others and picks the exercise kinds (never the same twice in a row;
speaking when a speech model is ready). New words fill up the plan when the learner has
seen fewer words than the plan is long.
"""

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from vaktaal.core.pictogram_families import by_reference
from vaktaal.core.practice.distractors import PictureLookup
from vaktaal.core.practice.exercises import Exercise, PracticeItem
from vaktaal.core.practice.must_know import retrievability
from vaktaal.core.practice.plan import SessionOptions, plan_session

LENGTHS = (15, 20, 30)  # minutes a buddy can choose
EXERCISES_PER_MINUTE = 2
OVERRULE_DAYS = 30
FORGET_WEIGHT = 1.0
LAPSE_WEIGHT, LAPSE_CAP = 0.5, 4
MISS_WEIGHT, MISS_CAP = 0.5, 3
OVERRULE_WEIGHT, OVERRULE_CAP = 0.5, 2


@dataclass(frozen=True)
class CardStats:
    """One word the learner has a card for, with what the plan weighs."""

    term_pk: int
    safety_critical: bool
    due: datetime
    stability: float | None
    last_review: datetime | None  # None: never shown (a new word)
    lapses: int = 0  # "again" answers
    speech_misses: int = 0  # spoken attempts whose final verdict was not "goed"
    overrules: int = 0  # spoken attempts a buddy overruled, last OVERRULE_DAYS days

    @property
    def seen(self) -> bool:
        return self.last_review is not None


@dataclass(frozen=True)
class BuddyPlan:
    """Which words: the seen ones in order, and how many new words fill up."""

    size: int  # exercises planned
    term_pks: list[int]  # seen words to practise, in order
    new_terms: int  # new words to add


def exercise_count(minutes: int) -> int:
    """How many exercises a session of `minutes` plans (15, 20 or 30)."""
    if minutes not in LENGTHS:
        raise ValueError(f"a buddy session lasts 15, 20 or 30 minutes, not {minutes}")
    return minutes * EXERCISES_PER_MINUTE


def weakness(card: CardStats, now: datetime) -> float:
    """The score of the module docstring: 0 (known well) .. 2.5 (weakest)."""
    forgotten = 1.0 - retrievability(card.stability, card.last_review, now)
    return (
        FORGET_WEIGHT * forgotten
        + LAPSE_WEIGHT * min(card.lapses, LAPSE_CAP) / LAPSE_CAP
        + MISS_WEIGHT * min(card.speech_misses, MISS_CAP) / MISS_CAP
        + OVERRULE_WEIGHT * min(card.overrules, OVERRULE_CAP) / OVERRULE_CAP
    )


def rank(cards: Sequence[CardStats], now: datetime) -> list[CardStats]:
    """Seen words: due must-know ones first, then the rest; weakest first in each group."""
    seen = [card for card in cards if card.seen]
    scores = {card.term_pk: weakness(card, now) for card in seen}

    def key(card: CardStats) -> tuple[bool, float, int]:
        due_must_know = card.safety_critical and card.due <= now
        return (not due_must_know, -scores[card.term_pk], card.term_pk)

    return sorted(seen, key=key)


def choose(cards: Sequence[CardStats], minutes: int, now: datetime) -> BuddyPlan:
    """The words of a session of `minutes`; new words fill up what the seen ones leave."""
    size = exercise_count(minutes)
    chosen = [card.term_pk for card in rank(cards, now)[:size]]
    return BuddyPlan(size, chosen, size - len(chosen))


def plan_exercises(
    plan: BuddyPlan,
    items: Mapping[int, PracticeItem],
    new: Sequence[PracticeItem],
    pools: dict[str, list[PracticeItem]],
    options: SessionOptions,
    rng: random.Random,
    pictures: PictureLookup = by_reference,
) -> list[Exercise]:
    """The exercises of `plan`: `items` are its seen words by term, `new` the new ones."""
    seen = [items[pk] for pk in plan.term_pks if pk in items]
    size_options = SessionOptions(
        size=plan.size,
        new_terms=plan.size - len(seen),
        listening=options.listening,
        speaking=options.speaking,
    )
    return plan_session(seen, new, pools, size_options, rng, pictures)
