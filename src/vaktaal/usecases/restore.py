"""Go back to a backup of the SQLite database: the app offers it when the file is damaged,
`vaktaal db restore` does it on request. The current file is kept aside, never deleted."""

from pathlib import Path

from vaktaal.core.i18n import _
from vaktaal.paths import Paths
from vaktaal.storage import integrity
from vaktaal.storage.backups import sqlite_file
from vaktaal.storage.database import HEAD_REVISION
from vaktaal.storage.integrity import Backup, DatabaseDamaged
from vaktaal.usecases.errors import UseCaseError

__all__ = ["Backup", "DatabaseDamaged", "NoLocalDatabase", "backups", "database_file", "restore"]


class NoLocalDatabase(UseCaseError):
    """The database is on a server: its backups are made and put back with PostgreSQL's tools."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "Deze pc gebruikt een database op een server. Zet een kopie terug met pg_restore"
                " (zie docs/several-pcs.md)."
            )
        )


def database_file(paths: Paths) -> Path:
    """The SQLite file of this PC; NoLocalDatabase for PostgreSQL."""
    database = sqlite_file(paths.database_url)
    if database is None:
        raise NoLocalDatabase()
    return database


def backups(paths: Paths) -> list[Backup]:
    """Every backup in the backups folder, newest first, each checked (good or damaged)."""
    return integrity.backups(paths.backups_dir, HEAD_REVISION)


def restore(database: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `database`; returns where the old file was kept (if any).
    DatabaseDamaged when the backup is not good: then nothing is changed."""
    return integrity.restore(database, backup, HEAD_REVISION)
