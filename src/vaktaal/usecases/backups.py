"""Backups the app makes by itself: one a day at start-up, the last seven kept (SQLite only;
a server's database is backed up by IT, see `vaktaal db backup`)."""

from datetime import datetime
from pathlib import Path

from vaktaal.paths import Paths
from vaktaal.storage.backups import make_daily_backup


def daily_backup(paths: Paths, now: datetime | None = None) -> Path | None:
    """Today's backup when there is none yet; None when none was made (a full disk: logged,
    and practising goes on)."""
    return make_daily_backup(paths.database_url, paths.backups_dir, now)
