"""Open the database: SQLite with WAL and foreign keys, migrated to the newest schema."""

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url

from vaktaal.storage.tables import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(Exception):
    """The database was written by a newer vaktaal; opening it could damage it."""


def create_database_engine(url: str) -> Engine:
    engine = create_engine(url)
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
    """An engine on a database at the newest schema; backs the file up before migrating."""
    engine = create_database_engine(url)
    migrate_to_head(engine, backups_dir)
    return engine


def migrate_to_head(engine: Engine, backups_dir: Path) -> None:
    config = alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        is_empty = not inspect(connection).get_table_names()
    if current == head:
        return
    if current is None and is_empty:
        _create_new(engine, config)
        return
    if current not in _known_revisions(config):
        raise DatabaseTooNew(current)
    backup_database(engine, backups_dir, current)
    _run(engine, config, lambda cfg: command.upgrade(cfg, "head"))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _known_revisions(config: Config) -> set[str | None]:
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def _create_new(engine: Engine, config: Config) -> None:
    Base.metadata.create_all(engine)
    _run(engine, config, lambda cfg: command.stamp(cfg, "head"))


def _run(engine: Engine, config: Config, step: Any) -> None:
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
