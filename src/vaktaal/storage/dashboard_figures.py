"""The dashboard's figures as the stores hand them over (dashboard_store, dashboard_memory)."""

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from vaktaal.storage.tables import BuddySessionRow, DeckRow, LearnerDeckRow, LearnerRow, TermRow

LEARNER = "learner"  # the role of a learner (not staff)


@dataclass(frozen=True)
class Period:
    """Local days as UTC instants: from `start` (included) to `end` (not included)."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class LearnerInfo:
    id: int
    name: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class DeckCount:
    learner_id: int
    deck_id: str
    title: str
    terms: int
    due: int
    learned: int
    must_know_total: int


@dataclass
class Activity:
    """One learner's answers: per local day (count, correct), and their first answers."""

    last_review: datetime | None = None
    per_day: dict[date, tuple[int, int]] = field(default_factory=dict)
    firsts_in_period: int = 0  # a card's very first answer (the new-word card), in the period
    firsts_correct: int = 0


@dataclass(frozen=True)
class MustKnowCard:
    """A must-know term recalled on enough days; whether it is had still needs FSRS."""

    learner_id: int
    deck_id: str
    stability: float | None
    last_review: datetime | None


@dataclass(frozen=True)
class VerdictCount:
    learner_id: int
    machine: str
    final: str
    overruled: bool
    count: int


@dataclass(frozen=True)
class Figures:
    """Everything the dashboard counts, for all learners (or one)."""

    learners: list[LearnerInfo]
    decks: list[DeckCount]
    activity: dict[int, Activity]
    must_know: list[MustKnowCard]
    verdicts: list[VerdictCount]
    buddy_sessions: dict[int, int]


def learners(session: Session, learner_id: int | None) -> list[LearnerInfo]:
    """The learners (no staff), by name."""
    query = select(LearnerRow.id, LearnerRow.name, LearnerRow.languages).where(
        LearnerRow.role == LEARNER
    )
    if learner_id is not None:
        query = query.where(LearnerRow.id == learner_id)
    infos = [
        LearnerInfo(id, name, tuple(langs or ())) for id, name, langs in session.execute(query)
    ]
    return sorted(infos, key=lambda info: (info.name.casefold(), info.id))


def buddy_sessions(session: Session, period: Period, learner_id: int | None) -> dict[int, int]:
    """Per learner: buddy sessions started in the period."""
    started = BuddySessionRow.started_at
    query = (
        select(BuddySessionRow.learner_id, func.count())
        .where(started >= period.start, started < period.end)
        .group_by(BuddySessionRow.learner_id)
    )
    if learner_id is not None:
        query = query.where(BuddySessionRow.learner_id == learner_id)
    return {learner: int(count) for learner, count in session.execute(query)}


def learner_decks(learner_id: int | None) -> Select[int, str, str]:
    query = (
        select(LearnerDeckRow.learner_id, DeckRow.id, DeckRow.title)
        .join(DeckRow, DeckRow.id == LearnerDeckRow.deck_id)
        .join(LearnerRow, LearnerRow.id == LearnerDeckRow.learner_id)
        .where(LearnerRow.role == LEARNER)
        .order_by(DeckRow.title, DeckRow.id)
    )
    return query if learner_id is None else query.where(LearnerDeckRow.learner_id == learner_id)


def per_deck(session: Session) -> dict[str, tuple[int, int]]:
    """Per deck: its terms and its must-know terms."""
    safety = func.count(case((TermRow.safety_critical.is_(True), 1)))
    query = (
        select(TermRow.deck_id, func.count(), safety)
        .where(TermRow.removed.is_(False))
        .group_by(TermRow.deck_id)
    )
    return {deck: (int(terms), int(must)) for deck, terms, must in session.execute(query)}
