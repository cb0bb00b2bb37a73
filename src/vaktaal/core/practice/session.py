"""One practice session: the exercise in front of the learner, answers, and the summary."""

from dataclasses import dataclass, field
from datetime import datetime

from vaktaal.core.clock import Clock
from vaktaal.core.model import Term
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise, ExerciseKind
from vaktaal.core.practice.rating import AGAIN, HARD, rating_for

REPEAT_AFTER = 3  # a wrong word comes back this many exercises later, once


@dataclass(frozen=True)
class Outcome:
    """An answered exercise, ready to be stored as a review."""

    exercise: Exercise
    verdict: Verdict
    rating: int
    answered_at: datetime
    duration_ms: int
    overruled_from: Verdict | None = None  # the machine's verdict, when a buddy changed it
    heard: str | None = None  # speaking: what the speech recognition heard


@dataclass(frozen=True)
class SessionSummary:
    practised: int  # different words
    right_first_time: int
    answers: int
    to_repeat: tuple[Term, ...]


@dataclass
class PracticeSession:
    exercises: list[Exercise]
    clock: Clock
    position: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    _shown_at: datetime | None = None
    _paused_at: datetime | None = None
    _repeated: set[int] = field(default_factory=set)

    @property
    def current(self) -> Exercise | None:
        return self.exercises[self.position] if self.position < len(self.exercises) else None

    @property
    def finished(self) -> bool:
        return self.current is None

    def show(self) -> Exercise | None:
        """The exercise now on screen; its answer time starts now."""
        self._shown_at = self.clock.now()
        self._paused_at = None
        return self.current

    def pause(self) -> None:
        """The learner looks at something else (the question to stop): the answer time stops."""
        if self._paused_at is None:
            self._paused_at = self.clock.now()

    def resume(self) -> None:
        """Back to the exercise: the time spent away does not count as answer time."""
        if self._paused_at is not None and self._shown_at is not None:
            self._shown_at += self.clock.now() - self._paused_at
        self._paused_at = None

    def answer(
        self, verdict: Verdict, heard: str | None = None, overruled_from: Verdict | None = None
    ) -> Outcome:
        """Score an objective exercise: the rating follows from the verdict and the time.

        Speaking: `heard` is what the recognizer heard; `overruled_from` is the machine's own
        verdict when a buddy changed it (the buddy's verdict is `verdict`)."""
        exercise = self._current_or_fail()
        if not exercise.kind.is_objective:
            raise ValueError("a recall exercise is rated by the learner: use rate()")
        seconds = self._seconds()
        rating = rating_for(exercise.kind, verdict, seconds)
        return self._record(exercise, verdict, rating, seconds, heard, overruled_from)

    def rate(self, rating: int) -> Outcome:
        """The learner's own rating (1-4) of a recall exercise."""
        exercise = self._current_or_fail()
        if exercise.kind.is_objective:
            raise ValueError("objective exercises are scored by the app: use answer()")
        verdict = (
            Verdict.WRONG
            if rating == AGAIN
            else Verdict.ALMOST
            if rating == HARD
            else Verdict.RIGHT
        )
        return self._record(exercise, verdict, rating, self._seconds())

    def skip(self) -> None:
        """Go past the current exercise without an answer: no outcome, so no review."""
        self._current_or_fail()
        self.position += 1

    def _current_or_fail(self) -> Exercise:
        exercise = self.current
        if exercise is None:
            raise RuntimeError("the session is finished")
        return exercise

    def _seconds(self) -> float:
        now = self.clock.now()
        return (now - (self._shown_at or now)).total_seconds()

    def _record(
        self,
        exercise: Exercise,
        verdict: Verdict,
        rating: int,
        seconds: float,
        heard: str | None = None,
        overruled_from: Verdict | None = None,
    ) -> Outcome:
        now = self.clock.now()
        outcome = Outcome(
            exercise, verdict, rating, now, int(seconds * 1000), overruled_from, heard
        )
        self.outcomes.append(outcome)
        if rating == AGAIN:
            self._repeat_later(exercise)
        self.position += 1
        return outcome

    def _repeat_later(self, exercise: Exercise) -> None:
        if exercise.item.term_pk in self._repeated:
            return
        self._repeated.add(exercise.item.term_pk)
        again = Exercise(ExerciseKind.RECALL, exercise.item)
        self.exercises.insert(min(self.position + 1 + REPEAT_AFTER, len(self.exercises)), again)

    def summary(self) -> SessionSummary:
        first: dict[int, Outcome] = {}
        for outcome in self.outcomes:
            first.setdefault(outcome.exercise.item.term_pk, outcome)
        missed = {
            o.exercise.item.term_pk: o.exercise.item.term for o in self.outcomes if o.rating <= HARD
        }
        right = sum(1 for o in first.values() if o.verdict is Verdict.RIGHT)
        return SessionSummary(len(first), right, len(self.outcomes), tuple(missed.values()))
