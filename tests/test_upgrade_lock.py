"""Schema upgrades with several PCs: one process migrates under a database lock, the others
wait and then open the new schema; the lock is freed when a migration fails; waiting too
long gives a plain-Dutch message. On SQLite and on a real PostgreSQL."""

import multiprocessing
import time
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

import vaktaal.storage.database as database
from vaktaal.storage.database import (
    HEAD_REVISION,
    alembic_config,
    create_database_engine,
    current_revision,
    open_database,
)
from vaktaal.storage.migration_lock import UpgradeOptions, UpgradeWaitTimeout, migration_lock

KINDS = [pytest.param("sqlite"), pytest.param("postgresql", marks=pytest.mark.postgres)]
SLOW_MIGRATION = 1.5  # seconds: the second process surely starts while the first migrates
CHILD_TIMEOUT = 120


def previous_revision() -> str:
    """The revision before the newest: a database that an older vaktaal left."""
    head = ScriptDirectory.from_config(alembic_config()).get_revision(HEAD_REVISION)
    assert head is not None and isinstance(head.down_revision, str)
    return head.down_revision


def make_older_database(url: str) -> None:
    engine = create_database_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, previous_revision())
    engine.dispose()


def revision_at(url: str) -> str | None:
    engine = create_database_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


@pytest.fixture(params=KINDS)
def older_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database one migration behind, on SQLite or on the test's PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_database")
    make_older_database(url)
    return url


def open_in_child(url: str, backups: str, start: Any, results: Any) -> None:
    """One PC starting vaktaal: reports whether it migrated, whether it waited, the revision."""
    migrated: list[bool] = []
    run_step = database._run

    def slow_step(*arguments: Any) -> None:
        migrated.append(True)
        time.sleep(SLOW_MIGRATION)
        run_step(*arguments)

    database._run = slow_step  # type: ignore[assignment]  # in this child only
    waited: list[bool] = []
    options = UpgradeOptions(server_allowed=True, on_waiting=lambda: waited.append(True))
    start.wait()
    try:
        engine = open_database(url, Path(backups), options)
        results.put(("opened", bool(migrated), bool(waited), current_revision(engine)))
        engine.dispose()
    except Exception as error:  # reported to the test, which fails on it
        results.put(("failed", repr(error), bool(waited), None))


def test_two_pcs_starting_at_once_one_migrates_and_the_other_waits(older_url, tmp_path):
    context = multiprocessing.get_context("spawn")  # no fork of a process with Qt threads
    start, results = context.Barrier(2), context.Queue()
    backups = tmp_path / "backups"
    children = [
        context.Process(target=open_in_child, args=(older_url, str(backups), start, results))
        for _ in range(2)
    ]
    for child in children:
        child.start()
    outcomes = sorted(results.get(timeout=CHILD_TIMEOUT) for _ in children)
    for child in children:
        child.join(timeout=CHILD_TIMEOUT)

    assert outcomes == [
        ("opened", False, True, HEAD_REVISION),  # waited, then found the new schema
        ("opened", True, False, HEAD_REVISION),  # migrated
    ]
    assert [child.exitcode for child in children] == [0, 0]
    if older_url.startswith("sqlite"):
        made = [path for path in backups.iterdir() if "schema" in path.name]
        assert len(made) == 1  # one backup before the upgrade, by the one that migrated


def test_the_lock_is_freed_when_a_migration_fails(older_url, tmp_path, monkeypatch):
    def broken_step(*_arguments: Any) -> None:
        raise RuntimeError("the migration broke halfway")

    run_step = database._run
    monkeypatch.setattr(database, "_run", broken_step)
    with pytest.raises(RuntimeError):
        open_database(older_url, tmp_path / "backups", UpgradeOptions(server_allowed=True))
    assert revision_at(older_url) == previous_revision()
    monkeypatch.setattr(database, "_run", run_step)

    waited: list[bool] = []
    quick = UpgradeOptions(True, lambda: waited.append(True), wait_seconds=1.0)
    engine = open_database(older_url, tmp_path / "backups", quick)

    assert current_revision(engine) == HEAD_REVISION
    assert waited == []  # nobody held the lock any more
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            held = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            assert connection.execute(text(held)).scalar() == 0
    engine.dispose()


def test_waiting_too_long_for_another_pc_gives_a_plain_message(older_url, tmp_path):
    holder = create_database_engine(older_url)
    waited: list[bool] = []
    impatient = UpgradeOptions(True, lambda: waited.append(True), wait_seconds=0.5)
    began = time.monotonic()
    with migration_lock(holder, UpgradeOptions()), pytest.raises(UpgradeWaitTimeout) as raised:
        open_database(older_url, tmp_path / "backups", impatient)

    assert 0.5 <= time.monotonic() - began < 10
    assert waited == [True]
    assert "wordt nog bijgewerkt op een andere pc" in str(raised.value)
    assert revision_at(older_url) == previous_revision()
    holder.dispose()


def test_a_database_at_the_newest_schema_takes_no_lock(older_url, tmp_path):
    open_database(older_url, tmp_path / "backups", UpgradeOptions(server_allowed=True)).dispose()
    holder = create_database_engine(older_url)
    never = UpgradeOptions(on_waiting=lambda: pytest.fail("waited"), wait_seconds=0.1)
    with migration_lock(holder, UpgradeOptions()):  # another PC upgrading: no reason to wait
        open_database(older_url, tmp_path / "backups", never).dispose()
    holder.dispose()
