"""The learner's use cases, without Qt: home overview, a practice session, progress."""

import random
from dataclasses import dataclass
from datetime import date, timedelta

from vaktaal.core.clock import Clock
from vaktaal.core.model import Term
from vaktaal.core.pictogram_families import by_reference
from vaktaal.core.practice.calibration import Calibration, calibrate
from vaktaal.core.practice.distractors import PictureLookup
from vaktaal.core.practice.must_know import has_term, recall_days, retrievability
from vaktaal.core.practice.plan import SessionOptions, plan_session
from vaktaal.core.practice.session import Outcome, PracticeSession
from vaktaal.core.practice.stats import last_days, streak
from vaktaal.storage.answer_queue import AnswerQueue
from vaktaal.storage.practice_store import DeckProgress, PracticeStore, WordProgress
from vaktaal.storage.settings_store import SettingsStore
from vaktaal.usecases.kept_answers import KeptAnswers, Saved

__all__ = [
    "Calibration",
    "DeckProgress",
    "HomeOverview",
    "MustKnowTerm",
    "PracticeService",
    "ProgressOverview",
    "Saved",
    "WordList",
    "WordProgress",
]

STREAK_WINDOW_DAYS = 366


@dataclass(frozen=True)
class HomeOverview:
    decks: list[DeckProgress]
    daily_goal: int
    done_today: int
    streak: int

    @property
    def due(self) -> int:
        return sum(deck.due for deck in self.decks)


@dataclass(frozen=True)
class ProgressOverview:
    decks: list[DeckProgress]
    per_day: list[tuple[date, int]]


@dataclass(frozen=True)
class WordList:
    """One deck's words with the learner's state of each, in deck order."""

    deck: DeckProgress | None  # None: not (or no longer) one of the learner's decks
    words: list[WordProgress]


@dataclass(frozen=True)
class MustKnowTerm:
    """A safety-critical term and whether the learner has it (core.practice.must_know)."""

    term: Term
    done: bool
    recall_days: int  # days it was recalled correctly
    retrievability: float  # FSRS, now: 0..1


class PracticeService:
    def __init__(
        self,
        store: PracticeStore,
        settings: SettingsStore,
        clock: Clock,
        rng: random.Random | None = None,
        listening: bool = True,
        queue: AnswerQueue | None = None,  # answers kept while the server is away
        pictures: PictureLookup = by_reference,  # which pictures are one, or look alike
    ) -> None:
        self._store = store
        self.pictures = pictures
        self._kept = KeptAnswers(store.record, queue) if queue is not None else None
        self._settings = settings
        self._clock = clock
        self._rng = rng or random.Random()
        self._listening = listening

    def home(self, learner_id: int) -> HomeOverview:
        self.replay_kept()  # the server answers again: the kept answers first
        now = self._clock.now()
        per_day = self._answers_per_day(learner_id, STREAK_WINDOW_DAYS)
        today = self._today()
        return HomeOverview(
            decks=self._store.deck_progress(learner_id, now, self._utc_offset_minutes()),
            daily_goal=self._settings.preferences(learner_id).daily_goal,
            done_today=per_day.get(today, 0),
            streak=streak(set(per_day), today),
        )

    def start_session(
        self, learner_id: int, deck_id: str | None = None, options: SessionOptions | None = None
    ) -> PracticeSession:
        options = options or SessionOptions(listening=self._listening)
        self.replay_kept()  # planned from the cards as the kept answers left them
        due = self._store.due_items(learner_id, self._clock.now(), options.size, deck_id)
        new = self._store.new_items(learner_id, options.new_terms, deck_id)
        decks = sorted({item.deck_id for item in due + new})
        pools = self._store.pools(decks)
        exercises = plan_session(due, new, pools, options, self._rng, self.pictures)
        return PracticeSession(exercises, self._clock)

    def deck_words(self, session: PracticeSession) -> dict[str, list[str]]:
        """The words of the decks in a session (the speaking check compares with them)."""
        decks = sorted({exercise.item.deck_id for exercise in session.exercises})
        pools = self._store.pools(decks)
        return {deck: [item.term.display for item in items] for deck, items in pools.items()}

    def record(
        self, learner_id: int, outcome: Outcome, buddy_session_id: int | None = None
    ) -> Saved:
        """Store an answer (FSRS); in a buddy session, marked with that session. When the
        database server is away the answer is kept on this PC (usecases/kept_answers.py)."""
        if self._kept is not None:
            return self._kept.record(learner_id, outcome, buddy_session_id)
        self._store.record(learner_id, outcome, buddy_session_id)
        return Saved.STORED

    def replay_kept(self) -> int:
        """Store the answers kept while the server was away; how many still wait."""
        return self._kept.replay() if self._kept is not None else 0

    def progress(self, learner_id: int, days: int = 30) -> ProgressOverview:
        per_day = self._answers_per_day(learner_id, days)
        decks = self._deck_progress(learner_id)
        return ProgressOverview(decks, last_days(per_day, self._today(), days))

    def word_list(self, learner_id: int, deck_id: str) -> WordList:
        """A deck's words and how far the learner is with each (core.practice.learned)."""
        decks = [deck for deck in self._deck_progress(learner_id) if deck.deck_id == deck_id]
        if not decks:
            return WordList(None, [])
        return WordList(
            decks[0], self._store.word_list(learner_id, deck_id, self._utc_offset_minutes())
        )

    def must_know(self, learner_id: int, deck_id: str) -> list[MustKnowTerm]:
        """The deck's must-know (safety-critical) terms, in deck order, each done or not."""
        now = self._clock.now()
        records = self._store.must_know_terms(learner_id, deck_id, self._utc_offset_minutes())
        result = []
        for record in records:
            chance = retrievability(record.stability, record.last_review, now)
            days = recall_days(record.reviews)
            result.append(MustKnowTerm(record.term, has_term(record.reviews, chance), days, chance))
        return result

    def speaking_calibration(self, learner_id: int) -> Calibration:
        """How the buddies' overrules shift this learner's speaking check, and how often
        machine and buddies agree (core.practice.calibration)."""
        return calibrate(self._store.spoken_attempts(learner_id), self._clock.now())

    def _deck_progress(self, learner_id: int) -> list[DeckProgress]:
        return self._store.deck_progress(learner_id, self._clock.now(), self._utc_offset_minutes())

    def _today(self) -> date:
        return self._clock.now().astimezone().date()

    def _utc_offset_minutes(self) -> int:
        offset = self._clock.now().astimezone().utcoffset() or timedelta(0)
        return int(offset.total_seconds() // 60)

    def _answers_per_day(self, learner_id: int, days: int) -> dict[date, int]:
        since = self._clock.now() - timedelta(days=days)
        return self._store.answers_per_day(learner_id, since, self._utc_offset_minutes())
