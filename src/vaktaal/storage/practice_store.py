"""What a learner practises: counts per deck, due and new items, and practice per day."""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import ColumnElement, Engine, Row, Select, and_, case, func, select
from sqlalchemy.orm import Session

from vaktaal.core.model import Term, is_deck_file
from vaktaal.core.pictograms import STORED
from vaktaal.core.practice.calibration import SpokenAttempt
from vaktaal.core.practice.exercises import ExerciseKind, PracticeItem
from vaktaal.core.practice.learned import Answer, WordState, word_state
from vaktaal.core.practice.must_know import Review
from vaktaal.core.practice.session import Outcome
from vaktaal.storage.deck_store import term_from_row
from vaktaal.storage.media_store import media_store_of
from vaktaal.storage.review_store import ReviewStore
from vaktaal.storage.tables import (
    CardRow,
    DeckMediaRow,
    DeckRow,
    LearnerDeckRow,
    MeetingResultRow,
    MeetingRow,
    ReviewLogRow,
    SpeechAttemptRow,
    TermRow,
)
from vaktaal.storage.types import LocalDay


@dataclass(frozen=True)
class DeckProgress:
    deck_id: str
    title: str
    pictogram: str | None
    total: int
    due: int
    new: int
    learned: int  # by the rule of core.practice.learned
    meetings_practised: int = 0  # meetings of this deck the learner did an exercise of


@dataclass(frozen=True)
class WordProgress:
    term: Term  # media as `stored:` references
    state: WordState


@dataclass(frozen=True)
class MustKnowRecord:
    """A safety-critical term with the learner's card and reviews (core.practice.must_know)."""

    term: Term  # media as `stored:` references
    stability: float | None  # None: no card, or never reviewed
    last_review: datetime | None
    reviews: list[Review]  # oldest first


