"""The PC's database for `vaktaal db copy-from-sqlite` (storage/copy_database.py), read
without changing it: found from a file or a data folder, checked, copied with SQLite's
backup API to a temporary folder, brought to the newest schema there, with the media files
of its data folder put into it. And the server it goes to: not SQLite, not itself."""

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from vaktaal.core.i18n import _
from vaktaal.paths import DATABASE_FILE
from vaktaal.storage.database import create_database_engine, current_revision, migrate_to_head
from vaktaal.storage.media_store import sync_media


class CopyRefused(Exception):
    """Nothing was copied; the message says why, in Dutch."""


def find_source(path: Path) -> tuple[Path, Path]:
    """The database file and its media folder, from a file or a data folder."""
    path = path.expanduser().resolve()
    database = path / DATABASE_FILE if path.is_dir() else path
    if not database.is_file():
        raise CopyRefused(_("Niet gevonden: {path}").format(path=database))
    return database, database.parent / "media"


def check_target(url: str, source: Path) -> None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return  # open_database says what is wrong with the address
    if parsed.get_backend_name() == "postgresql":
        return
    if parsed.database and Path(parsed.database).resolve() == source.resolve():
        raise CopyRefused(_("Dat is de database van deze pc zelf. Kies eerst een server."))
    raise CopyRefused(_("Deze pc gebruikt geen server. Kies die eerst: vaktaal db connect URL"))


@contextmanager
def source_copy(database: Path, media: Path) -> Iterator[Engine]:
    """A copy of the user's file at the newest schema, with its media, in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="vaktaal-copy-") as folder:
        copy = Path(folder) / DATABASE_FILE
        _backup(database, copy)
        engine = create_database_engine(f"sqlite:///{copy}")
        try:
            if current_revision(engine) is None:
                raise CopyRefused(
                    _("Dit is geen database van Vaktaal: {path}").format(path=database)
                )
            migrate_to_head(engine, Path(folder) / "backups")
            _upload_media(engine, media)
            yield engine
        finally:
            engine.dispose()


def _backup(database: Path, copy: Path) -> None:
    """SQLite's online backup (only read; a damaged file is refused)."""
    damaged = _("Deze database is beschadigd: {path}").format(path=database)
    try:
        with (
            closing(_open_for_reading(database)) as source,
            closing(sqlite3.connect(copy)) as target,
        ):
            source.backup(target)
            [verdict] = target.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as error:
        raise CopyRefused(damaged) from error
    if verdict != "ok":
        raise CopyRefused(damaged)


def _open_for_reading(database: Path) -> sqlite3.Connection:
    """Opened as the app does, so that SQLite tidies its -wal and -shm files on closing;
    read-only when the file may not be written (a read-only stick): those files stay."""
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=rw", uri=True)
        connection.execute("PRAGMA query_only=1")
        return connection
    except sqlite3.OperationalError:
        return sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)


def _upload_media(engine: Engine, media: Path) -> None:
    """The data folder's media files the database refers to, into its media_blobs (a blob
    the folder lacks is written to it: the folder is the PC's media cache)."""
    if media.is_dir():
        sync_media(engine, media)
