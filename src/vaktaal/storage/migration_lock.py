"""One PC at a time upgrades the schema; the others wait for it, then open the new schema.

PostgreSQL: a session-level advisory lock with a fixed key, on a connection of its own.
SQLite: an exclusive transaction on a small lock file next to the database file. SQLite's
own file locks work on Windows and Linux, are dropped by the system when a process dies, and
wait with a timeout; the database file itself stays free for the migration's connection.
"""

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from vaktaal.core.i18n import _

log = logging.getLogger(__name__)

LOCK_KEY = 0x76616B7461616C  # "vaktaal" in ASCII: the advisory lock of a schema upgrade
LOCK_SUFFIX = ".upgrade-lock"
WAIT_SECONDS = 120.0  # how long a PC waits for another PC's upgrade
POLL_SECONDS = 0.2


def _log_waiting() -> None:
    log.warning("another PC is upgrading the database schema: waiting")


@dataclass(frozen=True)
class UpgradeOptions:
    """How to open a database at an older schema. A PostgreSQL server is upgraded only when
    `server_allowed` (the coach was told to make a backup first); SQLite always is."""

    server_allowed: bool = False
    on_waiting: Callable[[], None] = _log_waiting  # called once when another PC upgrades
    wait_seconds: float = WAIT_SECONDS


ASK_FIRST = UpgradeOptions()  # a server at an older schema: ServerUpgradeNeeded


class ServerUpgradeNeeded(Exception):
    """The server's schema is older than this vaktaal; upgrading needs a backup first."""

    def __init__(self, current: str | None, head: str) -> None:
        super().__init__(
            _("Vaktaal moet de database bijwerken.")
            + "\n"
            + _("Maak eerst een backup: vaktaal db backup BESTAND")
            + "\n"
            + _("Werk de database daarna bij: vaktaal db upgrade")
        )
        self.current = current
        self.head = head


class UpgradeWaitTimeout(Exception):
    """Another PC held the upgrade lock for longer than we wait."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "De database wordt nog bijgewerkt op een andere pc. Wacht een paar minuten"
                " en start Vaktaal opnieuw. Duurt het lang? Vraag hulp aan IT."
            )
        )


@contextmanager
def migration_lock(engine: Engine, options: UpgradeOptions) -> Iterator[None]:
    """Held by one process at a time for this database; waits for it, then raises
    UpgradeWaitTimeout. An in-memory SQLite database needs no lock."""
    if engine.dialect.name == "postgresql":
        with _advisory_lock(engine, options):
            yield
        return
    lock_file = lock_file_of(engine)
    if lock_file is None:
        yield
        return
    with _file_lock(lock_file, options):
        yield


def lock_file_of(engine: Engine) -> Path | None:
    database = make_url(str(engine.url)).database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database).with_name(Path(database).name + LOCK_SUFFIX)


@contextmanager
def _advisory_lock(engine: Engine, options: UpgradeOptions) -> Iterator[None]:
    connection = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        _wait_for(lambda: _try_advisory_lock(connection), options)
    except BaseException:
        connection.close()
        raise
    try:
        yield
    finally:
        _advisory_unlock(connection)


def _try_advisory_lock(connection: Connection) -> bool:
    query = text("SELECT pg_try_advisory_lock(:key)")
    return bool(connection.execute(query, {"key": LOCK_KEY}).scalar())


def _advisory_unlock(connection: Connection) -> None:
    """A connection that cannot unlock is closed for good: its session and lock end."""
    try:
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
    except SQLAlchemyError:
        log.warning("could not release the upgrade lock; closing its connection")
        connection.invalidate()
    finally:
        connection.close()


def _wait_for(try_lock: Callable[[], bool], options: UpgradeOptions) -> None:
    if try_lock():
        return
    options.on_waiting()
    deadline = time.monotonic() + options.wait_seconds
    while time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        if try_lock():
            return
    raise UpgradeWaitTimeout()


@contextmanager
def _file_lock(path: Path, options: UpgradeOptions) -> Iterator[None]:
    # A short busy timeout: two PCs trying at the same moment can both be refused for an
    # instant (SQLite's lock steps); only a lock that stays taken means "another PC upgrades".
    with closing(sqlite3.connect(path, timeout=0.25, isolation_level=None)) as connection:
        _wait_for(lambda: _try_exclusive(connection), options)
        try:
            yield
        finally:
            connection.execute("ROLLBACK")


def _try_exclusive(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as error:
        if "locked" not in str(error):
            raise
        return False
    return True
