"""Must-know (safety-critical) terms: the rule, real answers through the practice use case
with a fake clock, and due must-know terms first in every session plan."""

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.model import Term
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.must_know import Review, has_term, recall_days, retrievability
from vaktaal.core.practice.plan import SessionOptions, plan_session
from vaktaal.core.practice.rating import AGAIN, GOOD
from vaktaal.core.practice.session import PracticeSession
from vaktaal.speech.tts import FakeSpeaker

pytestmark = pytest.mark.both_databases

START = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
DAY = 86_400
DECK = "magazijn-installatie"
RECALL, TYPE, SPEAK = "recall", "type", "speak"
PICTURE, LISTEN, ARTICLE = "choose_picture", "listen", "article"


def reviews(*given: tuple[int, str, int]) -> list[Review]:
    """(day of November, exercise kind, rating)."""
    return [Review(date(2026, 11, day), kind, rating) for day, kind, rating in given]


@pytest.mark.parametrize(
    ("given", "days"),
    [
        ((), 0),
        (((1, RECALL, GOOD),), 0),  # the new-word card is not recall
        (((1, RECALL, GOOD), (1, TYPE, GOOD), (2, SPEAK, GOOD)), 2),
        (((1, RECALL, GOOD), (2, RECALL, GOOD), (2, TYPE, GOOD)), 1),  # one day twice
        (((1, RECALL, GOOD), (2, PICTURE, GOOD), (3, LISTEN, GOOD), (4, ARTICLE, GOOD)), 0),
        (((1, RECALL, GOOD), (2, TYPE, AGAIN), (3, SPEAK, AGAIN)), 0),  # wrong is not known
        (((1, RECALL, GOOD), (2, TYPE, GOOD), (3, PICTURE, GOOD), (4, RECALL, GOOD)), 2),
    ],
)
def test_only_correct_recall_after_the_new_word_card_counts(given, days) -> None:
    assert recall_days(reviews(*given)) == days


def test_a_term_is_had_with_two_recall_days_and_a_high_retrievability() -> None:
    two_days = reviews((1, RECALL, GOOD), (2, TYPE, GOOD), (3, SPEAK, GOOD))
    one_day = reviews((1, RECALL, GOOD), (2, TYPE, GOOD), (2, PICTURE, GOOD), (3, LISTEN, GOOD))
    assert has_term(two_days, 0.9)
    assert not has_term(two_days, 0.89)  # known twice, but likely forgotten by now
    assert not has_term(one_day, 1.0)  # choosing a picture is not recalling the word


def test_retrievability_falls_with_time_and_is_zero_without_a_review() -> None:
    now = START
    fresh = retrievability(3.0, now - timedelta(hours=2), now)
    later = retrievability(3.0, now - timedelta(days=3), now)
    long_ago = retrievability(3.0, now - timedelta(days=30), now)
    assert fresh == 1.0 and 0.89 < later < 0.91 and long_ago < 0.7
    assert retrievability(None, None, now) == 0.0


