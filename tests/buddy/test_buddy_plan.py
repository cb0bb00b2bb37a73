"""The buddy session's plan (core.practice.buddy_plan): weakest words first, due must-know
words before them, length -> number of exercises, kinds mixed, new words fill up."""

import random
from datetime import UTC, datetime, timedelta

import pytest

from vaktaal.core.model import Term
from vaktaal.core.practice.buddy_plan import (
    BuddyPlan,
    CardStats,
    choose,
    exercise_count,
    plan_exercises,
    rank,
    weakness,
)
from vaktaal.core.practice.exercises import ExerciseKind, PracticeItem
from vaktaal.core.practice.plan import SessionOptions

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def card(pk: int, **given: object) -> CardStats:
    """A word reviewed a day ago, well known (stability 100 days), due in a month."""
    values: dict[str, object] = {
        "term_pk": pk, "safety_critical": False, "due": NOW + timedelta(days=30),
        "stability": 100.0, "last_review": NOW - timedelta(days=1),
    }  # fmt: skip
    values.update(given)
    return CardStats(**values)  # type: ignore[arg-type]


def item(pk: int, critical: bool = False, new: bool = False) -> PracticeItem:
    term = Term(
        id=f"t{pk}", term=f"woord{pk}", word_class="noun", explanation="", example="",
        pictogram=f"asset:p{pk}.svg", article="de", safety_critical=critical, glosses={},
    )  # fmt: skip
    return PracticeItem(pk, "deck", term, None if new else pk)


@pytest.mark.parametrize(("minutes", "count"), [(15, 30), (20, 40), (30, 60)])
def test_the_length_gives_two_exercises_a_minute(minutes, count) -> None:
    assert exercise_count(minutes) == count
    cards = [card(pk) for pk in range(100)]
    assert choose(cards, minutes, NOW).size == count
    assert len(choose(cards, minutes, NOW).term_pks) == count


def test_other_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        exercise_count(25)


def test_each_weakness_counts_and_forgetting_most() -> None:
    known = card(1)
    forgotten = card(2, stability=1.0, last_review=NOW - timedelta(days=40))
    lapsed = card(3, lapses=4)
    missed = card(4, speech_misses=3)
    overruled = card(5, overrules=2)
    base = weakness(known, NOW)
    for other in (forgotten, lapsed, missed, overruled):
        assert weakness(other, NOW) > base
    assert weakness(card(6, lapses=40), NOW) == weakness(lapsed, NOW)  # bounded


def test_weakest_words_come_first() -> None:
    cards = [
        card(1),
        card(2, lapses=2),
        card(3, stability=1.0, last_review=NOW - timedelta(days=20)),
        card(4, speech_misses=1, overrules=1),
        card(5, stability=2.0, last_review=NOW - timedelta(days=20), lapses=4),
    ]
    assert [c.term_pk for c in rank(cards, NOW)] == [5, 4, 3, 2, 1]
    assert choose(cards, 15, NOW).term_pks[:2] == [5, 4]


def test_due_must_know_words_come_before_weaker_words() -> None:
    weak = card(1, stability=1.0, last_review=NOW - timedelta(days=40), lapses=4)
    due_safety = card(2, safety_critical=True, due=NOW - timedelta(hours=1))
    later_safety = card(3, safety_critical=True)  # not due: ranked by weakness only
    ranked = [c.term_pk for c in rank([weak, later_safety, due_safety], NOW)]
    assert ranked == [2, 1, 3]


def test_new_words_fill_up_when_few_words_were_seen() -> None:
    cards = [card(pk) for pk in range(5)] + [card(99, last_review=None, stability=None)]
    plan = choose(cards, 15, NOW)
    assert (plan.size, len(plan.term_pks), plan.new_terms) == (30, 5, 25)
    assert 99 not in plan.term_pks  # a card never shown is a new word, not a seen one
    items = {pk: item(pk) for pk in plan.term_pks}
    new = [item(pk, new=True) for pk in range(100, 125)]
    pools = {"deck": [*items.values(), *new]}
    exercises = plan_exercises(plan, items, new, pools, SessionOptions(), random.Random(1))
    assert len(exercises) == 30
    assert sum(e.item.is_new for e in exercises) == 25


def test_enough_seen_words_leave_no_room_for_new_ones() -> None:
    plan = choose([card(pk) for pk in range(80)], 20, NOW)
    assert (len(plan.term_pks), plan.new_terms) == (40, 0)


def test_the_kinds_are_mixed_and_speaking_only_with_a_model() -> None:
    plan = BuddyPlan(30, list(range(30)), 0)
    items = {pk: item(pk) for pk in range(30)}
    pools = {"deck": list(items.values())}
    for speaking in (False, True):
        options = SessionOptions(listening=True, speaking=speaking)
        exercises = plan_exercises(plan, items, [], pools, options, random.Random(3))
        kinds = [e.kind for e in exercises]
        assert len(set(kinds)) >= 4
        assert all(a != b for a, b in zip(kinds, kinds[1:], strict=False))
        assert (ExerciseKind.SPEAK in kinds) is speaking


def test_must_know_words_of_the_plan_open_the_session() -> None:
    weak = card(1, stability=1.0, last_review=NOW - timedelta(days=40))
    due_safety = card(2, safety_critical=True, due=NOW - timedelta(hours=1))
    plan = choose([weak, due_safety, card(3)], 15, NOW)
    items = {1: item(1), 2: item(2, critical=True), 3: item(3)}
    new = [item(pk, new=True) for pk in range(10, 37)]
    pools = {"deck": [*items.values(), *new]}
    exercises = plan_exercises(plan, items, new, pools, SessionOptions(), random.Random(1))
    assert [e.item.term_pk for e in exercises[:2]] == [2, 1]
