"""The dashboard's memory of the review log: what the rules need per card, read once and then
kept up to date from the new rows only (ids only grow; answers and speaking attempts are
never changed afterwards).

Counting 500,000 answers in SQL takes seconds; the dashboard must show in 0.3 s. So the first
overview reads every card and answer once (seconds for 200 learners); each later
one reads only the answers, speaking attempts and cards with a higher id, and the cards the
new answers changed. Something else can only make cards due sooner (a meeting's unknown
words, MeetingStore.add_unknown_words): a count of due cards per learner (an index scan)
shows it, and that learner's cards are read again. When rows went away (a learner, deck or
word deleted) or the UTC offset of the local day changed, everything is read again.
The cards live in flat arrays (dashboard_cards.py).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, Select, String, func, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from vaktaal.core.practice.learned import DAYS_TO_LEARN
from vaktaal.core.practice.must_know import MUST_KNOW_DAYS, RECALL_KINDS
from vaktaal.core.practice.rating import AGAIN
from vaktaal.storage.dashboard_cards import (
    FIRST_RECALLED,
    FIRST_RIGHT,
    HAS_FIRST,
    LAST_RIGHT,
    LEARNED,
    RECALLED,
    CardTable,
    day_of,
    local_day,
    micros,
    moment,
)
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
from vaktaal.storage.tables import CardRow, ReviewLogRow, SpeechAttemptRow, TermRow

CHUNK = 10_000  # ids per IN (...) list
PART = 20_000  # rows read at a time
_RECALL = frozenset(kind.value for kind in RECALL_KINDS)
VerdictKey = tuple[int, str, str, bool]  # learner, machine, final, overruled
Answer = tuple[int, int, int, int, bool, bool]  # card, id, time, day, right, recalled


@dataclass(slots=True)
class LearnerMemory:
    per_day: dict[int, list[int]] = field(default_factory=dict)  # day: [answers, right]
    last_review: int = 0  # microseconds; 0: never
    firsts: array[int] = field(default_factory=lambda: array("q"))  # cards' first answers
    firsts_right: array[int] = field(default_factory=lambda: array("q"))


class DashboardMemory:
    def __init__(self) -> None:
        self._reset(None)

    def _reset(self, offset: int | None) -> None:
        self.offset = offset
        self.cards = CardTable()
        self.learners: defaultdict[int, LearnerMemory] = defaultdict(LearnerMemory)
        self.decks: dict[str, int] = {}  # deck id: its number in the card table
        self.deck_ids: list[str] = []
        self.due: defaultdict[tuple[int, int], array[int]] = defaultdict(lambda: array("q"))
        self.term_cards: defaultdict[int, array[int]] = defaultdict(lambda: array("q"))
        self.verdicts: defaultdict[VerdictKey, int] = defaultdict(int)
        self.learned_count: defaultdict[tuple[int, int], int] = defaultdict(int)
        self.recalled: set[int] = set()  # cards recalled on enough days (must-know rule)
        self.seen = {"cards": (0, 0), "answers": (0, 0), "attempts": (0, 0)}  # (count, max id)
        self.bulk = False

    def refresh(self, session: Session, offset: int, now: datetime) -> None:
        """Up to date with the database (read in `session`), for local days at `offset`."""
        if offset != self.offset or not self._only_grew(session):
            self._reset(offset)
        self.bulk = not self.seen["answers"][1]  # the first read: sort once at the end
        read = self._read_new_cards(session)
        answers = self._read_new_answers(session)
        self._read_cards(session, {answer[0] for answer in answers} - read)
        for answer in answers:
            self._add_answer(*answer)
        if self.bulk:
            self._sort()
        self._read_new_attempts(session)
        self._read_cards(session, self._learners_with_due_mismatch(session, now), by_learner=True)

    def _only_grew(self, session: Session) -> bool:
        """No row went away or came late since the last read (else read everything again).
        Answers only go with their card: counting cards is enough, on SQLite. PostgreSQL
        may commit an answer of one PC after a higher-numbered one of another: count them."""
        in_order = session.get_bind().dialect.name == "sqlite"  # one writer at a time
        for name in ("cards", "attempts") if in_order else ("cards", "answers", "attempts"):
            count, last_id = self.seen[name]
            table_id = _ID[name]
            now_count = session.execute(select(func.count()).where(table_id <= last_id)).scalar()
            if now_count != count:
                return False
        return True

    def _read_new_cards(self, session: Session) -> set[int]:
        _count, last_id = self.seen["cards"]
        query = _cards_query().where(CardRow.id > last_id)
        ids: list[int] = []
        for rows in session.connection().execute(query).partitions(PART):
            for row in rows:
                self._set_card(*row)
                ids.append(row[0])
        self._seen("cards", ids)
        return set(ids)

    def _read_cards(self, session: Session, ids: Iterable[int], by_learner: bool = False) -> None:
        column = CardRow.learner_id if by_learner else CardRow.id
        wanted = sorted(ids)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            for row in session.connection().execute(_cards_query().where(column.in_(chunk))):
                self._set_card(*row)

    def _set_card(
        self, card_id: int, learner_id: int, term_pk: int, deck_id: str, due_text: object
    ) -> None:
        cards, due = self.cards, micros(due_text)
        if cards.has(card_id):
            dues = self.due[learner_id, cards.deck[card_id]]
            if self.bulk:  # not sorted yet
                dues.remove(cards.due[card_id])
                dues.append(due)
            else:
                _take(dues, cards.due[card_id])
                insort(dues, due)
            cards.due[card_id] = due
            return
        cards.make_room(card_id)
        deck = self._deck_number(deck_id)
        cards.learner[card_id], cards.term[card_id], cards.deck[card_id] = learner_id, term_pk, deck
        cards.due[card_id] = due
        self.term_cards[term_pk].append(card_id)
        _put(self.due[learner_id, deck], due, self.bulk)

    def _deck_number(self, deck_id: str) -> int:
        if deck_id not in self.decks:
            self.decks[deck_id] = len(self.deck_ids)
            self.deck_ids.append(deck_id)
        return self.decks[deck_id]

    def _read_new_answers(self, session: Session) -> list[Answer]:
        _count, last_id = self.seen["answers"]
        query = (
            select(
                ReviewLogRow.card_id,
                ReviewLogRow.id,
                _raw(ReviewLogRow.reviewed_at),
                ReviewLogRow.rating,
                ReviewLogRow.exercise_kind,
            )
            .where(ReviewLogRow.id > last_id)
            .order_by(ReviewLogRow.id)
        )
        offset = self.offset or 0
        answers: list[Answer] = []
        for rows in session.connection().execute(query).partitions(PART):
            for card, id, text, rating, kind in rows:
                at, right = micros(text), rating > AGAIN
                day = local_day(at, offset)
                answers.append((card, id, at, day, right, right and kind in _RECALL))
        self._seen("answers", [answer[1] for answer in answers])
        return answers

    def _add_answer(
        self, card_id: int, id: int, at: int, day: int, right: bool, recalled: bool
    ) -> None:
        cards = self.cards
        if not cards.has(card_id):  # its card went away meanwhile; read all again next time
            return
        learner = self.learners[cards.learner[card_id]]
        counts = learner.per_day.setdefault(day, [0, 0])
        counts[0] += 1
        counts[1] += right
        learner.last_review = max(learner.last_review, at)
        last = cards.is_last(card_id, at, id)
        if cards.is_first(card_id, at, id):
            self._new_first(learner, card_id, at, id, day, right, recalled)
        else:
            cards.later_answer(card_id, day, right, recalled)
        if last:
            cards.last_at[card_id], cards.last_id[card_id] = at, id
            cards.set_flag(card_id, LAST_RIGHT, right)
        self._update_rules(card_id)

    def _new_first(
        self, learner: LearnerMemory, card_id: int, at: int, id: int, day: int, right: bool,
        recalled: bool,
    ) -> None:  # fmt: skip
        """The card's first answer (or an earlier one that came in late: the old first then
        counts as an ordinary answer)."""
        cards = self.cards
        flags = cards.flags[card_id]
        if flags & HAS_FIRST:
            old = cards.first_at[card_id]
            if not self.bulk:  # while reading everything, the firsts are listed at the end
                _take(learner.firsts, old)
                if flags & FIRST_RIGHT:
                    _take(learner.firsts_right, old)
            old_recalled = bool(flags & FIRST_RECALLED)
            cards.later_answer(
                card_id, cards.first_day[card_id], bool(flags & FIRST_RIGHT), old_recalled
            )
        cards.first_at[card_id], cards.first_id[card_id], cards.first_day[card_id] = at, id, day
        cards.set_flag(card_id, HAS_FIRST, True)
        cards.set_flag(card_id, FIRST_RIGHT, right)
        cards.set_flag(card_id, FIRST_RECALLED, recalled)
        if not self.bulk:
            insort(learner.firsts, at)
            if right:
                insort(learner.firsts_right, at)

    def _update_rules(self, card_id: int) -> None:
        """Learned (core.practice.learned) and recalled enough (must-know rule), per card."""
        cards = self.cards
        learned = (
            bool(cards.flags[card_id] & LAST_RIGHT) and cards.known_days(card_id) >= DAYS_TO_LEARN
        )
        if cards.set_flag(card_id, LEARNED, learned):
            key = (cards.learner[card_id], cards.deck[card_id])
            self.learned_count[key] += 1 if learned else -1
        if cards.recalled_days(card_id) >= MUST_KNOW_DAYS:  # days are never taken back
            cards.set_flag(card_id, RECALLED, True)
            self.recalled.add(card_id)

    def _sort(self) -> None:
        """After the first read: the lists filled in any order, sorted once."""
        for key, dues in self.due.items():
            self.due[key] = array("q", sorted(dues))
        firsts: defaultdict[int, list[int]] = defaultdict(list)
        firsts_right: defaultdict[int, list[int]] = defaultdict(list)
        cards = self.cards
        for card_id in range(cards.size):
            flags = cards.flags[card_id]
            if flags & HAS_FIRST:
                firsts[cards.learner[card_id]].append(cards.first_at[card_id])
                if flags & FIRST_RIGHT:
                    firsts_right[cards.learner[card_id]].append(cards.first_at[card_id])
        for learner_id, learner in self.learners.items():
            learner.firsts = array("q", sorted(firsts[learner_id]))
            learner.firsts_right = array("q", sorted(firsts_right[learner_id]))
        self.bulk = False

    def _read_new_attempts(self, session: Session) -> None:
        _count, last_id = self.seen["attempts"]
        query = (
            select(
                SpeechAttemptRow.id,
                CardRow.learner_id,
                SpeechAttemptRow.machine_verdict,
                SpeechAttemptRow.final_verdict,
                SpeechAttemptRow.overruled,
            )
            .join(ReviewLogRow, ReviewLogRow.id == SpeechAttemptRow.review_log_id)
            .join(CardRow, CardRow.id == ReviewLogRow.card_id)
            .where(SpeechAttemptRow.id > last_id)
        )
        ids = []
        for attempt_id, learner_id, machine, final, overruled in session.execute(query):
            self.verdicts[learner_id, machine, final, bool(overruled)] += 1
            ids.append(attempt_id)
        self._seen("attempts", ids)

    def _learners_with_due_mismatch(self, session: Session, now: datetime) -> list[int]:
        """Learners with more cards due in the database than here: read their cards again."""
        query = (
            select(CardRow.learner_id, func.count())
            .where(CardRow.due <= now)
            .group_by(CardRow.learner_id)
        )
        in_database = {learner: int(n) for learner, n in session.execute(query)}
        here: defaultdict[int, int] = defaultdict(int)
        for (learner_id, _deck), dues in self.due.items():
            here[learner_id] += bisect_right(dues, micros(now))
        return [
            learner
            for learner in set(in_database) | set(here)
            if in_database.get(learner, 0) != here.get(learner, 0)
        ]

    def _seen(self, name: str, ids: Sequence[int]) -> None:
        count, last_id = self.seen[name]
        self.seen[name] = (count + len(ids), max([last_id, *ids]))

    def learned_per_deck(self, removed: set[int]) -> dict[tuple[int, str], int]:
        """Per learner and deck: words learned, without removed words."""
        counts = self.learned_count.copy()
        cards = self.cards
        for term_pk in removed:
            for card_id in self.term_cards.get(term_pk, ()):
                if cards.flags[card_id] & LEARNED:
                    counts[cards.learner[card_id], cards.deck[card_id]] -= 1
        return {(learner, self.deck_ids[deck]): n for (learner, deck), n in counts.items()}

    def firsts_in(self, learner_id: int, start: datetime, end: datetime) -> tuple[int, int]:
        """How many of the learner's cards had their first answer in [start, end): all, right."""
        learner = self.learners.get(learner_id) or LearnerMemory()
        begin, stop = micros(start), micros(end)
        return (
            bisect_left(learner.firsts, stop) - bisect_left(learner.firsts, begin),
            bisect_left(learner.firsts_right, stop) - bisect_left(learner.firsts_right, begin),
        )

    def due_count(self, learner_id: int, deck_id: str, now: datetime, removed: set[int]) -> int:
        """The learner's cards of the deck due now, without those of removed words."""
        deck, cards, at = self.decks.get(deck_id, -1), self.cards, micros(now)
        due = bisect_right(self.due.get((learner_id, deck), ()), at)
        for term_pk in removed:
            for card_id in self.term_cards.get(term_pk, ()):
                mine = cards.learner[card_id] == learner_id and cards.deck[card_id] == deck
                due -= mine and cards.due[card_id] <= at
        return due