class PracticeStore:
    def __init__(self, engine: Engine, reviews: ReviewStore) -> None:
        self.engine = engine
        self.reviews = reviews

    def deck_progress(
        self, learner_id: int, now: datetime, utc_offset_minutes: int = 0
    ) -> list[DeckProgress]:
        """Per deck of the learner: words, due, never started, learned (on local days)."""
        card = and_(CardRow.term_pk == TermRow.id, CardRow.learner_id == learner_id)
        query = (
            select(
                DeckRow.id,
                DeckRow.title,
                DeckRow.pictogram,
                func.count(TermRow.id),
                func.count(case((CardRow.due <= now, 1))),
                func.count(CardRow.id),
            )  # fmt: skip
            .join(LearnerDeckRow, LearnerDeckRow.deck_id == DeckRow.id)
            .join(TermRow, and_(TermRow.deck_id == DeckRow.id, TermRow.removed.is_(False)))
            .outerjoin(CardRow, card)
            .where(LearnerDeckRow.learner_id == learner_id)
            .group_by(DeckRow.id)
            .order_by(DeckRow.title)
        )
        with Session(self.engine) as session:
            rows = session.execute(query).all()
            media = MediaRefs(session, [row[0] for row in rows])
            meetings = _meetings_practised(session, learner_id)
            learned = _learned_per_deck(_answers(session, learner_id, None, utc_offset_minutes))
        return [
            DeckProgress(
                deck,
                title,
                media.stored_ref(deck, icon) if icon else None,
                total,
                due,
                total - started,
                learned.get(deck, 0),
                meetings.get(deck, 0),
            )  # fmt: skip
            for deck, title, icon, total, due, started in rows
        ]

    def word_list(
        self, learner_id: int, deck_id: str, utc_offset_minutes: int = 0
    ) -> list[WordProgress]:
        """Every word of a deck in deck order, with the learner's state of it."""
        query = (
            select(TermRow)
            .where(TermRow.deck_id == deck_id, TermRow.removed.is_(False))
            .order_by(TermRow.position)
        )
        with Session(self.engine) as session:
            rows = session.scalars(query).all()
            media = MediaRefs(session, [deck_id])
            answers = _answers(session, learner_id, deck_id, utc_offset_minutes)
            return [
                WordProgress(_item(row, None, media).term, word_state(answers[row.deck_id, row.id]))
                for row in rows
            ]

    def must_know_terms(
        self, learner_id: int, deck_id: str, utc_offset_minutes: int = 0
    ) -> list[MustKnowRecord]:
        """The deck's safety-critical terms in deck order, with the learner's card and reviews."""
        card = and_(CardRow.term_pk == TermRow.id, CardRow.learner_id == learner_id)
        query = (
            select(TermRow, CardRow.stability, CardRow.last_review)
            .outerjoin(CardRow, card)
            .where(TermRow.deck_id == deck_id, TermRow.removed.is_(False))
            .where(TermRow.safety_critical.is_(True))
            .order_by(TermRow.position)
        )
        with Session(self.engine) as session:
            rows = session.execute(query).all()
            media = MediaRefs(session, [deck_id])
            reviews = _reviews(session, learner_id, deck_id, utc_offset_minutes)
            return [
                MustKnowRecord(_item(row, None, media).term, stability, last, reviews[row.id])
                for row, stability, last in rows
            ]

    def due_items(
        self, learner_id: int, now: datetime, limit: int, deck_id: str | None = None
    ) -> list[PracticeItem]:
        """Cards due now, most overdue first; a card never shown yet is marked as such."""
        query = (
            self._card_terms(learner_id, deck_id)
            .where(CardRow.due <= now)
            .order_by(TermRow.safety_critical.desc(), CardRow.due)  # must-know terms first
            .limit(limit)
        )
        with Session(self.engine) as session:
            return _items(session, session.execute(query).all())

    def new_items(
        self, learner_id: int, limit: int, deck_id: str | None = None
    ) -> list[PracticeItem]:
        """Words the learner has never been shown: first cards without a review (words marked
        "kende ik niet" in a meeting), then the deck's words without a card, in deck order."""
        unseen_query = (
            self._card_terms(learner_id, deck_id)
            .where(CardRow.last_review.is_(None))
            .order_by(CardRow.due, TermRow.deck_id, TermRow.position)
            .limit(limit)
        )
        started = select(CardRow.term_pk).where(CardRow.learner_id == learner_id)
        query = (
            self._learner_terms(learner_id, deck_id)
            .where(TermRow.id.not_in(started))
            .order_by(TermRow.deck_id, TermRow.position)
        )
        with Session(self.engine) as session:
            unseen = _items(session, session.execute(unseen_query).all())
            rows = session.scalars(query.limit(max(limit - len(unseen), 0))).all()
            media = MediaRefs(session, sorted({row.deck_id for row in rows}))
            return unseen + [_item(row, None, media) for row in rows]

    def pools(self, deck_ids: Sequence[str]) -> dict[str, list[PracticeItem]]:
        """Every term of these decks, for the wrong options of choice exercises."""
        query = select(TermRow).where(TermRow.deck_id.in_(deck_ids), TermRow.removed.is_(False))
        pools: dict[str, list[PracticeItem]] = {deck: [] for deck in deck_ids}
        with Session(self.engine) as session:
            media = MediaRefs(session, deck_ids)
            for row in session.scalars(query):
                pools[row.deck_id].append(_item(row, None, media))
        return pools

    def record(self, learner_id: int, outcome: Outcome, buddy_session_id: int | None = None) -> int:
        """Store an answer as a review; a new word gets its card first. Returns the card id.
        An answer in a buddy session is marked with it (and counts for FSRS all the same)."""
        item = outcome.exercise.item
        card_id = item.card_id or self.reviews.card_for_term(learner_id, item.term_pk)
        if card_id is None:
            card_id = self.reviews.introduce(learner_id, item.term_pk, outcome.answered_at)
        self.reviews.answer(
            card_id,
            outcome.rating,
            outcome.answered_at,
            outcome.duration_ms,
            outcome.exercise.kind.value,
            _speech_attempt(outcome),
            buddy_session_id,
        )
        return card_id

    def answers_per_day(
        self, learner_id: int, since: datetime, utc_offset_minutes: int
    ) -> dict[date, int]:
        """How many answers the learner gave on each local day since `since`."""
        day = _local_day(utc_offset_minutes)
        query = (
            select(day, func.count())
            .join(CardRow, CardRow.id == ReviewLogRow.card_id)
            .where(CardRow.learner_id == learner_id, ReviewLogRow.reviewed_at >= since)
            .group_by(day)
        )
        with Session(self.engine) as session:
            return {date.fromisoformat(d): n for d, n in session.execute(query)}

    def spoken_attempts(self, learner_id: int) -> list[SpokenAttempt]:
        """The learner's speaking attempts, oldest first: the machine's and the final verdict."""
        query = (
            select(
                ReviewLogRow.reviewed_at,
                SpeechAttemptRow.machine_verdict,
                SpeechAttemptRow.final_verdict,
                SpeechAttemptRow.overruled,
            )
            .join(ReviewLogRow, ReviewLogRow.id == SpeechAttemptRow.review_log_id)
            .join(CardRow, CardRow.id == ReviewLogRow.card_id)
            .where(CardRow.learner_id == learner_id)
            .order_by(ReviewLogRow.reviewed_at, ReviewLogRow.id)
        )
        with Session(self.engine) as session:
            return [SpokenAttempt(*row) for row in session.execute(query)]

    def _card_terms(
        self, learner_id: int, deck_id: str | None
    ) -> Select[TermRow, int, datetime | None]:
        """The learner's terms that have a card, with the card id and its last review."""
        card = and_(CardRow.term_pk == TermRow.id, CardRow.learner_id == learner_id)
        return (
            self._learner_terms(learner_id, deck_id)
            .add_columns(CardRow.id, CardRow.last_review)
            .join(CardRow, card)
        )

    def _learner_terms(self, learner_id: int, deck_id: str | None) -> Select[TermRow]:
        query = (
            select(TermRow)
            .join(
                LearnerDeckRow,
                and_(
                    LearnerDeckRow.deck_id == TermRow.deck_id,
                    LearnerDeckRow.learner_id == learner_id,
                ),
            )
            .where(TermRow.removed.is_(False))
        )
        return query if deck_id is None else query.where(TermRow.deck_id == deck_id)


