"""A SQLite file damaged in many ways: vaktaal opens it with all data right or says
DatabaseDamaged (never another error, never wrong data), and the backup puts the data back.
SQLite only: these are damages of the file."""

import os
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from deckbuilder import tiny_png, write_deck
from vaktaal.app import open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.deckformat import load_deck
from vaktaal.storage import integrity
from vaktaal.storage.backups import copy_sqlite
from vaktaal.storage.database import HEAD_REVISION, DatabaseTooNew, open_database
from vaktaal.storage.integrity import (
    DatabaseDamaged,
    backups,
    check_database,
    is_good,
    restore,
)
from vaktaal.storage.tables import ReviewLogRow, TermRow
from vaktaal.usecases.errors import DatabaseDamaged as DatabaseDamagedForTheApp

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
BACKUP_NAME = "vaktaal-20261201-030000-daily.sqlite3"
REVIEWS = 4000
Data = dict[str, list[tuple[Any, ...]]]


@dataclass(frozen=True)
class Source:
    data_dir: Path
    expected: Data


def dump_file(database: Path) -> Data:
    """Every row of every table, sorted."""
    with closing(sqlite3.connect(database)) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
        tables = [name for name in names if not name.startswith("sqlite_")]
        return {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in sorted(tables)
            if _is_table(connection, name)
        }


