"""Plan a session: which items, in which order, each in a fitting exercise kind."""

import random
from collections.abc import Sequence
from dataclasses import dataclass

from vaktaal.core.pictogram_families import by_reference
from vaktaal.core.practice.distractors import WRONG_OPTIONS, PictureLookup, wrong_options
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem

CHOICES = WRONG_OPTIONS + 1
CANDIDATES = 60  # wrong options are picked from this many random terms of the deck


@dataclass(frozen=True)
class SessionOptions:
    size: int = 15  # exercises in one session
    new_terms: int = 8  # at most this many words the learner has never seen
    listening: bool = True  # a voice can speak the words
    speaking: bool = False  # a speech model and a microphone are ready


def plan_session(
    due: Sequence[PracticeItem],
    new: Sequence[PracticeItem],
    pools: dict[str, list[PracticeItem]],
    options: SessionOptions,
    rng: random.Random,
    pictures: PictureLookup = by_reference,
) -> list[Exercise]:
    """Due must-know words first, then due words with new words mixed in; never the same
    exercise kind twice in a row.

    Must-know words are safety-critical ones (core.practice.must_know): when due they open
    the session and are never pushed out by new words. A word never shown to the learner
    (`is_new`: no card, or a card without a review, such as a word marked "kende ik niet" in
    a meeting) is only ever planned as a new-word card, and counts as one of the session's
    new words, even when the store gives it as due."""
    tested = [item for item in due if not item.is_new]
    must_know = [item for item in tested if item.term.safety_critical][: options.size]
    room = options.size - len(must_know)
    fresh = _unique([*new, *(item for item in due if item.is_new)])
    fresh = fresh[: min(options.new_terms, room)]
    others = [item for item in tested if not item.term.safety_critical]
    items = must_know + _interleave(others[: room - len(fresh)], fresh)
    exercises: list[Exercise] = []
    for index, item in enumerate(items):
        avoid = {exercises[-1].kind} if exercises else set()
        if index + 1 < len(items) and items[index + 1].is_new:
            avoid.add(ExerciseKind.RECALL)  # the new word after this one is a recall
        pool = pools.get(item.deck_id, [])
        exercises.append(_exercise(item, pool, avoid, options, rng, pictures))
    return exercises


def _unique(items: Sequence[PracticeItem]) -> list[PracticeItem]:
    """Each term once, in order."""
    seen: set[int] = set()
    result = []
    for item in items:
        if item.term_pk not in seen:
            seen.add(item.term_pk)
            result.append(item)
    return result


def _interleave(due: list[PracticeItem], new: list[PracticeItem]) -> list[PracticeItem]:
    """A new word after every two due words, so a session never starts with only new words."""
    result: list[PracticeItem] = []
    while due or new:
        result.extend(due[:2])
        del due[:2]
        if new:
            result.append(new.pop(0))
    return result


def _exercise(
    item: PracticeItem,
    pool: list[PracticeItem],
    avoid: set[ExerciseKind],
    options: SessionOptions,
    rng: random.Random,
    pictures: PictureLookup,
) -> Exercise:
    kinds = possible_kinds(item, pool, options, pictures)
    preferred = [kind for kind in kinds if kind not in avoid] or kinds
    kind = rng.choice(preferred)
    if kind in (ExerciseKind.CHOOSE_PICTURE, ExerciseKind.LISTEN):
        return Exercise(kind, item, choice_options(item, pool, rng, pictures))
    return Exercise(kind, item)


def possible_kinds(
    item: PracticeItem,
    pool: list[PracticeItem],
    options: SessionOptions,
    pictures: PictureLookup = by_reference,
) -> list[ExerciseKind]:
    if item.is_new:
        return [ExerciseKind.RECALL]  # a new word is first shown, with everything about it
    kinds = [ExerciseKind.RECALL, ExerciseKind.TYPE]
    if len(wrong_options(item, pool, pictures, WRONG_OPTIONS)) >= WRONG_OPTIONS:
        kinds.append(ExerciseKind.CHOOSE_PICTURE)
        if options.listening:
            kinds.append(ExerciseKind.LISTEN)
    if item.term.word_class == "noun" and item.term.article in ("de", "het"):
        kinds.append(ExerciseKind.ARTICLE)
    if options.speaking:
        kinds.append(ExerciseKind.SPEAK)
    return kinds


def choice_options(
    item: PracticeItem,
    pool: list[PracticeItem],
    rng: random.Random,
    pictures: PictureLookup = by_reference,
) -> tuple[PracticeItem, ...]:
    """The item and three others from its deck that are clearly wrong (core.practice.
    distractors): another picture, another family, a word that does not also fit."""
    sample = rng.sample(pool, min(len(pool), CANDIDATES))
    candidates = wrong_options(item, sample, pictures)
    if len(candidates) < WRONG_OPTIONS:  # a deck with few pictures: look at all of it
        candidates = wrong_options(item, pool, pictures)
    same_category = [c for c in candidates if c.term.category == item.term.category]
    others = [c for c in candidates if c.term.category != item.term.category]
    rng.shuffle(same_category)
    rng.shuffle(others)
    chosen = [item, *(same_category + others)[: CHOICES - 1]]
    rng.shuffle(chosen)
    return tuple(chosen)
