"""Buddy sessions: started, ended with the buddy's notes, and the history per learner; and
what a buddy session's plan weighs (core.practice.buddy_plan), one query per input."""

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, Select, and_, case, func, select, update
from sqlalchemy.orm import Session

from vaktaal.core.practice.buddy_plan import CardStats
from vaktaal.core.practice.exercises import PracticeItem
from vaktaal.core.practice.rating import AGAIN
from vaktaal.storage.practice_store import MediaRefs, _item
from vaktaal.storage.tables import (
    BuddySessionRow,
    CardRow,
    LearnerDeckRow,
    ReviewLogRow,
    SpeechAttemptRow,
    TermRow,
)


@dataclass(frozen=True)
class BuddySessionRecord:
    id: int
    learner_id: int
    buddy_id: int | None
    buddy_name: str
    minutes: int  # the length chosen: 15, 20 or 30
    started_at: datetime
    ended_at: datetime | None  # None: not ended (the PC was left, the app closed)
    went_well: str
    to_practise: str
    next_note: str
    answers: int  # reviews given in the session


class BuddyStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def start(
        self, learner_id: int, buddy_id: int, buddy_name: str, minutes: int, now: datetime
    ) -> int:
        row = BuddySessionRow(
            learner_id=learner_id,
            buddy_id=buddy_id,
            buddy_name=buddy_name,
            minutes=minutes,
            started_at=now,
        )
        with Session(self.engine) as session, session.begin():
            session.add(row)
            session.flush()
            return row.id

    def finish(
        self, session_id: int, now: datetime, went_well: str, to_practise: str, next_note: str
    ) -> None:
        values = {
            "ended_at": now,
            "went_well": went_well,
            "to_practise": to_practise,
            "next_note": next_note,
        }
        statement = update(BuddySessionRow).where(BuddySessionRow.id == session_id)
        with Session(self.engine) as session, session.begin():
            session.execute(statement.values(**values))

    def history(self, learner_id: int, limit: int | None = None) -> list[BuddySessionRecord]:
        """The learner's buddy sessions, newest first, each with its number of answers."""
        answers = (
            select(func.count(ReviewLogRow.id))
            .where(ReviewLogRow.buddy_session_id == BuddySessionRow.id)
            .scalar_subquery()
        )
        query = (
            select(BuddySessionRow, answers)
            .where(BuddySessionRow.learner_id == learner_id)
            .order_by(BuddySessionRow.started_at.desc(), BuddySessionRow.id.desc())
            .limit(limit)
        )
        with Session(self.engine) as session:
            return [_record(row, count) for row, count in session.execute(query)]

    def last_note(self, learner_id: int) -> BuddySessionRecord | None:
        """The newest ended session with a note for next time, if any."""
        query = (
            select(BuddySessionRow)
            .where(
                BuddySessionRow.learner_id == learner_id,
                BuddySessionRow.ended_at.is_not(None),
                BuddySessionRow.next_note != "",
            )
            .order_by(BuddySessionRow.ended_at.desc(), BuddySessionRow.id.desc())
            .limit(1)
        )
        with Session(self.engine) as session:
            row = session.scalars(query).first()
            return None if row is None else _record(row, 0)

    def sessions_since(self, since: datetime) -> dict[int, int]:
        """Per learner: how many buddy sessions started since `since` (dashboard)."""
        query = (
            select(BuddySessionRow.learner_id, func.count())
            .where(BuddySessionRow.started_at >= since)
            .group_by(BuddySessionRow.learner_id)
        )
        with Session(self.engine) as session:
            return {learner: count for learner, count in session.execute(query)}

    def card_stats(self, learner_id: int, overrules_since: datetime) -> list[CardStats]:
        """Every card of the learner's decks with its FSRS state, "again" answers, spoken
        misses and recent overrules (two queries for all cards together)."""
        with Session(self.engine) as session:
            spoken = _spoken_per_card(session, learner_id, overrules_since)
            rows = session.execute(_cards_query(learner_id)).all()
        return [
            CardStats(pk, critical, due, stability, last, int(lapses), *spoken.get(card, (0, 0)))
            for card, pk, critical, due, stability, last, lapses in rows
        ]

    def items(self, learner_id: int, term_pks: Sequence[int]) -> dict[int, PracticeItem]:
        """The learner's practice items of these terms (with their cards), by term."""
        card = and_(CardRow.term_pk == TermRow.id, CardRow.learner_id == learner_id)
        query = select(TermRow, CardRow.id, CardRow.last_review).join(CardRow, card)
        query = query.where(TermRow.id.in_(term_pks))
        with Session(self.engine) as session:
            rows = session.execute(query).all()
            media = MediaRefs(session, sorted({term.deck_id for term, _card, _last in rows}))
            return {
                term.id: _item(term, card_id, media, never_shown=last is None)
                for term, card_id, last in rows
            }

    def pool_sample(
        self, deck_ids: Sequence[str], per_deck: int, rng: random.Random
    ) -> dict[str, list[PracticeItem]]:
        """Up to `per_deck` random terms of each deck: the wrong options of choice exercises
        come from these (the planner samples CANDIDATES of them anyway). Two queries."""
        ids = select(TermRow.deck_id, TermRow.id).where(
            TermRow.deck_id.in_(deck_ids), TermRow.removed.is_(False)
        )
        pools: dict[str, list[PracticeItem]] = {deck: [] for deck in deck_ids}
        with Session(self.engine) as session:
            per: dict[str, list[int]] = {deck: [] for deck in deck_ids}
            for deck, term_pk in session.execute(ids):
                per[deck].append(term_pk)
            chosen = [pk for pks in per.values() for pk in rng.sample(pks, min(per_deck, len(pks)))]
            media = MediaRefs(session, deck_ids)
            for row in session.scalars(select(TermRow).where(TermRow.id.in_(chosen))):
                pools[row.deck_id].append(_item(row, None, media))
        return pools


