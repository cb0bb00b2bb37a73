"""SQLite on one PC: every commit on disk (synchronous=FULL), the files readable by their
owner only, and a rolling daily backup made with SQLite's online backup API."""

import logging
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from full_disk import fill_the_disk_for_copies
from vaktaal.app import Backend, open_backend
from vaktaal.paths import Paths
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage.backups import daily_backups, make_daily_backup
from vaktaal.storage.database import backup_database
from vaktaal.usecases.backups import daily_backup

MONDAY = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[Backend]:
    opened = open_backend(tmp_path / "data", env={}, speaker=FakeSpeaker())
    opened.learners.add("Amal", ["ar"], pin_code="2580")
    yield opened
    opened.close()


def database_of(backend: Backend) -> Path:
    return backend.paths.data_dir / "vaktaal.sqlite3"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def contents(database: Path) -> list[str]:
    with closing(sqlite3.connect(database)) as connection:
        return list(connection.iterdump())


def learner_names(database: Path) -> list[str]:
    with closing(sqlite3.connect(database)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM learners ORDER BY id")]


def make_backup(backend: Backend, now: datetime) -> Path | None:
    return make_daily_backup(backend.paths.database_url, backend.paths.backups_dir, now)


def test_every_connection_commits_to_disk(backend):
    """Three connections of the pool at once, and one made on another thread."""
    held = [backend.engine.connect() for _ in range(3)]
    try:
        settings = [c.execute(text("PRAGMA synchronous")).scalar() for c in held]
    finally:
        for connection in held:
            connection.close()
    on_thread: list[object] = []

    def read() -> None:
        with backend.engine.connect() as connection:
            on_thread.append(connection.execute(text("PRAGMA synchronous")).scalar())

    worker = threading.Thread(target=read)
    worker.start()
    worker.join()
    assert settings + on_thread == [FULL] * 4


def test_a_new_database_and_its_journal_are_for_the_owner_only(backend):
    database = database_of(backend)
    with backend.engine.connect() as connection:  # WAL files exist while a connection is open
        connection.execute(text("SELECT 1"))
        files = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
        assert {file.name: mode(file) for file in files} == {file.name: 0o600 for file in files}
    assert mode(backend.paths.data_dir) == 0o700


def test_an_existing_database_readable_by_all_is_made_private(tmp_path):
    opened = open_backend(tmp_path / "data", env={}, speaker=FakeSpeaker())
    database = database_of(opened)
    with opened.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
        files = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
        for file in files:
            file.chmod(0o644)  # as vaktaal made them before issue 14
    opened.close()
    if not Path(f"{database}-wal").exists():  # closed cleanly: leave a readable WAL behind
        Path(f"{database}-wal").touch(0o644)
    reopened = open_backend(tmp_path / "data", env={}, speaker=FakeSpeaker())
    try:
        reopened.learners.all()
        assert mode(database) == 0o600
        assert mode(Path(f"{database}-wal")) == 0o600
    finally:
        reopened.close()


def test_a_daily_backup_is_a_private_copy_of_the_database(backend):
    made = make_backup(backend, MONDAY)
    assert made is not None
    assert made.name == "vaktaal-20261207-093000-daily.sqlite3"
    assert made.parent == backend.paths.backups_dir
    assert mode(made) == 0o600
    assert contents(made) == contents(database_of(backend))
    assert learner_names(made) == ["Amal"]


def test_one_backup_a_day(backend):
    first = make_backup(backend, MONDAY)
    backend.learners.add("Yonas", ["ti"])
    assert make_backup(backend, MONDAY + timedelta(hours=8)) is None
    tuesday = make_backup(backend, MONDAY + timedelta(days=1, hours=-9))  # 00:30 on Tuesday
    assert daily_backups(backend.paths.backups_dir) == [first, tuesday]
    assert tuesday is not None and learner_names(tuesday) == ["Amal", "Yonas"]


def test_the_last_seven_daily_backups_are_kept_and_no_other_file_goes(backend):
    folder = backend.paths.backups_dir
    schema = backup_database(backend.engine, folder, "0007")  # before an upgrade: stays
    other = folder / "notes.txt"
    other.write_text("van IT")
    made = [make_backup(backend, MONDAY + timedelta(days=day)) for day in range(10)]
    assert daily_backups(folder) == made[-7:]
    assert schema is not None and schema.exists() and other.exists()
    assert len(list(folder.iterdir())) == 7 + 2


def test_the_backup_taken_before_an_upgrade_is_private_too(backend):
    made = backup_database(backend.engine, backend.paths.backups_dir, "0007")
    assert made is not None and made.name.endswith("-schema-0007.sqlite3")
    assert mode(made) == 0o600
    assert learner_names(made) == ["Amal"]


def test_the_backup_is_made_while_the_app_writes(backend):
    """Committed answers still in the WAL are in the copy; an open transaction is not."""
    with backend.engine.connect() as writing:
        writing.execute(text("UPDATE learners SET name = 'Half'"))
        made = make_backup(backend, MONDAY)  # while the transaction is open
        writing.rollback()
    assert made is not None
    assert learner_names(made) == ["Amal"]
    assert Path(f"{database_of(backend)}-wal").stat().st_size > 0  # it was not checkpointed


def test_a_full_disk_makes_no_backup_and_practising_goes_on(backend, monkeypatch, caplog):
    """SQLite itself says the disk is full: the backup's file may not grow past one page."""
    fill_the_disk_for_copies(monkeypatch)
    with caplog.at_level(logging.WARNING):
        assert make_backup(backend, MONDAY) is None
    assert "Geen reservekopie gemaakt. Is de schijf vol?" in caplog.text
    assert "full" in caplog.text
    assert list(backend.paths.backups_dir.iterdir()) == []  # no half file left
    backend.learners.add("Yonas", ["ti"])  # the app goes on
    monkeypatch.undo()
    assert make_backup(backend, MONDAY + timedelta(hours=1)) is not None  # still today's due


def test_a_folder_that_cannot_be_written_makes_no_backup(backend, caplog):
    backend.paths.backups_dir.rmdir()
    backend.paths.backups_dir.write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING):
        assert make_backup(backend, MONDAY) is None
    assert "Geen reservekopie gemaakt" in caplog.text


