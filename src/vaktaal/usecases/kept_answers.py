"""Answers while the database server is away: kept on this PC, stored when it is back.

`record` stores an answer, or, when the connection is gone, keeps it in the queue
(storage/answer_queue.py) and says so (`Saved.KEPT`). While answers wait, a new one goes
to the back of the queue at once (order stays, and no answer waits for a server that does
not answer). `replay` stores the waiting answers in order, each exactly once (one already in
the review log is passed over), and stops at the first one the server does not take because
it is still away.
"""

import logging
import threading
import uuid
from collections.abc import Callable
from datetime import datetime
from enum import Enum

from vaktaal.core.model import Term
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.session import Outcome
from vaktaal.storage.answer_queue import AnswerQueue, QueuedAnswer, connection_lost

log = logging.getLogger(__name__)

Store = Callable[[int, Outcome, int | None], object]  # learner, outcome, buddy session


class Saved(Enum):
    STORED = "stored"  # in the database
    KEPT = "kept"  # on this PC: the server is away; stored when it is back


def server_away(error: BaseException) -> bool:
    """Whether an error means the database server cannot be reached (for the screens)."""
    return connection_lost(error)


class KeptAnswers:
    def __init__(self, store: Store, queue: AnswerQueue) -> None:
        self._store = store
        self._queue = queue
        self._lock = threading.Lock()
        self._waiting: int | None = None  # known after the first look at the file

    def record(self, learner_id: int, outcome: Outcome, buddy_session_id: int | None) -> Saved:
        with self._lock:
            if self._count() == 0:
                try:
                    self._store(learner_id, outcome, buddy_session_id)
                    return Saved.STORED
                except Exception as error:
                    if not connection_lost(error):
                        raise
                    log.warning("database server away: answer kept on this PC (%s)", error)
            self._queue.append(queued(learner_id, outcome, buddy_session_id))
            self._waiting = self._count() + 1
            return Saved.KEPT

    def waiting(self) -> int:
        """How many answers wait on this PC."""
        with self._lock:
            return self._count()

    def replay(self) -> int:
        """Store the waiting answers, oldest first; how many still wait (0: all stored)."""
        with self._lock:
            if self._count() == 0:
                return 0
            answers = self._queue.waiting()
            done = 0
            try:
                for answer in answers:
                    self._replay_one(answer)
                    done += 1
            except Exception as error:
                if not connection_lost(error):
                    raise
                log.info("database server still away: %d answers wait", len(answers) - done)
            finally:  # a crash before this: the stored ones are found in the log next time
                if done:
                    self._queue.replace(answers[done:])
                self._waiting = len(answers) - done
            if done:
                log.info("%d kept answers stored; %d wait", done, self._waiting)
            return self._waiting

    def _replay_one(self, answer: QueuedAnswer) -> None:
        if self._queue.is_stored(answer):
            log.info("kept answer %s was stored before the connection dropped", answer.id)
            return
        try:
            self._store(answer.learner_id, outcome_of(answer), answer.buddy_session_id)
        except Exception as error:
            if connection_lost(error):
                raise
            log.error("kept answer %s refused by the database: set aside", answer.id)
            self._queue.set_aside(answer, type(error).__name__)

    def _count(self) -> int:
        if self._waiting is None:
            self._waiting = len(self._queue.waiting())
        return self._waiting


def queued(learner_id: int, outcome: Outcome, buddy_session_id: int | None) -> QueuedAnswer:
    item = outcome.exercise.item
    return QueuedAnswer(
        id=str(uuid.uuid4()),
        learner_id=learner_id,
        term_pk=item.term_pk,
        term_id=item.term.id,
        deck_id=item.deck_id,
        card_id=item.card_id,
        kind=outcome.exercise.kind.value,
        rating=outcome.rating,
        verdict=outcome.verdict.value,
        answered_at=outcome.answered_at.isoformat(),
        duration_ms=outcome.duration_ms,
        buddy_session_id=buddy_session_id,
        heard=outcome.heard,
        overruled_from=outcome.overruled_from.value if outcome.overruled_from else None,
    )


def outcome_of(answer: QueuedAnswer) -> Outcome:
    """The outcome to store again: the word itself is not needed, only its keys."""
    term = Term(answer.term_id, "", "", "", "", "", {})
    item = PracticeItem(answer.term_pk, answer.deck_id, term, answer.card_id)
    return Outcome(
        Exercise(ExerciseKind(answer.kind), item),
        Verdict(answer.verdict),
        answer.rating,
        datetime.fromisoformat(answer.answered_at),
        answer.duration_ms,
        Verdict(answer.overruled_from) if answer.overruled_from else None,
        answer.heard,
    )
