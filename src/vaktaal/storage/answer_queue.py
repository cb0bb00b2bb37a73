"""Answers kept on this PC while the database server is away, until they can be stored.

One JSON line per answer in the data folder (mode 0600), written and fsynced before the
learner is told it is kept; replayed in order, oldest first. A file per database, so the
answers of one server never go to another. Whether an answer already reached the server
(the commit may have arrived just before the connection dropped) is read from the review
log: an answer is its learner, its term and its answer time to the microsecond.
"""

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, Table, select
from sqlalchemy.exc import DBAPIError, OperationalError

from vaktaal.paths import hide_password
from vaktaal.storage.tables import CardRow, ReviewLogRow

log = logging.getLogger(__name__)

OWNER_ONLY_FILE = 0o600  # the answers of learners: no other account on the PC may read them
_cards = cast(Table, CardRow.__table__)
_logs = cast(Table, ReviewLogRow.__table__)


@dataclass(frozen=True)
class QueuedAnswer:
    """Everything needed to store an answer later exactly as it was given."""

    id: str  # a uuid, for the log
    learner_id: int
    term_pk: int
    term_id: str
    deck_id: str
    card_id: int | None
    kind: str
    rating: int
    verdict: str
    answered_at: str  # ISO, with the time zone
    duration_ms: int
    buddy_session_id: int | None = None
    heard: str | None = None
    overruled_from: str | None = None

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.answered_at)


def queue_file(data_dir: Path, database_url: str) -> Path:
    """The queue of this data folder for this database (the password is not part of it)."""
    key = hashlib.sha256(hide_password(database_url).encode()).hexdigest()[:12]
    return data_dir / f"answers-waiting-{key}.jsonl"


def connection_lost(error: BaseException) -> bool:
    """The database server cannot be reached, dropped the connection, is shutting down or
    starting up (psycopg's OperationalError and its kinds: passing trouble, so the answer is
    tried again later). Not SQLite: its file is on this PC, no server went away."""
    if not isinstance(error, DBAPIError):
        return False
    if type(error.orig).__module__.startswith("sqlite3"):
        return False
    return error.connection_invalidated or isinstance(error, OperationalError)


class AnswerQueue:
    """The file of waiting answers, and the check whether one was stored after all."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    def append(self, answer: QueuedAnswer) -> None:
        """Add an answer at the end; on disk (fsync) when this returns."""
        line = (json.dumps(asdict(answer), ensure_ascii=False) + "\n").encode()
        new = not self.path.exists()
        handle = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, OWNER_ONLY_FILE)
        try:
            os.write(handle, line)
            os.fsync(handle)
        finally:
            os.close(handle)
        if new:
            _sync_folder(self.path.parent)

    def waiting(self) -> list[QueuedAnswer]:
        """The waiting answers, oldest first. A line cut off by a power cut is left out: it
        was never reported as kept."""
        if not self.path.exists():
            return []
        answers = []
        for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
            answer = _parsed(line)
            if answer is None:
                log.warning("answer queue line %d unreadable: left out", number)
            else:
                answers.append(answer)
        return answers

    def replace(self, answers: list[QueuedAnswer]) -> None:
        """Keep only `answers` (after some were stored): a new file swapped in at once."""
        if not answers:
            self.path.unlink(missing_ok=True)
            _sync_folder(self.path.parent)
            return
        data = "".join(json.dumps(asdict(a), ensure_ascii=False) + "\n" for a in answers)
        handle, name = tempfile.mkstemp(prefix=".answers-", dir=self.path.parent)
        try:
            os.write(handle, data.encode())
            os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(name, self.path)  # mkstemp made it 0600
        _sync_folder(self.path.parent)

    def set_aside(self, answer: QueuedAnswer, reason: str) -> None:
        """An answer the database refuses for good (its learner or word was deleted): kept in
        a file beside the queue for IT, so it no longer holds up the others."""
        aside = self.path.with_suffix(".refused.jsonl")
        line = json.dumps({**asdict(answer), "reason": reason}, ensure_ascii=False) + "\n"
        handle = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_APPEND, OWNER_ONLY_FILE)
        try:
            os.write(handle, line.encode())
            os.fsync(handle)
        finally:
            os.close(handle)

    def is_stored(self, answer: QueuedAnswer) -> bool:
        """Whether the review log holds this answer. The card is locked first, so a
        transaction of the lost connection that still holds it is finished before we look."""
        card = select(_cards.c.id).where(
            _cards.c.learner_id == answer.learner_id, _cards.c.term_pk == answer.term_pk
        )
        with self.engine.begin() as connection:
            card_id = connection.execute(card.with_for_update()).scalar_one_or_none()
            if card_id is None:
                return False
            found = select(_logs.c.id).where(
                _logs.c.card_id == card_id, _logs.c.reviewed_at == answer.moment
            )
            return connection.execute(found.limit(1)).first() is not None


def _parsed(line: str) -> QueuedAnswer | None:
    try:
        fields: dict[str, Any] = json.loads(line)
        return QueuedAnswer(**fields)
    except (ValueError, TypeError):
        return None


def _sync_folder(folder: Path) -> None:
    """The new or removed name is on disk too (not only the file's data)."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
