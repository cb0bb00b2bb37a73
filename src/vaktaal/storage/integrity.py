"""Is the SQLite file whole? A quick check at start, the backups to go back to, and putting
one back (the damaged file is kept aside, never deleted)."""

import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from vaktaal.core.i18n import _
from vaktaal.storage.backups import STAMP, copy_sqlite, sqlite_file
from vaktaal.storage.tables import Base

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FIRST_TABLES = frozenset(
    {"decks", "deck_media", "terms", "learners", "learner_decks", "cards", "review_logs"}
)  # in every schema since the first
VERSION_TABLE = "alembic_version"
MAPPED_BYTES = 1 << 30  # the check reads the file mapped: the kernel reads ahead
EMPTY = "empty"  # no tables at all: a new database, or one that lost everything
BACKUP_NAME = re.compile(r"^vaktaal-(?P<stamp>\d{8}-\d{6})-(?P<kind>.+)\.sqlite3$")
READ_ONLY = 8
_NOT_DAMAGE = {3, 5, 6, READ_ONLY, 13, 14}  # no rights, busy, locked, read-only, full, no file


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime  # UTC, from the name (the file's time when the name has none)
    kind: str  # "daily", "schema-0007", ...
    good: bool


class DatabaseDamaged(Exception):
    """The SQLite file is damaged; `backup` is the newest good backup, if there is one."""

    def __init__(self, database: Path, reason: str, backup: Backup | None) -> None:
        super().__init__(_("De database is kapot. Zet een kopie terug: vaktaal db restore"))
        self.database, self.reason, self.backup = database, reason, backup


def check_database(url: str, backups_dir: Path, head: str) -> None:
    """Raise DatabaseDamaged when the SQLite file of `url` fails the quick check. A new file
    (no tables) is damage only when there is a good backup to go back to."""
    path = _file_of(url)
    reason = _damage_if_any(path, head) if path is not None else None
    if path is None or reason is None:
        return
    backup = newest_good_backup(backups_dir, head)
    if reason == EMPTY and backup is None:
        return
    log.error("damaged database %s: %s; backup: %s", path, reason, backup)
    raise DatabaseDamaged(path, reason, backup)


def _file_of(url: str) -> Path | None:
    try:
        return sqlite_file(url)
    except (ValueError, SQLAlchemyError):  # an unreadable URL: opening it says so
        return None


def _damage_if_any(path: Path, head: str) -> str | None:
    try:
        return damage_of(path, head) if path.is_file() else None  # none yet: a new database
    except (OSError, sqlite3.Error) as error:  # locked, no rights: opening it says so
        log.warning("database not checked: %s", error)
        return None


def damage_of(path: Path, head: str) -> str | None:
    """Why the file is damaged (EMPTY when it has no tables), or None when it is whole.
    Read only, so a -wal next to a damaged file is not folded into it. Errors that are no
    damage (locked, no rights, disk full) are raised."""
    try:
        return _checked(path, head, "ro")
    except sqlite3.DatabaseError as error:
        if _code(error) == READ_ONLY:  # a journal to roll back first: that needs writing
            return _checked(path, head, "rw")
        raise


def _checked(path: Path, head: str, mode: str) -> str | None:
    try:
        with closing(_connect(path, mode)) as connection:
            return _damage(connection, head)
    except sqlite3.DatabaseError as error:
        if _code(error) in _NOT_DAMAGE:
            raise
        return str(error)


def _code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0)) & 0xFF


