"""When is a word "learned"? A rule a learner can check for themselves.

Learned: you knew the word on DAYS_TO_LEARN different days, and your last answer was right.
The first time a word is shown (the new-word card, with everything on it) does not count as
knowing it. "Knew it" is every answer that was not wrong (rating hard, good or easy: slow
or almost right still means you knew the word). A wrong answer later puts the word back to
"learning" until you know it again.
"""

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from vaktaal.core.practice.rating import AGAIN

DAYS_TO_LEARN = 2


class WordState(StrEnum):
    NEW = "new"  # never shown
    LEARNING = "learning"  # shown, not yet known on two days
    LEARNED = "learned"


class Answer(NamedTuple):  # a tuple: hundreds of thousands are made for the dashboard
    day: date  # the learner's local day
    rating: int  # FSRS rating 1-4 (core.practice.rating)


def word_state(answers: Sequence[Answer]) -> WordState:
    """The state of one word from all its answers, oldest first."""
    if not answers:
        return WordState.NEW
    if answers[-1].rating == AGAIN:
        return WordState.LEARNING
    known_on = {answer.day for answer in answers[1:] if answer.rating > AGAIN}
    return WordState.LEARNED if len(known_on) >= DAYS_TO_LEARN else WordState.LEARNING