def _put(values: array[int], value: int, bulk: bool) -> None:
    """Into a sorted list; while reading everything, at the end (sorted later, once)."""
    if bulk:
        values.append(value)
    else:
        insort(values, value)


def _take(values: array[int], value: int) -> None:
    """Out of a sorted list."""
    del values[bisect_left(values, value)]


def remembered(
    session: Session, memory: DashboardMemory, now: datetime, period: Period, sessions: Period
) -> Figures:
    """Every learner's figures from the memory, with the small tables read fresh."""
    pairs = [
        (learner, deck, title) for learner, deck, title in session.execute(learner_decks(None))
    ]
    terms = per_deck(session)
    removed = set(session.scalars(select(TermRow.id).where(TermRow.removed.is_(True))))
    learned = memory.learned_per_deck(removed)
    decks = [
        DeckCount(
            learner,
            deck,
            title,
            terms.get(deck, (0, 0))[0],
            memory.due_count(learner, deck, now, removed),
            learned.get((learner, deck), 0),
            terms.get(deck, (0, 0))[1],
        )  # fmt: skip
        for learner, deck, title in pairs
    ]
    verdicts = [VerdictCount(*key, count) for key, count in memory.verdicts.items()]
    assigned = {(learner, deck) for learner, deck, _title in pairs}
    return Figures(
        learners(session, None),
        decks,
        {learner: _activity(memory, learner, period) for learner in memory.learners},
        _must_know(session, memory, assigned),
        verdicts,
        buddy_sessions(session, sessions, None),
    )