def _local_day(utc_offset_minutes: int) -> ColumnElement[str]:
    """The learner's local day of a review, as SQL (ISO date text)."""
    return LocalDay(ReviewLogRow.reviewed_at, utc_offset_minutes)


def _answers(
    session: Session, learner_id: int, deck_id: str | None, utc_offset_minutes: int
) -> defaultdict[tuple[str, int], list[Answer]]:
    """Per (deck, term): the learner's answers on local days, oldest first."""
    day = _local_day(utc_offset_minutes)
    query = (
        select(TermRow.deck_id, TermRow.id, day, ReviewLogRow.rating)
        .join(CardRow, CardRow.id == ReviewLogRow.card_id)
        .join(TermRow, TermRow.id == CardRow.term_pk)
        .where(CardRow.learner_id == learner_id, TermRow.removed.is_(False))
        .order_by(ReviewLogRow.reviewed_at, ReviewLogRow.id)
    )
    if deck_id is not None:
        query = query.where(TermRow.deck_id == deck_id)
    answers: defaultdict[tuple[str, int], list[Answer]] = defaultdict(list)
    for deck, term_pk, local_day, rating in session.execute(query):
        answers[deck, term_pk].append(Answer(date.fromisoformat(local_day), rating))
    return answers


def _reviews(
    session: Session, learner_id: int, deck_id: str, utc_offset_minutes: int
) -> defaultdict[int, list[Review]]:
    """Per safety-critical term of the deck: the learner's reviews on local days, oldest first."""
    day = _local_day(utc_offset_minutes)
    query = (
        select(TermRow.id, day, ReviewLogRow.exercise_kind, ReviewLogRow.rating)
        .join(CardRow, CardRow.id == ReviewLogRow.card_id)
        .join(TermRow, TermRow.id == CardRow.term_pk)
        .where(CardRow.learner_id == learner_id, TermRow.deck_id == deck_id)
        .where(TermRow.safety_critical.is_(True))
        .order_by(ReviewLogRow.reviewed_at, ReviewLogRow.id)
    )
    reviews: defaultdict[int, list[Review]] = defaultdict(list)
    for term_pk, local_day, kind, rating in session.execute(query):
        reviews[term_pk].append(Review(date.fromisoformat(local_day), kind, rating))
    return reviews


