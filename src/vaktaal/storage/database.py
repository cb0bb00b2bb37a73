"""Open the database: SQLite with WAL and foreign keys, migrated to the newest schema."""

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    Engine,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    create_engine,
    event,
    inspect,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from vaktaal.core.i18n import _
from vaktaal.storage.backups import backup_name, copy_sqlite, keep_private
from vaktaal.storage.connection_errors import explain, is_permission_error, with_default_driver
from vaktaal.storage.integrity import check_database
from vaktaal.storage.migration_lock import (
    ASK_FIRST,
    ServerUpgradeNeeded,
    UpgradeOptions,
    migration_lock,
)
from vaktaal.storage.tables import Base

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0010"  # the newest migration; a test keeps this equal to Alembic's head


class DatabaseTooNew(Exception):
    """The database was written by a newer vaktaal; opening it could damage it."""

    def __init__(self, revision: str | None) -> None:
        message = _("De database is gemaakt met een nieuwere Vaktaal. Update Vaktaal op deze pc.")
        super().__init__(message)
        self.revision = revision


# A server that vanishes without a word (a cable pulled) is noticed within about 30 s, not
# minutes: the answer is then kept on this PC (usecases/kept_answers.py).
_SERVER_GONE_AFTER = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,  # ms
}


def create_database_engine(url: str) -> Engine:
    url = with_default_driver(url)
    engine = create_engine(url, connect_args=_server_args(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _server_args(url: str) -> dict[str, object]:
    if not url.startswith("postgresql"):
        return {}
    waits = {} if "connect_timeout" in url else {"connect_timeout": 10}
    return {**_SERVER_GONE_AFTER, **waits}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL, and synchronous=FULL: an answer shown as saved survives a power cut (NORMAL
    may lose the last commits; docs/benchmarks.md has the cost). Files: owner only."""
    cursor = dbapi_connection.cursor()
    main_file = cursor.execute("PRAGMA database_list").fetchone()[2]
    if main_file:
        keep_private(Path(main_file))  # before WAL: its files take the database's mode
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def open_database(url: str, backups_dir: Path, upgrade: UpgradeOptions = ASK_FIRST) -> Engine:
    """An engine on a database at the newest schema; backs the file up before migrating.
    A database that cannot be opened raises DatabaseConnectionError (plain Dutch); an older
    server schema ServerUpgradeNeeded, unless `upgrade.server_allowed`."""
    check_database(url, backups_dir, HEAD_REVISION)  # a damaged SQLite file: DatabaseDamaged
    connecting = True
    try:
        engine = create_database_engine(url)
        with engine.connect():
            connecting = False
        migrate_to_head(engine, backups_dir, upgrade)
    except (ImportError, ValueError, SQLAlchemyError) as error:  # ValueError: a bad port
        problem = explain(error, url, connecting)
        if problem is None:
            raise
        raise problem from None  # the cause may hold the URL with its password
    return engine


def migrate_to_head(engine: Engine, backups_dir: Path, upgrade: UpgradeOptions = ASK_FIRST) -> None:
    """Up to date: nothing to do (and Alembic is not even imported, for a quick start).
    Else one process at a time (migration_lock), which reads the revision again."""
    if current_revision(engine) == HEAD_REVISION:
        return
    with migration_lock(engine, upgrade):
        _migrate_locked(engine, backups_dir, upgrade.server_allowed)


def _migrate_locked(engine: Engine, backups_dir: Path, server_allowed: bool) -> None:
    current = current_revision(engine)  # another PC may have migrated while we waited
    if current == HEAD_REVISION:
        return
    with engine.begin() as connection:
        is_empty = not inspect(connection).get_table_names()
    if current is None and is_empty:
        _create_new(engine)
        return
    from alembic import command

    config = alembic_config()
    if current not in _known_revisions(config):
        raise DatabaseTooNew(current)
    if engine.dialect.name != "sqlite" and not server_allowed:
        raise ServerUpgradeNeeded(current, HEAD_REVISION)
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


# Alembic's own version table (alembic/ddl/impl.py), as `alembic stamp head` makes it
_ALEMBIC_VERSION = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def _create_new(engine: Engine) -> None:
    """The newest schema at once, stamped as `alembic stamp head` does, in one transaction;
    without importing Alembic (about 0.1 s), for a quick first start."""
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        _ALEMBIC_VERSION.create(connection)
        connection.execute(_ALEMBIC_VERSION.insert().values(version_num=HEAD_REVISION))


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
    target = backups_dir / backup_name(datetime.now(UTC), f"schema-{revision}")
    return copy_sqlite(Path(database), target)
