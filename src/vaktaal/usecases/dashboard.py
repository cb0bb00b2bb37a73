"""The staff dashboard: every learner's standing, one learner's detail (data contract).

Plain data for the dashboard screens and the reports. Periods are local days, both ends
included; the overview's period defaults to the last 30 days.
"""

import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from vaktaal.core.clock import Clock
from vaktaal.core.practice.calibration import SpokenAttempt, step
from vaktaal.core.practice.learned import DAYS_TO_LEARN, Answer
from vaktaal.core.practice.must_know import MUST_KNOW_RETRIEVABILITY, retrievability
from vaktaal.core.practice.rating import AGAIN
from vaktaal.core.practice.stats import streak
from vaktaal.storage.buddy_store import BuddySessionRecord, BuddyStore
from vaktaal.storage.dashboard_figures import (
    Activity,
    DeckCount,
    Figures,
    LearnerInfo,
    Period,
    VerdictCount,
)
from vaktaal.storage.dashboard_store import DashboardStore
from vaktaal.usecases.learner_management import UnknownLearner
from vaktaal.usecases.practice import STREAK_WINDOW_DAYS, MustKnowTerm, PracticeService

PERIOD_DAYS = 30  # the overview's period by default: the last 30 days


@dataclass(frozen=True)
class DeckStanding:
    deck_id: str
    title: str
    terms: int  # terms in the deck (not removed)
    learned: int  # core.practice.learned rule
    due: int  # cards due now


@dataclass(frozen=True)
class LearnerStanding:  # one row of the dashboard; one learner in a report
    learner_id: int
    name: str
    languages: tuple[str, ...]
    last_practised: datetime | None
    streak: int  # days in a row up to today (as on the learner's home)
    decks: tuple[DeckStanding, ...]
    reviews: int  # answers in the period
    retention: float | None  # share of reviews of cards seen before rated above "again"
    must_know_done: int
    must_know_total: int
    buddy_sessions: int  # buddy sessions started in the period
    speaking_agreement: float | None  # machine and buddy agreed, 0..1; None: no attempts
    speaking_checked: int  # attempts a buddy looked at


@dataclass(frozen=True)
class DayFigures:
    day: date
    reviews: int
    correct: int  # rated above "again"
    learned_total: int  # words learned up to and including this day


@dataclass(frozen=True)
class SessionNote:  # one buddy session, for the history
    started_at: datetime
    buddy_name: str
    minutes: int
    answers: int
    went_well: str
    to_practise: str
    next_note: str


@dataclass(frozen=True)
class LearnerDetail:
    standing: LearnerStanding
    days: tuple[DayFigures, ...]  # every day of the period, oldest first
    must_know: tuple[tuple[str, MustKnowTerm], ...]  # (deck title, term) per must-know term
    sessions: tuple[SessionNote, ...]  # newest first


_AllDays = tuple[tuple[int, ...], dict[date, tuple[int, int]], dict[date, int]]
ALL_DAYS = "all-days"  # the name days_all's figures are kept under


def _all_days_or_none(saved: object) -> _AllDays | None:
    return saved if isinstance(saved, tuple) and len(saved) == 3 else None  # type: ignore[return-value]