def _connect(path: Path, mode: str = "ro") -> sqlite3.Connection:
    """Open an existing file only (a missing one raises, it is never made)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)


def _damage(connection: sqlite3.Connection, head: str) -> str | None:
    connection.execute(f"PRAGMA mmap_size={MAPPED_BYTES}")  # cold start: 0.3 s, not 1.1 s
    problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        return "; ".join(problems[:3])
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not tables:
        return EMPTY
    if VERSION_TABLE not in tables:
        return "no schema version"
    versions = [row[0] for row in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
    if len(versions) != 1:
        return "no schema version"
    missing = _needed_tables(versions[0], head) - tables
    return f"tables missing: {', '.join(sorted(missing))}" if missing else None


def _needed_tables(revision: str, head: str) -> frozenset[str]:
    if revision == head:
        return frozenset(Base.metadata.tables) | FIRST_TABLES
    return FIRST_TABLES


def revision_of(path: Path) -> str | None:
    with closing(_connect(path)) as connection:
        return str(connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()[0])


@cache
def known_revisions() -> frozenset[str]:
    """The schema versions this vaktaal can open (and migrate)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return frozenset(s.revision for s in ScriptDirectory.from_config(config).walk_revisions())


def is_good(path: Path, head: str) -> bool:
    """Opens, passes the quick check, has the tables and a schema version vaktaal knows."""
    try:
        return damage_of(path, head) is None and revision_of(path) in known_revisions()
    except sqlite3.Error:
        return False


def backups(backups_dir: Path, head: str, check: bool = True) -> list[Backup]:
    """Every `vaktaal-*.sqlite3` in the folder, newest first; checked when `check`."""
    found = [_backup(path, head, check) for path in _candidates(backups_dir)]
    return sorted(found, key=lambda backup: (backup.made, backup.path.name), reverse=True)


def newest_good_backup(backups_dir: Path, head: str) -> Backup | None:
    for backup in backups(backups_dir, head, check=False):
        if is_good(backup.path, head):
            return Backup(backup.path, backup.made, backup.kind, True)
    return None


def _candidates(backups_dir: Path) -> Iterable[Path]:
    if not backups_dir.is_dir():
        return []
    return (path for path in backups_dir.glob("vaktaal-*.sqlite3") if path.is_file())


def _backup(path: Path, head: str, check: bool) -> Backup:
    named = BACKUP_NAME.match(path.name)
    if named:
        made = datetime.strptime(named["stamp"], STAMP).replace(tzinfo=UTC)
        kind = named["kind"]
    else:
        made, kind = datetime.fromtimestamp(path.stat().st_mtime, UTC), "?"
    return Backup(path, made, kind, check and is_good(path, head))


def restore(database: Path, backup: Path, head: str, now: datetime | None = None) -> Path | None:
    """Put a copy of a good `backup` in place of `database`. The current file (with its
    -wal and -shm) is kept aside in the same folder; returns where, or None when there was
    none. Raises DatabaseDamaged when the backup itself is not good."""
    if not is_good(backup, head):
        raise DatabaseDamaged(backup, "the backup is not good", None)
    stamp = (now or datetime.now(UTC)).strftime(STAMP)
    copy = copy_sqlite(backup, database.with_name(f".vaktaal-restoring-{stamp}.sqlite3"))
    try:
        aside = _keep_aside(database, stamp, head)
        os.replace(copy, database)
    finally:
        copy.unlink(missing_ok=True)
    return aside


def _keep_aside(database: Path, stamp: str, head: str) -> Path | None:
    """Rename the current file to vaktaal-damaged-<stamp>.sqlite3 (or -replaced- when it
    was whole); its -wal and -shm go along, so they are never read with the backup."""
    whole = database.exists() and damage_of(database, head) is None
    aside = _free_name(database.parent, f"vaktaal-{'replaced' if whole else 'damaged'}-{stamp}")
    if database.exists():
        os.replace(database, aside)
    _move_companions(database, aside)
    return aside if aside.exists() else None


def _free_name(folder: Path, stem: str) -> Path:
    """A name no file has yet: a file kept aside before is never overwritten."""
    candidate, number = folder / f"{stem}.sqlite3", 1
    while candidate.exists() or candidate.with_name(candidate.name + "-wal").exists():
        number += 1
        candidate = folder / f"{stem}-{number}.sqlite3"
    return candidate


def _move_companions(database: Path, aside: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        companion = database.with_name(database.name + suffix)
        if suffix == "-shm":  # only an index of the -wal; SQLite makes it again
            companion.unlink(missing_ok=True)
        elif companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
