"""Cards and reviews: answer a card (FSRS), log the review, fetch the next due card.

This is the hot path of a practice session, so it uses SQLAlchemy Core statements.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Engine, Select, Table, and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from vaktaal.core.scheduling import CardState, SpacedRepetition
from vaktaal.storage.tables import (
    CardRow,
    LearnerDeckRow,
    ReviewLogRow,
    SpeechAttemptRow,
    TermRow,
)

_cards = cast(Table, CardRow.__table__)
_terms = cast(Table, TermRow.__table__)
_logs = cast(Table, ReviewLogRow.__table__)
_learner_decks = cast(Table, LearnerDeckRow.__table__)
_attempts = cast(Table, SpeechAttemptRow.__table__)


@dataclass(frozen=True)
class DueCard:
    card_id: int
    term_pk: int
    due: datetime


class ReviewStore:
    def __init__(self, engine: Engine, srs: SpacedRepetition) -> None:
        self.engine = engine
        self.srs = srs

    def introduce(self, learner_id: int, term_pk: int, when: datetime) -> int:
        """Start a new card for a term the learner has not seen; returns the card id. When
        another PC (or process) made it just before, that card is used: never two."""
        values = _state_values(CardState(due=when))
        statement = insert(_cards).values(learner_id=learner_id, term_pk=term_pk, **values)
        try:
            with self.engine.begin() as connection:
                key = connection.execute(statement).inserted_primary_key
                assert key is not None
                return int(key[0])
        except IntegrityError:
            made = self.card_for_term(learner_id, term_pk)
            if made is None:
                raise
            return made

    def answer(
        self,
        card_id: int,
        rating: int,
        when: datetime,
        duration_ms: int,
        exercise_kind: str,
        speech: dict[str, object] | None = None,
        buddy_session_id: int | None = None,
    ) -> CardState:
        """Schedule the card with FSRS and log the review, in one transaction. The card is
        locked before it is read, so an answer on another PC at the same moment waits and
        then starts from this one's result (no lost update)."""
        with self.engine.begin() as connection:
            row = connection.execute(_locked_card(connection, card_id)).one()
            before = CardState(
                row.state, row.step, row.stability, row.difficulty, row.due, row.last_review
            )
            after = self.srs.answer(before, rating, when, bool(row.safety_critical))
            connection.execute(
                update(_cards).where(_cards.c.id == card_id).values(**_state_values(after))
            )
            log = connection.execute(
                insert(_logs).values(
                    card_id=card_id,
                    rating=rating,
                    reviewed_at=when,
                    duration_ms=duration_ms,
                    exercise_kind=exercise_kind,
                    buddy_session_id=buddy_session_id,
                )
            )
            if speech is not None:
                key = log.inserted_primary_key
                assert key is not None
                connection.execute(insert(_attempts).values(review_log_id=key[0], **speech))
        return after

    def next_due(self, learner_id: int, when: datetime) -> DueCard | None:
        """The learner's most overdue card in one of their decks, if any is due."""
        query = (
            select(_cards.c.id, _cards.c.term_pk, _cards.c.due)
            .join(_terms, _terms.c.id == _cards.c.term_pk)
            .join(
                _learner_decks,
                and_(
                    _learner_decks.c.learner_id == _cards.c.learner_id,
                    _learner_decks.c.deck_id == _terms.c.deck_id,
                ),
            )
            .where(_cards.c.learner_id == learner_id, _cards.c.due <= when)
            .where(_terms.c.removed.is_(False))
            .order_by(_cards.c.due)
            .limit(1)
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return None if row is None else DueCard(row.id, row.term_pk, row.due)

    def review_count(self, card_id: int) -> int:
        query = select(func.count()).select_from(_logs).where(_logs.c.card_id == card_id)
        with self.engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    def card_for_term(self, learner_id: int, term_pk: int) -> int | None:
        query = select(_cards.c.id).where(
            _cards.c.learner_id == learner_id, _cards.c.term_pk == term_pk
        )
        with self.engine.connect() as connection:
            return connection.execute(query).scalar_one_or_none()


def _locked_card(connection: Connection, card_id: int) -> Select[Any]:
    """The card's row locked for this transaction: PostgreSQL locks the row (FOR UPDATE);
    SQLite locks the whole database for writing when this transaction first writes, so a
    no-op write comes first (a plain read first would read a state that may go stale)."""
    if connection.dialect.name == "sqlite":
        connection.execute(update(_cards).where(_cards.c.id == card_id).values(id=_cards.c.id))
        return _load_card(card_id)
    return _load_card(card_id).with_for_update(of=_cards)


def _load_card(card_id: int) -> Select[Any]:
    return (
        select(_cards, _terms.c.safety_critical)
        .join(_terms, _terms.c.id == _cards.c.term_pk)
        .where(_cards.c.id == card_id)
    )


def _state_values(state: CardState) -> dict[str, object]:
    return {
        "state": state.state,
        "step": state.step,
        "stability": state.stability,
        "difficulty": state.difficulty,
        "due": state.due,
        "last_review": state.last_review,
    }
