"""The staff dashboard's figures over all learners at once: a few aggregated queries
(GROUP BY learner, deck or local day), never one query per learner or per card.

The rules are the learner's own (core.practice.learned, core.practice.must_know): the SQL
only counts what those rules need per card, such as the different days a word was known
after its first answer. Local days come from practice_store._local_day.
"""

import functools
import threading
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import ColumnElement, Engine, Select, Subquery, and_, case, func, select
from sqlalchemy.orm import Session

from vaktaal.core.practice.learned import DAYS_TO_LEARN, Answer
from vaktaal.core.practice.must_know import MUST_KNOW_DAYS, RECALL_KINDS
from vaktaal.core.practice.rating import AGAIN
from vaktaal.storage.dashboard_figures import (
    Activity,
    DeckCount,
    Figures,
    MustKnowCard,
    Period,
    VerdictCount,
    buddy_sessions,
    learner_decks,
    learners,
    per_deck,
)
from vaktaal.storage.dashboard_memory import DashboardMemory, remembered
from vaktaal.storage.dashboard_snapshot import load_memory, load_value, save_memory, save_value
from vaktaal.storage.database import HEAD_REVISION
from vaktaal.storage.practice_store import _local_day
from vaktaal.storage.tables import (
    CardRow,
    DeckRow,
    LearnerDeckRow,
    ReviewLogRow,
    SpeechAttemptRow,
    TermRow,
)

_RECALL = sorted(kind.value for kind in RECALL_KINDS)


SAVE_AFTER_ANSWERS = 2_000  # new answers read before the memory is written to disk again


class DashboardStore:
    def __init__(self, engine: Engine, memory_file: Path | None = None) -> None:
        self.engine = engine
        self._memory: DashboardMemory | None = None  # all learners: the review log read once
        self._memory_file = memory_file  # kept between runs (dashboard_snapshot)
        self._saved_up_to = 0  # the newest answer in the saved memory
        self._lock = threading.Lock()

    def decks(self) -> list[tuple[str, str]]:
        query = select(DeckRow.id, DeckRow.title).order_by(DeckRow.title, DeckRow.id)
        with Session(self.engine) as session:
            return [(deck, title) for deck, title in session.execute(query)]

    def figures(
        self, now: datetime, offset: int, period: Period, sessions: Period,
        learner_id: int | None = None, from_memory: bool = True,
    ) -> Figures:  # fmt: skip
        """The figures of every learner (or one): `period` for answers, `sessions` for buddy
        sessions; `offset` (minutes from UTC) makes local days. All learners come from the
        memory of the review log (dashboard_memory), one learner straight from SQL."""
        if learner_id is None and from_memory:
            with self._lock, Session(self.engine) as session:
                memory = self._ready_memory()
                memory.refresh(session, offset, now)
                self._save_when_grown(memory)
                return remembered(session, memory, now, period, sessions)
        with Session(self.engine) as session:
            found = learners(session, learner_id)
            per_card = {
                (learner, deck): (int(learned or 0), int(first or 0), int(right or 0))
                for learner, deck, learned, first, right in session.execute(
                    _card_figures(offset, period, learner_id)
                )
            }
            return Figures(
                found,
                _deck_counts(session, now, learner_id, per_card),
                _activity(session, offset, learner_id, per_card),
                [
                    MustKnowCard(*row)
                    for row in session.execute(_must_know_cards(offset, learner_id))
                ],
                _verdicts(session, learner_id),
                buddy_sessions(session, sessions, learner_id),
            )

    def _ready_memory(self) -> DashboardMemory:
        if self._memory is None:
            saved = self._memory_file and load_memory(self._memory_file, self._memory_key())
            self._memory = saved or DashboardMemory()
            self._saved_up_to = self._memory.seen["answers"][1]
        return self._memory

    def _save_when_grown(self, memory: DashboardMemory) -> None:
        newest = memory.seen["answers"][1]
        if self._memory_file is None or newest - self._saved_up_to < SAVE_AFTER_ANSWERS:
            return
        if save_memory(memory, self._memory_file, self._memory_key()):
            self._saved_up_to = newest

    def forget_saved(self) -> None:
        """After a learner was deleted: no figures of theirs stay in memory or on disk."""
        with self._lock:
            self._memory, self._saved_up_to = None, 0
            if self._memory_file is not None:
                for kept in self._memory_file.parent.glob("dashboard-*.pickle"):
                    kept.unlink(missing_ok=True)

    def saved_value(self, name: str) -> object | None:
        """A figure kept on disk next to the memory (e.g. the use case's days of all
        learners), or None."""
        if self._memory_file is None:
            return None
        return load_value(
            self._memory_file.with_name(f"dashboard-{name}.pickle"), self._memory_key()
        )

    def save_value(self, name: str, value: object) -> None:
        if self._memory_file is not None:
            path = self._memory_file.with_name(f"dashboard-{name}.pickle")
            save_value(path, self._memory_key(), value)

    def _memory_key(self) -> tuple[str, str]:
        """The database (its address without password) and its schema."""
        return self.engine.url.render_as_string(hide_password=True), HEAD_REVISION

    def log_fingerprint(self) -> tuple[int, int, int]:
        """Answers (count, newest id) and cards: when these are unchanged, so is every figure
        computed from all answers (a deleted learner or word lowers a count)."""
        answers = select(func.count(ReviewLogRow.id), func.max(ReviewLogRow.id))
        with Session(self.engine) as session:
            count, newest = session.execute(answers).one()
            cards = session.execute(select(func.count(CardRow.id))).scalar_one()
        return int(count), int(newest or 0), int(cards)

    def day_counts(self, offset: int) -> dict[date, tuple[int, int]]:
        """All learners together: answers and right answers per local day."""
        day = _local_day(offset)
        correct = func.sum(case((ReviewLogRow.rating > AGAIN, 1), else_=0))
        query = select(day, func.count(), correct).group_by(day)
        with Session(self.engine) as session:
            return {_as_date(d): (int(n), int(ok or 0)) for d, n, ok in session.execute(query)}

    def answers(
        self, offset: int, learner_id: int | None = None
    ) -> dict[tuple[int, str, int], list[Answer]]:
        """Per (learner, deck, term) of the learners' own decks: answers on local days, oldest
        first (for words learned over time)."""
        day = _local_day(offset)
        query = (
            select(CardRow.learner_id, TermRow.deck_id, TermRow.id, day, ReviewLogRow.rating)
            .join(CardRow, CardRow.id == ReviewLogRow.card_id)
            .join(TermRow, TermRow.id == CardRow.term_pk)
            .join(LearnerDeckRow, _own_deck())
            .where(TermRow.removed.is_(False))
            .order_by(ReviewLogRow.reviewed_at, ReviewLogRow.id)
        )
        if learner_id is not None:
            query = query.where(CardRow.learner_id == learner_id)
        answers: defaultdict[tuple[int, str, int], list[Answer]] = defaultdict(list)
        with Session(self.engine) as session:
            rows = session.connection().execute(query).all()  # no ORM: 500,000 rows
            for learner, deck, term_pk, local_day, rating in rows:
                answers[learner, deck, term_pk].append(Answer(_as_date(local_day), rating))
        return dict(answers)