def test_no_backup_of_a_server_database_or_a_missing_file(tmp_path):
    folder = tmp_path / "backups"
    url = "postgresql+psycopg://vaktaal:geheim@127.0.0.1:5432/vaktaal"
    assert make_daily_backup(url, folder, MONDAY) is None
    assert make_daily_backup(f"sqlite:///{tmp_path / 'none.sqlite3'}", folder, MONDAY) is None
    assert not folder.exists() and not (tmp_path / "none.sqlite3").exists()


def test_the_use_case_backs_up_this_pcs_database(backend):
    paths = Paths.create(backend.paths.data_dir, {})
    made = daily_backup(paths, MONDAY)
    assert made is not None and learner_names(made) == ["Amal"]
    assert daily_backup(paths, MONDAY) is None


def test_the_app_backs_up_at_start_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    pytest.importorskip("pytestqt")
    from vaktaal.ui import launcher

    open_backend(tmp_path, env={}, speaker=FakeSpeaker()).close()
    threads: list[str] = []

    def watched(paths: Paths, now: datetime | None = None) -> Path | None:
        threads.append(threading.current_thread().name)
        return daily_backup(paths, now)

    monkeypatch.setattr(launcher, "daily_backup", watched)
    window = launcher.create_window(tmp_path, speaker=FakeSpeaker())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: daily_backups(tmp_path / "backups") != [], timeout=20_000)
    assert threads and threads[0].startswith("vaktaal-cpu")  # not the GUI thread
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=20_000)
