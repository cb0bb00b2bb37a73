"""Buddy sessions: a taalbuddy practises 15, 20 or 30 minutes with a learner.

The plan comes from the learner's weakest words (core.practice.buddy_plan). Every answer is
a review like any other (FSRS), marked with the session. At the end the buddy writes what
went well, what to practise and a note for next time; the next session opens with that note.
"""

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from vaktaal.core.clock import Clock
from vaktaal.core.i18n import _, ngettext
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.buddy_plan import (
    LENGTHS,
    OVERRULE_DAYS,
    choose,
    plan_exercises,
)
from vaktaal.core.practice.plan import CANDIDATES, SessionOptions
from vaktaal.core.practice.session import Outcome, PracticeSession, SessionSummary
from vaktaal.storage.buddy_store import BuddySessionRecord, BuddyStore
from vaktaal.storage.learner_store import Learner
from vaktaal.storage.practice_store import PracticeStore
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.kept_answers import Saved
from vaktaal.usecases.practice import PracticeService

__all__ = ["LENGTHS", "BuddySessionRecord", "BuddySessions", "NoteSuggestion"]

WORDS_IN_NOTE = 6  # words named in a suggestion; more are left out
POOL_PER_DECK = CANDIDATES  # wrong options of choice exercises: a random sample per deck


@dataclass(frozen=True)
class NoteSuggestion:
    """What the end page fills in; the buddy changes it as they like."""

    went_well: str
    to_practise: str
    next_note: str


class BuddySessions:
    def __init__(
        self,
        store: BuddyStore,
        practice_store: PracticeStore,
        practice: PracticeService,
        clock: Clock,
        rng: random.Random | None = None,
        listening: bool = True,
    ) -> None:
        self._store = store
        self._practice_store = practice_store
        self._practice = practice
        self._clock = clock
        self._rng = rng or random.Random()
        self._listening = listening

    def plan(self, learner_id: int, minutes: int, speaking: bool = False) -> PracticeSession:
        """The session's exercises: weakest words first, due must-know words before them."""
        if minutes not in LENGTHS:
            raise UseCaseError(_("Kies 15, 20 of 30 minuten."))
        now = self._clock.now()
        cards = self._store.card_stats(learner_id, now - timedelta(days=OVERRULE_DAYS))
        plan = choose(cards, minutes, now)
        items = self._store.items(learner_id, plan.term_pks)
        new = self._practice_store.new_items(learner_id, plan.new_terms) if plan.new_terms else []
        decks = sorted({item.deck_id for item in [*items.values(), *new]})
        options = SessionOptions(listening=self._listening, speaking=speaking)
        pools = self._store.pool_sample(decks, POOL_PER_DECK, self._rng)
        pictures = self._practice.pictures
        exercises = plan_exercises(plan, items, new, pools, options, self._rng, pictures)
        return PracticeSession(exercises, self._clock)

    def start(self, learner_id: int, buddy: Learner, minutes: int) -> int:
        """A session of `buddy` with the learner begins now; returns its id."""
        if not buddy.is_staff:
            raise UseCaseError(_("Alleen een taalbuddy of coach kan samen oefenen."))
        if minutes not in LENGTHS:
            raise UseCaseError(_("Kies 15, 20 of 30 minuten."))
        return self._store.start(learner_id, buddy.id, buddy.name, minutes, self._clock.now())

    def record(self, learner_id: int, session_id: int, outcome: Outcome) -> Saved:
        """An answer: a review for FSRS like any other, marked with the session (kept on
        this PC while the server is away, as any answer)."""
        return self._practice.record(learner_id, outcome, buddy_session_id=session_id)

    def finish(self, session_id: int, went_well: str, to_practise: str, next_note: str) -> None:
        self._store.finish(
            session_id, self._clock.now(), went_well.strip(), to_practise.strip(), next_note.strip()
        )

    def last_note(self, learner_id: int) -> BuddySessionRecord | None:
        """The newest ended session with a note for next time."""
        return self._store.last_note(learner_id)

    def history(self, learner_id: int) -> list[BuddySessionRecord]:
        """The learner's buddy sessions, newest first."""
        return self._store.history(learner_id)

    def suggest(self, summary: SessionSummary, outcomes: Sequence[Outcome] = ()) -> NoteSuggestion:
        """What the end page fills in first (see `suggest`)."""
        return suggest(summary, outcomes)


def suggest(summary: SessionSummary, outcomes: Sequence[Outcome] = ()) -> NoteSuggestion:
    """The end page's first text, from the session: words right at once, words to repeat."""
    right = _right_first_time(outcomes)
    went_well = ngettext(
        "{right} van {n} woord meteen goed.",
        "{right} van {n} woorden meteen goed.",
        summary.practised,
    ).format(right=summary.right_first_time, n=summary.practised)
    if right:
        went_well = went_well.removesuffix(".") + ": " + _words(right)
    missed = [term.display for term in summary.to_repeat]
    to_practise = _("Nog oefenen: {words}").format(words=_words(missed)) if missed else ""
    next_note = _("Begin met: {words}").format(words=_words(missed)) if missed else ""
    return NoteSuggestion(went_well, to_practise, next_note)


def _right_first_time(outcomes: Sequence[Outcome]) -> list[str]:
    first: dict[int, Outcome] = {}
    for outcome in outcomes:
        first.setdefault(outcome.exercise.item.term_pk, outcome)
    return [o.exercise.item.term.display for o in first.values() if o.verdict is Verdict.RIGHT]


def _words(words: Sequence[str]) -> str:
    shown = ", ".join(words[:WORDS_IN_NOTE])
    return shown + (", …" if len(words) > WORDS_IN_NOTE else "")
