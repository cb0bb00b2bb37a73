"""What a learner practises: an item (a term, maybe with a card) in one exercise kind."""

from dataclasses import dataclass
from enum import StrEnum

from vaktaal.core.model import Term


class ExerciseKind(StrEnum):
    RECALL = "recall"  # see the picture, think of the word, reveal, rate yourself
    CHOOSE_PICTURE = "choose_picture"  # read the word, choose its picture of four
    LISTEN = "listen"  # hear the word, choose its picture of four
    TYPE = "type"  # see the picture, type the word
    ARTICLE = "article"  # de or het?
    SPEAK = "speak"  # see the picture, say the word; speech recognition judges it

    @classmethod
    def without_speech(cls) -> frozenset["ExerciseKind"]:
        return frozenset(kind for kind in cls if kind is not cls.SPEAK)

    @property
    def is_objective(self) -> bool:
        """Objective exercises are scored by the app; the learner never rates them."""
        return self is not ExerciseKind.RECALL


@dataclass(frozen=True)
class PracticeItem:
    term_pk: int
    deck_id: str
    term: Term
    card_id: int | None = None  # None: the learner has no card for this term yet
    never_shown: bool = False  # a card without a review (e.g. "kende ik niet" in a meeting)

    @property
    def is_new(self) -> bool:
        """Never shown to the learner: first a new-word card, before any exercise asks for it."""
        return self.card_id is None or self.never_shown


@dataclass(frozen=True)
class Exercise:
    kind: ExerciseKind
    item: PracticeItem
    options: tuple[PracticeItem, ...] = ()  # choice exercises: four pictures, one is right

    @property
    def correct_option(self) -> int:
        return next(
            i for i, option in enumerate(self.options) if option.term_pk == self.item.term_pk
        )