def _activity(memory: DashboardMemory, learner_id: int, period: Period) -> Activity:
    log = memory.learners[learner_id]
    firsts, right = memory.firsts_in(learner_id, period.start, period.end)
    per_day = {day_of(day): (count, correct) for day, (count, correct) in log.per_day.items()}
    last = moment(log.last_review) if log.last_review else None
    return Activity(last, per_day, firsts, right)


def _must_know(
    session: Session, memory: DashboardMemory, assigned: set[tuple[int, str]]
) -> list[MustKnowCard]:
    """Cards of must-know terms recalled on enough days, with their FSRS state from SQL."""
    safety = select(TermRow.id).where(TermRow.safety_critical.is_(True), TermRow.removed.is_(False))
    must, cards = set(session.scalars(safety)), memory.cards
    wanted = sorted(
        card_id
        for card_id in memory.recalled
        if cards.term[card_id] in must
        and (cards.learner[card_id], memory.deck_ids[cards.deck[card_id]]) in assigned
    )
    found = []
    for start in range(0, len(wanted), CHUNK):
        query = select(CardRow.id, CardRow.stability, CardRow.last_review).where(
            CardRow.id.in_(wanted[start : start + CHUNK])
        )
        for card_id, stability, last_review in session.execute(query):
            deck = memory.deck_ids[cards.deck[card_id]]
            found.append(MustKnowCard(cards.learner[card_id], deck, stability, last_review))
    return found


_ID: dict[str, InstrumentedAttribute[int]] = {
    "cards": CardRow.id,
    "answers": ReviewLogRow.id,
    "attempts": SpeechAttemptRow.id,
}


def _cards_query() -> Select[int, int, int, str, str]:
    return select(
        CardRow.id, CardRow.learner_id, CardRow.term_pk, TermRow.deck_id, _raw(CardRow.due)
    ).join(TermRow, TermRow.id == CardRow.term_pk)


def _raw(column: InstrumentedAttribute[datetime]) -> ColumnElement[str]:
    """A time as the database gives it (the UTC type's conversion costs seconds on 500,000
    rows); dashboard_cards.micros reads it."""
    return type_coerce(column, String)
