"""Copies of the SQLite database: made with SQLite's online backup API while the app runs,
readable by their owner only. One a day at start-up (the last seven kept), one before each
schema upgrade (storage/database.py, never deleted here) and `vaktaal db backup OUT`.

Names: `vaktaal-<YYYYmmdd-HHMMSS>-daily.sqlite3` and `vaktaal-<stamp>-schema-<rev>.sqlite3`
in the backups folder, the stamp in UTC (`vaktaal db restore` sorts by it).
"""

import contextlib
import logging
import os
import re
import sqlite3
import tempfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from vaktaal.core.i18n import _

log = logging.getLogger(__name__)

OWNER_ONLY_FILE = 0o600  # PIN hashes, progress: no other account on the PC may read them
DAILY_KEPT = 7
STAMP = "%Y%m%d-%H%M%S"
_DAILY = re.compile(r"^vaktaal-(?P<day>\d{8})-\d{6}-daily\.sqlite3$")
_SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL; None for another database or one in memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def backup_name(now: datetime, kind: str) -> str:
    return f"vaktaal-{now.astimezone(UTC).strftime(STAMP)}-{kind}.sqlite3"


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of the database `source` at `target` (mode 0600), made with SQLite's
    online backup API while others read and write it; written whole or not at all."""
    handle, name = tempfile.mkstemp(prefix=".vaktaal-backup-", suffix=".part", dir=target.parent)
    os.close(handle)  # mkstemp: mode 0600 already; SQLite's journal files follow that mode
    partial = Path(name)
    try:
        with closing(sqlite3.connect(source)) as original, closing(sqlite3.connect(partial)) as new:
            original.backup(new)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def make_daily_backup(url: str, backups_dir: Path, now: datetime | None = None) -> Path | None:
    """Today's backup, unless there is one already (or no SQLite file); the oldest daily
    ones beyond seven are removed. A failure (a full disk) is logged in Dutch and given back
    as None: practising goes on without a backup."""
    now = now or datetime.now(UTC)
    database = sqlite_file(url)
    if database is None or not database.is_file() or _made_today(backups_dir, now):
        return None
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        target = copy_sqlite(database, backups_dir / backup_name(now, "daily"))
        remove_old_daily_backups(backups_dir)
    except (OSError, sqlite3.Error) as error:
        log.warning(_("Geen reservekopie gemaakt. Is de schijf vol? (%s)"), error)
        return None
    log.info("backup made: %s", target.name)
    return target


def daily_backups(backups_dir: Path) -> list[Path]:
    """The daily backups, oldest first (by the stamp in their names)."""
    if not backups_dir.is_dir():
        return []
    return sorted(p for p in backups_dir.iterdir() if _DAILY.match(p.name))


def remove_old_daily_backups(backups_dir: Path, kept: int = DAILY_KEPT) -> list[Path]:
    """Only daily backups go: those made before a schema upgrade always stay."""
    old = daily_backups(backups_dir)[:-kept]
    for path in old:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return old


def keep_private(database: Path) -> None:
    """The database file and its journal files readable by their owner only (new files of
    SQLite's journal take the database file's mode). A file of someone else: left alone."""
    for suffix in _SQLITE_COMPANIONS:
        path = database.with_name(database.name + suffix)
        try:
            if path.stat().st_mode & 0o777 != OWNER_ONLY_FILE:
                path.chmod(OWNER_ONLY_FILE)
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("database file left as it is: %s", error)


def _made_today(backups_dir: Path, now: datetime) -> bool:
    today = now.astimezone(UTC).strftime("%Y%m%d")
    return any(_day(path) == today for path in daily_backups(backups_dir))


def _day(path: Path) -> str:
    found = _DAILY.match(path.name)
    return found["day"] if found else ""
