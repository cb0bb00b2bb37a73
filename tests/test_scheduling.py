"""FSRS scheduling through the review store: intervals, safety-critical terms, logs, next_due."""

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import State
from sqlalchemy import select, text

import deckbuilder as db
from vaktaal.core.scheduling import CardState, SpacedRepetition
from vaktaal.storage.review_store import ReviewStore
from vaktaal.storage.tables import ReviewLogRow

pytestmark = pytest.mark.both_databases

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4


@pytest.fixture
def deck(services, deck_dir, import_deck, term_keys):
    """The test deck installed; returns the database key of each term."""
    import_deck(services, deck_dir)
    return term_keys(services.engine, db.DECK_ID)


@pytest.fixture
def reviews(services):
    """A review store without fuzzing, so intervals can be compared exactly."""
    return ReviewStore(services.engine, SpacedRepetition(enable_fuzzing=False))


@pytest.fixture
def learner(services, deck):
    return services.learners.add("Amal", ["ar", "en"])


def test_good_moves_due_into_the_future_and_again_keeps_it_short(reviews, learner, deck):
    good_card = reviews.introduce(learner.id, deck["helm"], T0)
    again_card = reviews.introduce(learner.id, deck["tillen"], T0)

    good = reviews.answer(good_card, GOOD, T0, 2000, "meerkeuze")
    again = reviews.answer(again_card, AGAIN, T0, 2000, "meerkeuze")

    assert good.due > T0
    assert T0 <= again.due < good.due
    assert again.due - T0 <= timedelta(hours=1)
    assert good.last_review == again.last_review == T0


def test_again_on_a_learned_card_brings_it_back_soon(reviews, learner, deck):
    card = reviews.introduce(learner.id, deck["helm"], T0)
    state, when = _good_until_review(reviews, card, T0)
    next_good = SpacedRepetition(enable_fuzzing=False).interval(state, GOOD, state.due, False)

    lapsed = reviews.answer(card, AGAIN, state.due, 2000, "spreken")

    assert lapsed.state == int(State.Relearning)
    assert lapsed.due - state.due < next_good
    assert lapsed.due - state.due <= timedelta(hours=1)


def _good_until_review(reviews, card, start, extra=0):
    """Answer Good at each due time until the card is in Review, then `extra` more times."""
    when, state = start, None
    for _ in range(20):
        state = reviews.answer(card, GOOD, when, 2000, "meerkeuze")
        when = state.due
        if state.state == int(State.Review):
            break
    assert state.state == int(State.Review), "the card never reached the Review state"
    for _ in range(extra):
        state = reviews.answer(card, GOOD, when, 2000, "meerkeuze")
        when = state.due
    return state, when


def test_safety_critical_term_comes_back_sooner(reviews, learner, deck, services):
    manifest = db.valid_manifest()
    assert db.term(manifest, "heftruck")["safety_critical"] is True
    assert "safety_critical" not in db.term(manifest, "helm")
    safety = reviews.introduce(learner.id, deck["heftruck"], T0)
    normal = reviews.introduce(learner.id, deck["helm"], T0)

    safety_state, _ = _good_until_review(reviews, safety, T0, extra=3)
    normal_state, _ = _good_until_review(reviews, normal, T0, extra=3)

    safety_interval = safety_state.due - safety_state.last_review
    normal_interval = normal_state.due - normal_state.last_review
    assert timedelta(0) < safety_interval < normal_interval
    assert services.reviews.review_count(safety) == services.reviews.review_count(normal)


def test_the_two_retentions_differ_for_the_same_history():
    """The scheduler itself: the same card and answers, 97 % retention gives the shorter gap."""
    srs = SpacedRepetition(enable_fuzzing=False)
    card, when = CardState(due=T0), T0
    for _ in range(4):
        card = srs.answer(card, GOOD, when)
        when = card.due
    assert card.state == int(State.Review)
    assert srs.interval(card, GOOD, when, True) < srs.interval(card, GOOD, when, False)


def test_every_review_is_logged(services, learner, deck):
    card = services.reviews.introduce(learner.id, deck["helm"], T0)
    answers = [
        (GOOD, T0, 2100, "meerkeuze"),
        (AGAIN, T0 + timedelta(minutes=12), 5400, "spreken"),
        (HARD, T0 + timedelta(minutes=15, seconds=7), 3900, "luisteren"),
        (EASY, T0 + timedelta(days=1, hours=2), 1200, "typen"),
    ]
    for rating, when, duration, kind in answers:
        services.reviews.answer(card, rating, when, duration, kind)

    query = select(ReviewLogRow).where(ReviewLogRow.card_id == card).order_by(ReviewLogRow.id)
    with services.engine.connect() as connection:
        logs = connection.execute(query).all()
    assert [(r.rating, r.reviewed_at, r.duration_ms, r.exercise_kind) for r in logs] == answers
    assert all(r.reviewed_at.utcoffset() == timedelta(0) for r in logs)
    assert services.reviews.review_count(card) == len(answers)


def test_review_time_is_stored_as_utc(services, learner, deck):
    card = services.reviews.introduce(learner.id, deck["helm"], T0)
    services.reviews.answer(card, GOOD, T0, 1000, "meerkeuze")
    with services.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT reviewed_at FROM review_logs WHERE card_id = :card"), {"card": card}
        ).scalar_one()
    assert str(stored).startswith(T0.strftime("%Y-%m-%d %H:%M:%S"))


def test_next_due_is_the_most_overdue_card_of_the_learners_own_decks(
    services, deck, tmp_path, import_deck, term_keys
):
    other = db.valid_manifest()
    other["deck"].update(id="keuken-test", title="Keuken (test)")
    import_deck(services, db.write_deck(tmp_path / "keuken", other))
    other_keys = term_keys(services.engine, "keuken-test")
    amal = services.learners.add("Amal", ["ar"], decks=[db.DECK_ID])
    yonas = services.learners.add("Yonas", ["ti"], decks=[db.DECK_ID, "keuken-test"])
    reviews = services.reviews
    # Amal has a card in a deck that is not hers: the most overdue of all; it must not come.
    reviews.introduce(amal.id, other_keys["helm"], T0 - timedelta(days=9))
    # Yonas's cards in Amal's deck are more overdue than hers; they are not hers.
    reviews.introduce(yonas.id, deck["helm"], T0 - timedelta(days=8))
    oldest = reviews.introduce(amal.id, deck["tillen"], T0 - timedelta(days=3))
    reviews.introduce(amal.id, deck["helm"], T0 - timedelta(days=1))
    reviews.introduce(amal.id, deck["pbm"], T0 + timedelta(days=2))

    due = reviews.next_due(amal.id, T0)

    assert due is not None
    assert (due.card_id, due.term_pk) == (oldest, deck["tillen"])
    assert due.due == T0 - timedelta(days=3)
    assert reviews.next_due(amal.id, T0 - timedelta(days=4)) is None
    yonas_due = reviews.next_due(yonas.id, T0)
    assert yonas_due is not None and yonas_due.term_pk == deck["helm"]


def test_answered_card_is_no_longer_due(services, learner, deck):
    card = services.reviews.introduce(learner.id, deck["helm"], T0)
    assert services.reviews.next_due(learner.id, T0).card_id == card

    state = services.reviews.answer(card, GOOD, T0, 1000, "meerkeuze")

    assert services.reviews.next_due(learner.id, T0) is None
    assert services.reviews.next_due(learner.id, state.due).card_id == card
