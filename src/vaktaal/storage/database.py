"""Open the database: SQLite with WAL and foreign keys, migrated to the newest schema."""

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from vaktaal.storage.connection_errors import explain, is_permission_error, with_default_driver
from vaktaal.storage.tables import Base

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0008"  # the newest migration; a test keeps this equal to Alembic's head


class DatabaseTooNew(Exception):
    """The database was written by a newer vaktaal; opening it could damage it."""


def create_database_engine(url: str) -> Engine:
    url = with_default_driver(url)
    waits = {} if "connect_timeout" in url else {"connect_timeout": 10}
    engine = create_engine(url, connect_args=waits if url.startswith("postgresql") else {})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def open_database(url: str, backups_dir: Path) -> Engine:
    """An engine on a database at the newest schema; backs the file up before migrating.
    A database that cannot be opened raises DatabaseConnectionError (plain Dutch)."""
    connecting = True
    try:
        engine = create_database_engine(url)
        with engine.connect():
            connecting = False
        migrate_to_head(engine, backups_dir)
    except (ImportError, ValueError, SQLAlchemyError) as error:  # ValueError: a bad port
        problem = explain(error, url, connecting)
        if problem is None:
            raise
        raise problem from None  # the cause may hold the URL with its password
    return engine


def migrate_to_head(engine: Engine, backups_dir: Path) -> None:
    """Up to date: nothing to do (and Alembic is not even imported, for a quick start)."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        is_empty = not inspect(connection).get_table_names()
    if current is None and is_empty:
        _create_new(engine, config)
        return
    if current not in _known_revisions(config):
        raise DatabaseTooNew(current)
    backup_database(engine, backups_dir, current)
    _run(engine, config, lambda cfg: command.upgrade(cfg, "head"))


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as error:  # no alembic_version table: a new or a foreign database
        if is_permission_error(error):
            raise
        return None


def alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _known_revisions(config: "Config") -> set[str | None]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def _create_new(engine: Engine, config: "Config") -> None:
    from alembic import command

    Base.metadata.create_all(engine)
    _run(engine, config, lambda cfg: command.stamp(cfg, "head"))


def _run(engine: Engine, config: "Config", step: Any) -> None:
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        step(config)


def backup_database(engine: Engine, backups_dir: Path, revision: str | None) -> Path | None:
    """A consistent copy of a SQLite database file (sqlite's backup API), before a migration."""
    database = make_url(str(engine.url)).database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"vaktaal-{stamp}-schema-{revision}.sqlite3"
    with closing(sqlite3.connect(database)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target