PerCard = dict[tuple[int, str], tuple[int, int, int]]  # (learner, deck): learned, firsts, right


def _deck_counts(
    session: Session, now: datetime, learner_id: int | None, per_card: PerCard
) -> list[DeckCount]:
    """Per learner and each of their decks: terms, due, learned, must-know terms."""
    terms = per_deck(session)
    due = _due(session, now, learner_id)
    return [
        DeckCount(
            learner,
            deck,
            title,
            terms.get(deck, (0, 0))[0],
            due.get((learner, deck), 0),
            per_card.get((learner, deck), (0, 0, 0))[0],
            terms.get(deck, (0, 0))[1],
        )  # fmt: skip
        for learner, deck, title in session.execute(learner_decks(learner_id))
    ]


def _activity(
    session: Session, offset: int, learner_id: int | None, per_card: PerCard
) -> dict[int, Activity]:
    """Per learner: last answer, answers and right ones per local day, first answers."""
    found: defaultdict[int, Activity] = defaultdict(Activity)
    for learner, day, count, correct, last in session.execute(_per_day(offset, learner_id)):
        activity = found[learner]
        activity.per_day[_as_date(day)] = (int(count), int(correct or 0))
        if activity.last_review is None or last > activity.last_review:
            activity.last_review = last
    for (learner, _deck), (_learned, firsts, right) in per_card.items():
        found[learner].firsts_in_period += firsts
        found[learner].firsts_correct += right
    return dict(found)


def _verdicts(session: Session, learner_id: int | None) -> list[VerdictCount]:
    """Speaking attempts per learner, counted per machine verdict, final verdict, overrule."""
    columns = (
        CardRow.learner_id,
        SpeechAttemptRow.machine_verdict,
        SpeechAttemptRow.final_verdict,
        SpeechAttemptRow.overruled,
    )
    query = (
        select(*columns, func.count())
        .join(ReviewLogRow, ReviewLogRow.id == SpeechAttemptRow.review_log_id)
        .join(CardRow, CardRow.id == ReviewLogRow.card_id)
        .group_by(*columns)
    )
    if learner_id is not None:
        query = query.where(CardRow.learner_id == learner_id)
    return [VerdictCount(*row) for row in session.execute(query)]


def _own_deck() -> ColumnElement[bool]:
    return and_(
        LearnerDeckRow.learner_id == CardRow.learner_id, LearnerDeckRow.deck_id == TermRow.deck_id
    )


