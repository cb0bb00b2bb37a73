"""The same learner practising on two PCs at the same moment is allowed: both sets of answers
are kept, and a card answered on both PCs is scheduled from every answer in the order they
were stored (no refusal "Amal oefent al op een andere pc"; see docs/several-pcs.md)."""

import os
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from vaktaal.app import Backend, install_bundled_decks
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.plan import SessionOptions
from vaktaal.core.practice.rating import GOOD
from vaktaal.core.scheduling import CardState
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage.tables import CardRow, ReviewLogRow, TermRow

pytestmark = pytest.mark.both_databases

START = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
DECK = "magazijn-installatie"


def answer_one(backend: Backend, learner_id: int, session) -> int:  # type: ignore[no-untyped-def]
    """Answer the exercise on screen right; the card's term."""
    exercise = session.show()
    objective = exercise.kind.is_objective
    outcome = session.answer(Verdict.RIGHT) if objective else session.rate(GOOD)
    backend.practice.record(learner_id, outcome)
    return exercise.item.term_pk


def test_both_pcs_keep_their_answers_and_cards_follow_all_of_them(
    make_services: Callable[..., Backend],
) -> None:
    clock = FakeClock(START)
    pc1 = make_services("pc1", clock=clock, speaker=FakeSpeaker())
    shared = {**os.environ, "VAKTAAL_DATABASE_URL": pc1.paths.database_url}
    pc2 = make_services("pc2", env=shared, clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(pc1)
    amal = pc1.learners.add("Amal", ["ar"], decks=[DECK])
    options = SessionOptions(size=6, new_terms=4)
    sessions = [
        (pc, pc.practice.start_session(amal.id, DECK, options)) for pc in (pc1, pc2)
    ]  # both planned from the same state: the same new words on both PCs
    sent = 0
    while not all(session.finished for _pc, session in sessions):
        for pc, session in sessions:  # in turn, as two learners' hands would
            if not session.finished:
                answer_one(pc, amal.id, session)
                sent += 1

    with pc2.engine.connect() as connection:
        logs = connection.execute(
            select(ReviewLogRow.card_id, ReviewLogRow.rating, ReviewLogRow.reviewed_at).order_by(
                ReviewLogRow.id
            )
        ).all()
        cards = connection.execute(
            select(CardRow.id, CardRow.stability, CardRow.difficulty, TermRow.safety_critical)
            .join(TermRow, TermRow.id == CardRow.term_pk)
            .where(CardRow.learner_id == amal.id)
        ).all()
    assert len(logs) == sent  # both sets kept
    assert len({row.card_id for row in logs}) == len(cards)  # a word on both PCs: one card
    answered_twice = [card for card in cards if sum(r.card_id == card.id for r in logs) > 1]
    assert answered_twice, "the two sessions should share words"
    srs = pc1.reviews.srs
    for card in cards:
        expected = CardState(due=START)
        for row in (row for row in logs if row.card_id == card.id):
            expected = srs.answer(expected, row.rating, row.reviewed_at, bool(card.safety_critical))
        assert card.stability == pytest.approx(expected.stability)
        assert card.difficulty == pytest.approx(expected.difficulty)
    done = [pc.practice.home(amal.id).done_today for pc in (pc1, pc2)]
    assert done == [sent, sent]  # each PC shows every answer of the day