def _learned_per_deck(answers: dict[tuple[str, int], list[Answer]]) -> dict[str, int]:
    learned: dict[str, int] = defaultdict(int)
    for (deck, _term_pk), given in answers.items():
        if word_state(given) is WordState.LEARNED:
            learned[deck] += 1
    return learned


def _meetings_practised(session: Session, learner_id: int) -> dict[str, int]:
    """Per deck: how many of its meetings the learner did an exercise of."""
    query = (
        select(MeetingRow.deck_id, func.count(func.distinct(MeetingRow.id)))
        .join(MeetingResultRow, MeetingResultRow.meeting_id == MeetingRow.id)
        .where(MeetingResultRow.learner_id == learner_id)
        .group_by(MeetingRow.deck_id)
    )
    return {deck: int(n) for deck, n in session.execute(query)}


class MediaRefs:
    """Turns a deck's own file names into `stored:` references the UI can draw or play; the
    file behind each is in this PC's media cache before the UI looks for it."""

    def __init__(self, session: Session, deck_ids: Sequence[str]) -> None:
        query = select(DeckMediaRow.deck_id, DeckMediaRow.path, DeckMediaRow.sha256).where(
            DeckMediaRow.deck_id.in_(deck_ids)
        )
        self._hashes = {(deck, path): sha for deck, path, sha in session.execute(query)}
        media = media_store_of(session.get_bind())
        if media is not None:  # another PC may have imported or recorded them
            media.ensure_cached(self._hashes.values())

    def stored_ref(self, deck_id: str, ref: str) -> str:
        if not is_deck_file(ref):
            return ref
        sha256 = self._hashes.get((deck_id, ref))
        return f"{STORED}{sha256}" if sha256 else ref


def _items(
    session: Session, rows: Sequence[Row[TermRow, int, datetime | None]]
) -> list[PracticeItem]:
    """Items of terms with a card; a card that was never reviewed was never shown."""
    media = MediaRefs(session, sorted({term.deck_id for term, _card, _last in rows}))
    return [_item(term, card, media, never_shown=last is None) for term, card, last in rows]


def _item(
    row: TermRow, card_id: int | None, media: MediaRefs, never_shown: bool = False
) -> PracticeItem:
    term = term_from_row(row)
    pictogram = media.stored_ref(row.deck_id, term.pictogram)
    audio = media.stored_ref(row.deck_id, term.audio) if term.audio else None
    term = replace(term, pictogram=pictogram, audio=audio)
    return PracticeItem(row.id, row.deck_id, term, card_id, never_shown)


def _speech_attempt(outcome: Outcome) -> dict[str, object] | None:
    """What a speaking exercise stores besides the review: what was heard, and who judged."""
    if outcome.exercise.kind is not ExerciseKind.SPEAK:
        return None
    machine = outcome.overruled_from or outcome.verdict
    return {
        "heard": outcome.heard or "",
        "machine_verdict": machine.value,
        "final_verdict": outcome.verdict.value,
        "overruled": outcome.overruled_from is not None,
    }