class Dashboard:
    """Figures over all learners at once (batched queries), for staff only."""

    def __init__(
        self, store: DashboardStore, buddies: BuddyStore, practice: PracticeService, clock: Clock
    ) -> None:
        self._store = store
        self._all_days: _AllDays | None = None  # days_all's figures, with their key
        self._all_days_lock = threading.Lock()
        self._buddies = buddies
        self._practice = practice
        self._clock = clock

    def decks(self) -> list[tuple[str, str]]:
        """(deck id, title) of every deck, for the deck filter."""
        return self._store.decks()

    def overview(
        self, deck_id: str | None = None, since: date | None = None, until: date | None = None
    ) -> list[LearnerStanding]:
        """Every learner (not staff), sorted by name; with deck_id only that deck."""
        since, until = self._period(since, until)
        return self._standings(deck_id, since, until, since)

    def table(self, deck_id: str | None = None) -> list[LearnerStanding]:
        """The dashboard: the last 30 days, and buddy sessions this month."""
        since, until = self._period(None, None)
        return self._standings(deck_id, since, until, until.replace(day=1))

    def warm(self) -> None:
        """Read the review log into the store's memory ahead of the first overview (seconds
        with hundreds of learners): the app does it in the background after a staff login."""
        self.table()
        today = self._today()
        self.days_all(today, today)

    def learner(
        self, learner_id: int, since: date | None = None, until: date | None = None
    ) -> LearnerDetail:
        """One learner's standing, figures per day, must-know terms and buddy sessions."""
        since, until = self._period(since, until)
        figures, context = self._figures(None, since, until, since, learner_id)
        if not figures.learners:
            raise UnknownLearner(str(learner_id))
        standing = _standing(figures.learners[0], _PerLearner(figures, context), context)
        activity = figures.activity.get(learner_id, Activity())
        answers = self._store.answers(self._offset(), learner_id)
        return LearnerDetail(
            standing,
            _days(activity.per_day, _learned_per_day(answers.values()), since, until),
            self._must_know(standing),
            tuple(_note(record) for record in self._buddies.history(learner_id)),
        )

    def days_all(self, since: date, until: date) -> tuple[DayFigures, ...]:
        """Every day of the period for all learners together, oldest first. Reading every
        answer takes seconds: kept until an answer or card comes or goes."""
        with self._all_days_lock:
            offset = self._offset()
            key = (offset, *self._store.log_fingerprint())
            if self._all_days is None:  # a new run: what the last one kept, if anything
                self._all_days = _all_days_or_none(self._store.saved_value(ALL_DAYS))
            if self._all_days is None or self._all_days[0] != key:
                answers = self._store.answers(offset)
                per_day = self._store.day_counts(offset)
                self._all_days = (key, per_day, _learned_per_day(answers.values()))
                self._store.save_value(ALL_DAYS, self._all_days)
            _key, per_day, learned = self._all_days
        return _days(per_day, learned, since, until)

    def _standings(
        self, deck_id: str | None, since: date, until: date, sessions_since: date
    ) -> list[LearnerStanding]:
        figures, context = self._figures(deck_id, since, until, sessions_since)
        grouped = _PerLearner(figures, context)
        return [_standing(info, grouped, context) for info in figures.learners]

    def _figures(
        self, deck_id: str | None, since: date, until: date, sessions_since: date,
        learner_id: int | None = None,
    ) -> tuple[Figures, "_Context"]:  # fmt: skip
        period, sessions = self._instants(since, until), self._instants(sessions_since, until)
        now = self._clock.now()
        figures = self._store.figures(now, self._offset(), period, sessions, learner_id)
        return figures, _Context(now, self._today(), since, until, deck_id)

    def _must_know(self, standing: LearnerStanding) -> tuple[tuple[str, MustKnowTerm], ...]:
        return tuple(
            (deck.title, term)
            for deck in standing.decks
            for term in self._practice.must_know(standing.learner_id, deck.deck_id)
        )

    def _period(self, since: date | None, until: date | None) -> tuple[date, date]:
        until = until or self._today()
        return since or until - timedelta(days=PERIOD_DAYS - 1), until

    def _instants(self, since: date, until: date) -> Period:
        zone = timezone(timedelta(minutes=self._offset()))
        start = datetime.combine(since, time(), zone)
        return Period(start, datetime.combine(until + timedelta(days=1), time(), zone))

    def _today(self) -> date:
        return self._clock.now().astimezone().date()

    def _offset(self) -> int:
        offset = self._clock.now().astimezone().utcoffset() or timedelta(0)
        return int(offset.total_seconds() // 60)


@dataclass(frozen=True)
class _Context:
    now: datetime
    today: date
    since: date
    until: date
    deck_id: str | None


class _PerLearner:
    """The figures of all learners, grouped by learner once (not searched per learner)."""

    def __init__(self, figures: Figures, context: _Context) -> None:
        self.figures = figures
        self.decks: defaultdict[int, list[DeckCount]] = defaultdict(list)
        for deck in figures.decks:
            if context.deck_id in (None, deck.deck_id):
                self.decks[deck.learner_id].append(deck)
        self.verdicts: defaultdict[int, list[VerdictCount]] = defaultdict(list)
        for verdict in figures.verdicts:
            self.verdicts[verdict.learner_id].append(verdict)
        self.must_know_done: defaultdict[int, int] = defaultdict(int)
        for card in figures.must_know:
            chance = retrievability(card.stability, card.last_review, context.now)
            if context.deck_id in (None, card.deck_id) and chance >= MUST_KNOW_RETRIEVABILITY:
                self.must_know_done[card.learner_id] += 1


def _standing(info: LearnerInfo, grouped: _PerLearner, context: _Context) -> LearnerStanding:
    figures = grouped.figures
    activity = figures.activity.get(info.id, Activity())
    decks = grouped.decks.get(info.id, [])
    reviews, correct = _in_period(activity, context.since, context.until)
    repeats = reviews - activity.firsts_in_period
    agreement, checked = _agreement(grouped.verdicts.get(info.id, []))
    return LearnerStanding(
        learner_id=info.id,
        name=info.name,
        languages=info.languages,
        last_practised=activity.last_review,
        streak=_streak(activity, context),
        decks=tuple(_deck(deck) for deck in decks),
        reviews=reviews,
        retention=(correct - activity.firsts_correct) / repeats if repeats > 0 else None,
        must_know_done=grouped.must_know_done.get(info.id, 0),
        must_know_total=sum(deck.must_know_total for deck in decks),
        buddy_sessions=figures.buddy_sessions.get(info.id, 0),
        speaking_agreement=agreement,
        speaking_checked=checked,
    )


def _deck(count: DeckCount) -> DeckStanding:
    return DeckStanding(count.deck_id, count.title, count.terms, count.learned, count.due)


def _in_period(activity: Activity, since: date, until: date) -> tuple[int, int]:
    days = [figures for day, figures in activity.per_day.items() if since <= day <= until]
    return sum(n for n, _ok in days), sum(ok for _n, ok in days)


def _streak(activity: Activity, context: _Context) -> int:
    """As on the learner's home: days practised in the last year, in a row up to today."""
    first = (context.now - timedelta(days=STREAK_WINDOW_DAYS)).astimezone().date()
    return streak({day for day in activity.per_day if day >= first}, context.today)


def _agreement(verdicts: list[VerdictCount]) -> tuple[float | None, int]:
    """Share of speaking attempts whose verdict nobody changed (core.practice.calibration)."""
    attempts = sum(v.count for v in verdicts)
    changed = sum(
        v.count
        for v in verdicts
        if step(SpokenAttempt(datetime.min, v.machine, v.final, v.overruled)) != 0
    )
    return (1 - changed / attempts if attempts else None), attempts


def _learned_per_day(answers: Iterable[list[Answer]]) -> dict[date, int]:
    """How the number of learned words changed on each day (+1 learned, -1 forgotten): the
    rule of core.practice.learned at the end of each day, walked once through the answers."""
    change: defaultdict[date, int] = defaultdict(int)
    for given in answers:
        learned, known_on = False, set()
        for index, answer in enumerate(given):
            if index and answer.rating > AGAIN:
                known_on.add(answer.day)
            if index + 1 < len(given) and given[index + 1].day == answer.day:
                continue  # the state at the end of the day counts
            now_learned = answer.rating > AGAIN and len(known_on) >= DAYS_TO_LEARN
            if now_learned != learned:
                change[answer.day] += 1 if now_learned else -1
                learned = now_learned
    return change


def _days(
    per_day: dict[date, tuple[int, int]], learned: dict[date, int], since: date, until: date
) -> tuple[DayFigures, ...]:
    total = sum(n for day, n in learned.items() if day < since)
    days = []
    for offset in range((until - since).days + 1):
        day = since + timedelta(days=offset)
        total += learned.get(day, 0)
        reviews, correct = per_day.get(day, (0, 0))
        days.append(DayFigures(day, reviews, correct, total))
    return tuple(days)


def _note(record: BuddySessionRecord) -> SessionNote:
    return SessionNote(
        record.started_at, record.buddy_name, record.minutes, record.answers,
        record.went_well, record.to_practise, record.next_note,
    )  # fmt: skip
