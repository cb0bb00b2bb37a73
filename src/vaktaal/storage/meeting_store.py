"""Installed meetings, learners' results of meeting exercises, and unknown words to practise."""

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, and_, insert, select, update
from sqlalchemy.orm import Session

from vaktaal.core.clock import Clock
from vaktaal.core.meetings.codec import meeting_from_document
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.scheduling import CardState
from vaktaal.storage.practice_store import MediaRefs
from vaktaal.storage.tables import (
    CardRow,
    DeckRow,
    LearnerDeckRow,
    MeetingResultRow,
    MeetingRow,
    TermRow,
)

EXERCISES = ("main_points", "action_items", "unknown_words", "summary")


@dataclass(frozen=True)
class MeetingSummary:
    id: str
    deck_id: str
    title: str
    situation: str
    lines: int
    main_points: int


@dataclass(frozen=True)
class InstalledMeeting:
    deck_id: str
    meeting: Meeting  # its audio as `stored:` references, ready to play


@dataclass(frozen=True)
class MeetingResult:
    meeting_id: str
    exercise: str
    score: float
    details: dict[str, Any]
    recorded_at: datetime


class MeetingStore:
    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock

    def list_meetings(self) -> list[MeetingSummary]:
        query = (
            select(MeetingRow)
            .join(DeckRow, DeckRow.id == MeetingRow.deck_id)
            .order_by(DeckRow.title, MeetingRow.position)
        )
        with Session(self.engine) as session:
            return [_summary(row) for row in session.scalars(query)]

    def get(self, meeting_id: str) -> InstalledMeeting | None:
        with Session(self.engine) as session:
            row = session.get(MeetingRow, meeting_id)
            if row is None:
                return None
            meeting = meeting_from_document(row.id, row.content)
            refs = MediaRefs(session, [row.deck_id])
            return InstalledMeeting(row.deck_id, _playable(meeting, row.deck_id, refs))

    def record_result(
        self, learner_id: int, meeting_id: str, exercise: str, score: float, details: dict[str, Any]
    ) -> None:
        if exercise not in EXERCISES:
            raise ValueError(f"unknown meeting exercise {exercise!r}")
        if not 0.0 <= score <= 1.0:
            raise ValueError(f"score {score} is not between 0 and 1")
        values = {
            "learner_id": learner_id, "meeting_id": meeting_id, "exercise": exercise,
            "score": score, "details": details, "recorded_at": self.clock.now(),
        }  # fmt: skip
        with Session(self.engine) as session, session.begin():
            session.execute(insert(MeetingResultRow), [values])

    def results(self, learner_id: int) -> list[MeetingResult]:
        query = (
            select(MeetingResultRow)
            .where(MeetingResultRow.learner_id == learner_id)
            .order_by(MeetingResultRow.recorded_at, MeetingResultRow.id)
        )
        with Session(self.engine) as session:
            return [
                MeetingResult(r.meeting_id, r.exercise, r.score, dict(r.details), r.recorded_at)
                for r in session.scalars(query)
            ]

    def add_unknown_words(self, learner_id: int, deck_id: str, term_ids: Sequence[str]) -> int:
        """Make these terms due now in the learner's practice (new cards where needed).

        A new card has no review yet: practice shows it as a new word first, before any
        exercise asks for it (PracticeStore.new_items). The deck joins the learner's decks
        if it was not one of them. Returns how many terms were found in the deck.
        """
        now = self.clock.now()
        with Session(self.engine) as session, session.begin():
            terms = session.scalars(
                select(TermRow.id).where(
                    TermRow.deck_id == deck_id,
                    TermRow.term_id.in_(set(term_ids)),
                    TermRow.removed.is_(False),
                )
            ).all()
            if not terms:
                return 0
            _join_deck(session, learner_id, deck_id)
            _make_due(session, learner_id, list(terms), now)
            return len(terms)


def _summary(row: MeetingRow) -> MeetingSummary:
    content = row.content
    return MeetingSummary(
        row.id, row.deck_id, row.title, row.situation,
        len(content.get("lines", [])), len(content.get("main_points", [])),
    )  # fmt: skip


def _playable(meeting: Meeting, deck_id: str, refs: MediaRefs) -> Meeting:
    def ref(value: str | None) -> str | None:
        return refs.stored_ref(deck_id, value) if value else None

    lines = tuple(replace(line, audio=ref(line.audio)) for line in meeting.lines)
    return replace(meeting, lines=lines, recording=ref(meeting.recording))


def _join_deck(session: Session, learner_id: int, deck_id: str) -> None:
    key = {"learner_id": learner_id, "deck_id": deck_id}
    if session.get(LearnerDeckRow, key) is None:
        session.add(LearnerDeckRow(**key))
        session.flush()


def _make_due(session: Session, learner_id: int, term_pks: list[int], now: datetime) -> None:
    mine = and_(CardRow.learner_id == learner_id, CardRow.term_pk.in_(term_pks))
    started = set(session.scalars(select(CardRow.term_pk).where(mine)))
    session.execute(update(CardRow).where(mine, CardRow.due > now).values(due=now))
    new = [pk for pk in term_pks if pk not in started]
    if new:
        state = asdict(CardState(due=now))
        session.execute(
            insert(CardRow), [{"learner_id": learner_id, "term_pk": pk, **state} for pk in new]
        )