def _due(session: Session, now: datetime, learner_id: int | None) -> dict[tuple[int, str], int]:
    query = (
        select(CardRow.learner_id, TermRow.deck_id, func.count())
        .join(TermRow, TermRow.id == CardRow.term_pk)
        .where(CardRow.due <= now, TermRow.removed.is_(False))
        .group_by(CardRow.learner_id, TermRow.deck_id)
    )
    if learner_id is not None:
        query = query.where(CardRow.learner_id == learner_id)
    return {(learner, deck): int(n) for learner, deck, n in session.execute(query)}


def _card_answers(offset: int, learner_id: int | None, safety_only: bool = False) -> Subquery:
    """Every answer with its place among the card's answers (`number` 1: the new-word card;
    `number` = `total`: the newest), its local day, and whether it was right and recalled.
    Only the must-know terms' answers when `safety_only`, else all (no join: it is faster)."""
    order = (ReviewLogRow.reviewed_at, ReviewLogRow.id)
    right = ReviewLogRow.rating > AGAIN
    recall = and_(right, ReviewLogRow.exercise_kind.in_(_RECALL))
    query = select(
        ReviewLogRow.card_id,
        ReviewLogRow.reviewed_at,
        _local_day(offset).label("day"),
        func.row_number().over(partition_by=ReviewLogRow.card_id, order_by=order).label("number"),
        func.count().over(partition_by=ReviewLogRow.card_id).label("total"),
        case((right, 1), else_=0).label("right"),
        case((recall, 1), else_=0).label("recalled"),
    )
    if safety_only or learner_id is not None:
        query = query.join(CardRow, CardRow.id == ReviewLogRow.card_id)
    if safety_only:
        query = query.join(TermRow, TermRow.id == CardRow.term_pk).where(
            TermRow.safety_critical.is_(True), TermRow.removed.is_(False)
        )
    if learner_id is not None:
        query = query.where(CardRow.learner_id == learner_id)
    return query.subquery("answers")


def _card_figures(
    offset: int, period: Period, learner_id: int | None
) -> Select[int, str, int, int, int]:
    """Per learner and deck: words learned (core.practice.learned), and cards whose very first
    answer fell in the period (all, right)."""
    a = _card_answers(offset, learner_id)
    first_in = and_(a.c.number == 1, a.c.reviewed_at >= period.start, a.c.reviewed_at < period.end)
    known_days = func.count(func.distinct(case((and_(a.c.number > 1, a.c.right == 1), a.c.day))))
    last_right = func.max(case((and_(a.c.number == a.c.total, a.c.right == 1), 1), else_=0))
    cards = (
        select(
            a.c.card_id,
            case((and_(known_days >= DAYS_TO_LEARN, last_right == 1), 1), else_=0).label("known"),
            func.max(case((first_in, 1), else_=0)).label("first"),
            func.max(case((and_(first_in, a.c.right == 1), 1), else_=0)).label("first_right"),
        )
        .group_by(a.c.card_id)
        .subquery("per_card")
    )
    learned = func.sum(case((and_(cards.c.known == 1, TermRow.removed.is_(False)), 1), else_=0))
    return (
        select(
            CardRow.learner_id,
            TermRow.deck_id,
            learned,
            func.sum(cards.c.first),
            func.sum(cards.c.first_right),
        )
        .select_from(cards)
        .join(CardRow, CardRow.id == cards.c.card_id)
        .join(TermRow, TermRow.id == CardRow.term_pk)
        .group_by(CardRow.learner_id, TermRow.deck_id)
    )


def _must_know_cards(
    offset: int, learner_id: int | None
) -> Select[int, str, float | None, datetime | None]:
    """Must-know terms of the learners' own decks recalled correctly on enough days."""
    a = _card_answers(offset, learner_id, safety_only=True)
    recall_days = func.count(
        func.distinct(case((and_(a.c.number > 1, a.c.recalled == 1), a.c.day)))
    )
    cards = (
        select(a.c.card_id)
        .group_by(a.c.card_id)
        .having(recall_days >= MUST_KNOW_DAYS)
        .subquery("recalled")
    )
    return (
        select(CardRow.learner_id, TermRow.deck_id, CardRow.stability, CardRow.last_review)
        .select_from(cards)
        .join(CardRow, CardRow.id == cards.c.card_id)
        .join(TermRow, TermRow.id == CardRow.term_pk)
        .join(LearnerDeckRow, _own_deck())
    )


def _per_day(offset: int, learner_id: int | None) -> Select[int, str, int, int, datetime]:
    day = _local_day(offset)
    correct = func.sum(case((ReviewLogRow.rating > AGAIN, 1), else_=0))
    query = (
        select(CardRow.learner_id, day, func.count(), correct, func.max(ReviewLogRow.reviewed_at))
        .join(CardRow, CardRow.id == ReviewLogRow.card_id)
        .group_by(CardRow.learner_id, day)
    )
    return query if learner_id is None else query.where(CardRow.learner_id == learner_id)


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else _date_of(str(value))


@functools.lru_cache(maxsize=4096)
def _date_of(text: str) -> date:
    """Local days come from SQL as text; a few hundred different ones in 500,000 rows."""
    return date.fromisoformat(text)
