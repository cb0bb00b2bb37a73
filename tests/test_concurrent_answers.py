"""Two PCs (here: threads with their own connections) answering the same card at the same
moment: each answer starts from the other's result, none is lost; a card made twice is one."""

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.rating import GOOD
from vaktaal.core.scheduling import CardState
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage.tables import CardRow, ReviewLogRow, TermRow

pytestmark = pytest.mark.both_databases

START = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
ANSWERS = 8


@pytest.fixture
def world(tmp_path):
    backend = open_backend(tmp_path / "data", clock=FakeClock(START), speaker=FakeSpeaker())
    install_bundled_decks(backend)
    learner = backend.learners.add("Amal", ["ar"], decks=["magazijn-installatie"])
    with backend.engine.connect() as connection:
        term_pk, safety = connection.execute(
            select(TermRow.id, TermRow.safety_critical).order_by(TermRow.id).limit(1)
        ).one()
    yield backend, learner, term_pk, bool(safety)
    backend.close()


def test_answers_at_the_same_moment_start_from_each_others_result(world, monkeypatch) -> None:
    backend, learner, term_pk, safety = world
    reviews = backend.reviews
    card_id = reviews.introduce(learner.id, term_pk, START)
    schedule = reviews.srs.answer

    def slowly(*args: object) -> CardState:  # widen the moment between reading and writing
        time.sleep(0.05)
        return schedule(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reviews.srs, "answer", slowly)
    answers = [
        threading.Thread(target=reviews.answer, args=(card_id, GOOD, when, 1000, "recall"))
        for when in (START + timedelta(hours=hour) for hour in range(1, ANSWERS + 1))
    ]
    for thread in answers:
        thread.start()
    for thread in answers:
        thread.join()

    with backend.engine.connect() as connection:
        logged = connection.execute(
            select(ReviewLogRow.reviewed_at, ReviewLogRow.rating)
            .where(ReviewLogRow.card_id == card_id)
            .order_by(ReviewLogRow.id)
        ).all()
        card = connection.execute(select(CardRow).where(CardRow.id == card_id)).one()
    assert len(logged) == ANSWERS
    expected = CardState(due=START)
    for when, rating in logged:  # in the order they were stored: each from the one before
        expected = schedule(expected, rating, when, safety)
    assert card.stability == pytest.approx(expected.stability)
    assert card.difficulty == pytest.approx(expected.difficulty)
    assert card.last_review == expected.last_review


def test_a_card_made_twice_is_one_card(world) -> None:
    backend, learner, term_pk, _safety = world
    first = backend.reviews.introduce(learner.id, term_pk, START)
    again = backend.reviews.introduce(learner.id, term_pk, START)  # as from a second PC
    assert again == first
    with backend.engine.connect() as connection:
        cards = connection.execute(
            select(CardRow.id).where(CardRow.learner_id == learner.id, CardRow.term_pk == term_pk)
        ).all()
    assert len(cards) == 1