def _is_table(connection: sqlite3.Connection, name: str) -> bool:
    kind = connection.execute("SELECT type FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return bool(kind and kind[0] == "table")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Source:
    """Learners with cards and some thousands of reviews; a good daily backup of it."""
    folder = tmp_path_factory.mktemp("source")
    backend = open_backend(folder / "data", env={}, clock=FakeClock(START))
    try:
        _fill(backend, write_deck(folder / "deck"))
    finally:
        backend.close()
    database = folder / "data" / "vaktaal.sqlite3"
    copy_sqlite(database, folder / "data" / "backups" / BACKUP_NAME)
    return Source(folder / "data", dump_file(database))


def _fill(backend: Any, deck: Path) -> None:
    backend.decks.import_deck(load_deck(deck, backend.library))
    with backend.engine.connect() as connection:
        terms = connection.execute(select(TermRow.id)).scalars().all()
    cards = []
    for name in ("Amal", "Yonas", "Elif"):
        learner = backend.learners.add(name, ["ar"])
        cards += [backend.reviews.introduce(learner.id, term, START) for term in terms]
    pick = random.Random(14)
    rows = [
        {
            "card_id": pick.choice(cards),
            "rating": pick.randint(1, 4),
            "reviewed_at": START + timedelta(minutes=number),
            "duration_ms": pick.randint(800, 9000),
            "exercise_kind": "recall",
        }
        for number in range(REVIEWS)
    ]
    with backend.engine.begin() as connection:
        connection.execute(insert(ReviewLogRow), rows)


# ---- the damages: each changes the file (or what lies next to it) in one way ----


def _page_size(database: Path) -> int:
    return int.from_bytes(database.read_bytes()[16:18], "big")


def _garbage_at(database: Path, offset: int, size: int) -> None:
    noise = random.Random(offset).randbytes(size)
    with database.open("r+b") as file:
        file.seek(offset)
        file.write(noise)


def _garbage_page(database: Path, page: int) -> None:
    """Page numbers start at 1, as in SQLite."""
    size = _page_size(database)
    _garbage_at(database, (page - 1) * size, size)


def _page_of(database: Path, name: str, kind: str) -> int:
    with closing(sqlite3.connect(database)) as connection:
        query = "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno"
        pages = [row[0] for row in connection.execute(query, (name, kind))]
    return pages[len(pages) // 2]


def _truncate(database: Path, size: int) -> None:
    os.truncate(database, size)


def _run_sql(database: Path, *statements: str) -> None:
    with closing(sqlite3.connect(database)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def _pages(database: Path) -> int:
    return database.stat().st_size // _page_size(database)


def _empty_sqlite_database(database: Path) -> None:
    database.unlink()
    _run_sql(database, "PRAGMA user_version = 0", "VACUUM")


DAMAGES: dict[str, Callable[[Path], None]] = {
    "truncated to half": lambda db: _truncate(db, db.stat().st_size // 2),
    "truncated to 100 bytes": lambda db: _truncate(db, 100),
    "truncated to 0 bytes": lambda db: _truncate(db, 0),
    "last page cut off": lambda db: _truncate(db, db.stat().st_size - _page_size(db)),
    "zeroed header": lambda db: db.write_bytes(bytes(100) + db.read_bytes()[100:]),
    "garbage header": lambda db: _garbage_at(db, 0, 100),
    "garbage in page 2": lambda db: _garbage_page(db, 2),
    "garbage in a middle page": lambda db: _garbage_page(db, _pages(db) // 2),
    "garbage in the last page": lambda db: _garbage_page(db, _pages(db)),
    "garbage in an index page": lambda db: _garbage_page(
        db, _page_of(db, "ix_review_logs_card_id", "leaf")
    ),
    "garbage in a review page": lambda db: _garbage_page(db, _page_of(db, "review_logs", "leaf")),
    "a text file in its place": lambda db: db.write_text("Boodschappen: melk, brood\n" * 40),
    "a PNG in its place": lambda db: db.write_bytes(tiny_png()),
    "reviews table dropped": lambda db: _run_sql(db, "DROP TABLE review_logs"),
    "cards table dropped": lambda db: _run_sql(
        db, "PRAGMA foreign_keys=OFF", "DROP TABLE review_logs", "DROP TABLE cards"
    ),
    "learners table dropped": lambda db: _run_sql(db, "DROP TABLE learners"),
    "schema version removed": lambda db: _run_sql(db, "DELETE FROM alembic_version"),
    "schema version table dropped": lambda db: _run_sql(db, "DROP TABLE alembic_version"),
    "an empty SQLite database in its place": _empty_sqlite_database,
    "garbage WAL file next to it": lambda db: db.with_name(db.name + "-wal").write_bytes(
        random.Random(3).randbytes(64 * 1024)
    ),
}
MAY_OPEN = {"garbage WAL file next to it"}  # SQLite ignores a WAL that is not its own


@pytest.fixture
def damaged(source: Source, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    data_dir = tmp_path / "data"
    shutil.copytree(source.data_dir, data_dir)
    DAMAGES[request.param](data_dir / "vaktaal.sqlite3")
    yield data_dir


def _open(data_dir: Path) -> Data:
    """Open as the app does; the data read back from the file afterwards."""
    engine = open_database(f"sqlite:///{data_dir / 'vaktaal.sqlite3'}", data_dir / "backups")
    engine.dispose()
    return dump_file(data_dir / "vaktaal.sqlite3")


def test_there_are_enough_kinds_of_damage() -> None:
    assert len(DAMAGES) >= 18


@pytest.mark.parametrize("damaged", sorted(DAMAGES), indirect=True)
def test_a_damaged_file_is_noticed_and_the_backup_puts_the_data_back(
    damaged: Path, source: Source, request: pytest.FixtureRequest
) -> None:
    kind = request.node.callspec.params["damaged"]
    try:
        opened = _open(damaged)
    except DatabaseDamaged as error:
        assert error.backup is not None and error.backup.path.name == BACKUP_NAME
        aside = restore(error.database, error.backup.path, HEAD_REVISION)
        assert aside is not None and aside.name.startswith("vaktaal-damaged-")
        assert _open(damaged) == source.expected  # the backup's data, and it opens again
        return
    assert kind in MAY_OPEN, f"{kind}: opened without a word"
    assert opened == source.expected  # opened: then with every row right


def test_the_app_sees_the_same_exception() -> None:
    assert DatabaseDamagedForTheApp is DatabaseDamaged


@pytest.mark.parametrize("damaged", ["garbage in a review page"], indirect=True)
def test_the_damaged_file_is_kept_aside_with_its_wal(damaged: Path) -> None:
    database = damaged / "vaktaal.sqlite3"
    database.with_name("vaktaal.sqlite3-wal").write_bytes(b"wal of the damaged file")
    damaged_bytes = database.read_bytes()
    with pytest.raises(DatabaseDamaged) as raised:
        check_database(f"sqlite:///{database}", damaged / "backups", HEAD_REVISION)
    assert raised.value.backup is not None
    aside = restore(database, raised.value.backup.path, HEAD_REVISION)
    assert aside is not None and aside.read_bytes() == damaged_bytes
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"wal of the damaged file"
    assert not database.with_name("vaktaal.sqlite3-wal").exists()
    assert database.stat().st_mode & 0o777 == 0o600
    assert (damaged / "backups" / BACKUP_NAME).exists()  # the backup stays, for next time


@pytest.mark.parametrize("damaged", ["garbage in page 2"], indirect=True)
def test_the_newest_good_backup_is_offered(damaged: Path, source: Source) -> None:
    folder = damaged / "backups"
    (folder / "vaktaal-20261206-030000-daily.sqlite3").write_text("kapot")  # newest: damaged
    older = folder / "vaktaal-20261101-030000-schema-0007.sqlite3"
    shutil.copy(folder / BACKUP_NAME, older)
    with pytest.raises(DatabaseDamaged) as raised:
        check_database(f"sqlite:///{damaged / 'vaktaal.sqlite3'}", folder, HEAD_REVISION)
    assert raised.value.backup is not None
    assert raised.value.backup.path.name == BACKUP_NAME
    assert raised.value.backup.made == datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
    listed = [(b.path.name, b.kind, b.good) for b in backups(folder, HEAD_REVISION)]
    assert listed == [
        ("vaktaal-20261206-030000-daily.sqlite3", "daily", False),
        (BACKUP_NAME, "daily", True),
        (older.name, "schema-0007", True),
    ]


@pytest.mark.parametrize("damaged", ["garbage in page 2"], indirect=True)
def test_without_a_backup_it_says_damaged_with_nothing_to_offer(damaged: Path) -> None:
    shutil.rmtree(damaged / "backups")
    with pytest.raises(DatabaseDamaged) as raised:
        _open(damaged)
    assert raised.value.backup is None


@pytest.mark.parametrize(
    "damaged", ["truncated to 0 bytes", "an empty SQLite database in its place"], indirect=True
)
def test_an_empty_file_without_backups_is_a_new_database(damaged: Path) -> None:
    shutil.rmtree(damaged / "backups")
    assert dump_file(damaged / "vaktaal.sqlite3").get("learners", []) == []
    assert _open(damaged)["alembic_version"] == [(HEAD_REVISION,)]


def test_a_newer_schema_is_not_called_damaged(source: Source, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(source.data_dir, data_dir)
    _run_sql(data_dir / "vaktaal.sqlite3", "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseTooNew):
        _open(data_dir)


def test_a_whole_file_opens_untouched(source: Source, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(source.data_dir, data_dir)
    assert _open(data_dir) == source.expected


def test_a_damaged_backup_is_refused_and_nothing_changes(source: Source, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(source.data_dir, data_dir)
    bad = data_dir / "backups" / "vaktaal-20261206-030000-daily.sqlite3"
    bad.write_text("kapot")
    with pytest.raises(DatabaseDamaged):
        restore(data_dir / "vaktaal.sqlite3", bad, HEAD_REVISION)
    assert list(data_dir.glob("vaktaal-*")) == []  # nothing kept aside, nothing moved
    assert dump_file(data_dir / "vaktaal.sqlite3") == source.expected


def test_checking_never_makes_a_file(tmp_path: Path) -> None:
    missing = tmp_path / "vaktaal.sqlite3"
    check_database(f"sqlite:///{missing}", tmp_path / "backups", HEAD_REVISION)
    assert not is_good(missing, HEAD_REVISION)
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_cannot_be_read_now_is_not_called_damaged(
    source: Source, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locked or no rights: no damage; opening it goes on and says what is wrong."""
    data_dir = tmp_path / "data"
    shutil.copytree(source.data_dir, data_dir)

    def locked(*_args: object) -> None:
        error = sqlite3.OperationalError("database is locked")
        error.sqlite_errorcode = sqlite3.SQLITE_BUSY  # as SQLite sets it
        raise error

    monkeypatch.setattr(integrity, "_connect", locked)
    url = f"sqlite:///{data_dir / 'vaktaal.sqlite3'}"
    check_database(url, data_dir / "backups", HEAD_REVISION)  # no DatabaseDamaged


def test_a_file_kept_aside_is_never_overwritten(source: Source, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(source.data_dir, data_dir)
    database, backup = data_dir / "vaktaal.sqlite3", data_dir / "backups" / BACKUP_NAME
    same_moment = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    database.write_text("eerste kapotte bestand")
    first = restore(database, backup, HEAD_REVISION, now=same_moment)
    database.write_text("tweede kapotte bestand")
    second = restore(database, backup, HEAD_REVISION, now=same_moment)
    assert first is not None and second is not None and first != second
    assert first.read_text() == "eerste kapotte bestand"
    assert second.read_text() == "tweede kapotte bestand"