def _cards_query(
    learner_id: int,
) -> Select[int, int, bool, datetime, float | None, datetime | None, int]:
    lapses = (
        select(ReviewLogRow.card_id, func.count().label("lapses"))
        .join(CardRow, CardRow.id == ReviewLogRow.card_id)
        .where(CardRow.learner_id == learner_id, ReviewLogRow.rating == AGAIN)
        .group_by(ReviewLogRow.card_id)
        .subquery()
    )
    decks = and_(LearnerDeckRow.deck_id == TermRow.deck_id, LearnerDeckRow.learner_id == learner_id)
    return (
        select(
            CardRow.id,
            CardRow.term_pk,
            TermRow.safety_critical,
            CardRow.due,
            CardRow.stability,
            CardRow.last_review,
            func.coalesce(lapses.c.lapses, 0),
        )
        .join(TermRow, TermRow.id == CardRow.term_pk)
        .join(LearnerDeckRow, decks)
        .outerjoin(lapses, lapses.c.card_id == CardRow.id)
        .where(CardRow.learner_id == learner_id, TermRow.removed.is_(False))
    )


def _spoken_per_card(
    session: Session, learner_id: int, overrules_since: datetime
) -> dict[int, tuple[int, int]]:
    """Per card: spoken attempts not judged "goed" in the end, and overrules since then."""
    missed = func.sum(case((SpeechAttemptRow.final_verdict != "right", 1), else_=0))
    recent = and_(SpeechAttemptRow.overruled.is_(True), ReviewLogRow.reviewed_at >= overrules_since)
    overruled = func.sum(case((recent, 1), else_=0))
    query = (
        select(ReviewLogRow.card_id, missed, overruled)
        .join(ReviewLogRow, ReviewLogRow.id == SpeechAttemptRow.review_log_id)
        .join(CardRow, CardRow.id == ReviewLogRow.card_id)
        .where(CardRow.learner_id == learner_id)
        .group_by(ReviewLogRow.card_id)
    )
    return {card: (int(m or 0), int(o or 0)) for card, m, o in session.execute(query)}


def _record(row: BuddySessionRow, answers: int) -> BuddySessionRecord:
    return BuddySessionRecord(
        id=row.id,
        learner_id=row.learner_id,
        buddy_id=row.buddy_id,
        buddy_name=row.buddy_name,
        minutes=row.minutes,
        started_at=row.started_at,
        ended_at=row.ended_at,
        went_well=row.went_well,
        to_practise=row.to_practise,
        next_note=row.next_note,
        answers=int(answers),
    )
