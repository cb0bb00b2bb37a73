"""Buddy sessions: started, ended with the buddy's notes, and the history per learner."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from vaktaal.storage.tables import BuddySessionRow, ReviewLogRow


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
