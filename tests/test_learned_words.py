"""When a word counts as learned, and each deck's word list: the rule, then real answers
through the practice use case on a real database with a fake clock."""

from datetime import UTC, date, datetime

import pytest

from deckbuilder import bundled_term_count, bundled_terms
from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.learned import Answer, WordState, word_state
from vaktaal.core.practice.rating import AGAIN, EASY, GOOD, HARD
from vaktaal.core.practice.session import PracticeSession
from vaktaal.speech.tts import FakeSpeaker

pytestmark = pytest.mark.both_databases

START = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
DAY = 86_400
DECK = "magazijn-installatie"
NEW, LEARNING, LEARNED = WordState.NEW, WordState.LEARNING, WordState.LEARNED


def answers(*given: tuple[int, int]) -> list[Answer]:
    """(day of November, rating) pairs."""
    return [Answer(date(2026, 11, day), rating) for day, rating in given]


@pytest.mark.parametrize(
    ("given", "state"),
    [
        ((), NEW),
        (((1, GOOD),), LEARNING),  # only the new-word card: seeing is not knowing
        (((1, GOOD), (1, GOOD), (1, EASY)), LEARNING),  # right, but all on one day
        (((1, GOOD), (1, GOOD), (2, GOOD)), LEARNED),
        (((1, GOOD), (2, HARD), (3, HARD)), LEARNED),  # slow or almost right is knowing it
        (((1, GOOD), (2, GOOD)), LEARNING),  # the card of day 1 does not count
        (((1, GOOD), (1, GOOD), (2, GOOD), (3, AGAIN)), LEARNING),  # forgotten again
        (((1, GOOD), (1, GOOD), (2, GOOD), (3, AGAIN), (3, GOOD)), LEARNED),  # and known again
        (((1, AGAIN), (2, AGAIN), (3, AGAIN), (4, GOOD)), LEARNING),
    ],
)
def test_learned_means_known_on_two_days_after_the_first_showing(given, state) -> None:
    assert word_state(answers(*given)) is state


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
    item = PracticeItem(found.term_pk, found.deck_id, found.term)
    session = PracticeSession([Exercise(kind, item)], clock)
    session.show()
    clock.advance(5)
    if kind.is_objective:
        outcome = session.answer(verdict)
    else:
        outcome = session.rate(GOOD if verdict is Verdict.RIGHT else AGAIN)
    backend.practice.record(learner.id, outcome)


def states(world) -> dict[str, WordState]:
    backend, _clock, learner, _pool = world
    words = backend.practice.word_list(learner.id, DECK).words
    return {word.term.id: word.state for word in words}


def learned_count(world) -> tuple[int, int]:
    """Learned on the progress page and on the home page."""
    backend, _clock, learner, _pool = world
    progress = backend.practice.progress(learner.id).decks[0].learned
    return progress, backend.practice.home(learner.id).decks[0].learned


def test_a_session_of_new_words_learns_none_and_the_next_day_learns_them(world) -> None:
    backend, clock, learner, _pool = world
    session = backend.practice.start_session(learner.id)
    while not session.finished:  # every new word: its card, rated "good"
        session.show()
        clock.advance(4)
        backend.practice.record(learner.id, session.rate(GOOD))
    shown = {exercise.item.term.id for exercise in session.exercises}
    for term_id in shown:
        answer(world, term_id, ExerciseKind.TYPE)  # right, the same day
    assert {states(world)[t] for t in shown} == {LEARNING}
    assert learned_count(world) == (0, 0)

    clock.advance(DAY)
    right, wrong = sorted(shown)[:-1], sorted(shown)[-1]
    for term_id in right:
        answer(world, term_id, ExerciseKind.CHOOSE_PICTURE)
    answer(world, wrong, ExerciseKind.CHOOSE_PICTURE, Verdict.WRONG)

    now = states(world)
    assert {now[t] for t in right} == {LEARNED} and now[wrong] is LEARNING
    assert learned_count(world) == (len(right), len(right))
    assert sum(state is NEW for state in now.values()) == bundled_term_count(DECK) - len(shown)


def test_the_word_list_is_in_deck_order_with_pictures_and_must_know_words(world) -> None:
    backend, _clock, learner, pool = world
    word_list = backend.practice.word_list(learner.id, DECK)
    assert word_list.deck is not None and word_list.deck.title == "Magazijn installatiebedrijf"
    ids = [word.term.id for word in word_list.words]
    assert sorted(ids) == sorted(pool) and len(ids) == bundled_term_count(DECK)
    in_file = [term["id"] for term in bundled_terms(DECK)]
    assert ids == in_file and ids[:3] == ["magazijn", "monteur", "stelling"]  # deck order
    assert all(word.term.pictogram for word in word_list.words)
    must_know = {word.term.id for word in word_list.words if word.term.safety_critical}
    assert {"nooduitgang", "brandblusser"} <= must_know


def test_a_deck_that_is_not_the_learners_has_no_word_list(world) -> None:
    backend, _clock, learner, _pool = world
    assert backend.practice.word_list(learner.id, "it-servicedesk").deck is None


def test_days_are_the_learners_local_days(world) -> None:
    backend, clock, learner, _pool = world
    answer(world, "heftruck", ExerciseKind.RECALL)  # the new-word card, at 10:00 UTC
    clock.advance(13 * 3600)
    answer(world, "heftruck", ExerciseKind.TYPE)  # 23:00 UTC
    clock.advance(2 * 3600)
    answer(world, "heftruck", ExerciseKind.TYPE)  # 01:00 UTC, the next day in UTC

    def state(offset_minutes: int) -> WordState:
        words = backend.practice_store.word_list(learner.id, DECK, offset_minutes)
        return next(word.state for word in words if word.term.id == "heftruck")

    assert state(0) is LEARNED  # 24 and 25 November
    assert state(120) is LEARNING  # both on 25 November in UTC+2
    assert state(-120) is LEARNING  # both on 24 November in UTC-2