@pytest.fixture
def world(tmp_path):
    clock = FakeClock(START)
    backend = open_backend(tmp_path / "data", clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    learner = backend.learners.add("Amal", ["ar"], decks=[DECK])
    pool = {item.term.id: item for item in backend.practice_store.pools([DECK])[DECK]}
    yield backend, clock, learner, pool
    backend.close()


def answer(world, term_id: str, kind: ExerciseKind, verdict: Verdict = Verdict.RIGHT) -> None:
    """The learner answers one exercise of this word, through the practice use case."""
    backend, clock, learner, pool = world
    found = pool[term_id]
    session = PracticeSession(
        [Exercise(kind, PracticeItem(found.term_pk, DECK, found.term))], clock
    )
    session.show()
    clock.advance(5)
    if kind.is_objective:
        outcome = session.answer(verdict)
    else:
        outcome = session.rate(GOOD if verdict is Verdict.RIGHT else AGAIN)
    backend.practice.record(learner.id, outcome)


def must_know(world) -> dict[str, tuple[bool, int]]:
    backend, _clock, learner, _pool = world
    return {
        t.term.id: (t.done, t.recall_days) for t in backend.practice.must_know(learner.id, DECK)
    }


def test_the_must_know_list_is_the_decks_safety_critical_terms(world) -> None:
    _backend, _clock, _learner, pool = world
    listed = must_know(world)
    assert set(listed) == {t for t, item in pool.items() if item.term.safety_critical}
    assert {"nooduitgang", "brandblusser"} <= set(listed)
    assert set(listed.values()) == {(False, 0)}


def test_recalled_on_two_days_is_had_until_it_fades(world) -> None:
    backend, clock, learner, _pool = world
    answer(world, "nooduitgang", ExerciseKind.RECALL)  # the new-word card
    answer(world, "nooduitgang", ExerciseKind.TYPE)
    answer(world, "brandblusser", ExerciseKind.RECALL)
    answer(world, "brandblusser", ExerciseKind.CHOOSE_PICTURE)
    assert must_know(world)["nooduitgang"] == (False, 1)
    clock.advance(DAY)
    answer(world, "nooduitgang", ExerciseKind.SPEAK)
    answer(world, "brandblusser", ExerciseKind.LISTEN)
    answer(world, "brandblusser", ExerciseKind.CHOOSE_PICTURE)
    now = must_know(world)
    assert now["nooduitgang"] == (True, 2)
    assert now["brandblusser"] == (False, 0)  # chosen from pictures, never recalled
    assert sum(done for done, _days in now.values()) == 1

    clock.advance(120 * DAY)  # not practised for four months: probably forgotten
    later = backend.practice.must_know(learner.id, DECK)
    faded = next(t for t in later if t.term.id == "nooduitgang")
    assert not faded.done and faded.recall_days == 2 and faded.retrievability < 0.9


def test_due_must_know_terms_open_the_session(world) -> None:
    backend, clock, learner, pool = world
    ordinary = [t for t, item in pool.items() if not item.term.safety_critical][:6]
    for term_id in ordinary:  # due soonest
        answer(world, term_id, ExerciseKind.RECALL)
    clock.advance(3600)
    for term_id in ("nooduitgang", "brandblusser"):  # due an hour later
        answer(world, term_id, ExerciseKind.RECALL)
    clock.advance(2 * DAY)
    session = backend.practice.start_session(learner.id, options=SessionOptions(size=4))
    first = [exercise.item.term.id for exercise in session.exercises[:2]]
    assert sorted(first) == ["brandblusser", "nooduitgang"]
    assert not any(exercise.item.is_new for exercise in session.exercises[:2])


def term(word: str, safety: bool = False) -> Term:
    return Term(
        id=word,
        term=word,
        word_class="verb",
        explanation="uitleg",
        example="voorbeeld",
        pictogram=f"asset:{word}.svg",
        glosses={"en": word},
        safety_critical=safety,
    )


def item(pk: int, word: str, safety: bool = False, card: int | None = 1) -> PracticeItem:
    return PracticeItem(pk, "d", term(word, safety), card)


@pytest.mark.parametrize("seed", range(5))
def test_the_plan_puts_due_must_know_first_and_new_words_after(seed: int) -> None:
    due = [item(1, "a"), item(2, "b"), item(3, "c", safety=True), item(4, "d", safety=True)]
    new = [item(10, "nieuw", card=None), item(11, "gevaar", safety=True, card=None)]
    plan = plan_session(due, new, {}, SessionOptions(size=10), random.Random(seed))
    words = [exercise.item.term.id for exercise in plan]
    assert words[:2] == ["c", "d"]
    assert sorted(words) == ["a", "b", "c", "d", "gevaar", "nieuw"]
    new_cards = [exercise for exercise in plan if exercise.item.is_new]
    assert {e.item.term.id for e in new_cards} == {"nieuw", "gevaar"}
    assert all(e.kind is ExerciseKind.RECALL for e in new_cards)  # first shown, as before


def test_due_must_know_terms_are_not_pushed_out_by_new_words() -> None:
    due = [item(1, "a"), *(item(pk, f"s{pk}", safety=True) for pk in (2, 3, 4))]
    new = [item(10 + pk, f"n{pk}", card=None) for pk in range(5)]
    options = SessionOptions(size=4, new_terms=3)
    plan = plan_session(due, new, {}, options, random.Random(1))
    assert [exercise.item.term.id for exercise in plan] == ["s2", "s3", "s4", "n0"]
