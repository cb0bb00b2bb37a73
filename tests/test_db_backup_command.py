"""`vaktaal db backup OUT`: SQLite's online copy, or pg_dump on a real PostgreSQL server whose
dump pg_restore puts back; each failure in plain Dutch, never the password."""

import os
import sqlite3
import stat
import subprocess
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from full_disk import fill_the_disk_for_copies
from vaktaal.app import open_backend
from vaktaal.cli import db_backup_commands
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage import backups
from vaktaal.storage.tables import LearnerRow

NAMES = ["Amal", "Yonas", "Dilan"]
PASSWORD = "vaktaal-test"  # tests/postgres_server.py


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    backend = open_backend(folder, env={}, speaker=FakeSpeaker())
    for name in NAMES:
        backend.learners.add(name, ["ar"])
    backend.close()
    return folder


@pytest.fixture
def server_data(postgres_database: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Three learners in a fresh PostgreSQL database that this PC uses; its URL."""
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", postgres_database)
    backend = open_backend(speaker=FakeSpeaker())
    for name in NAMES:
        backend.learners.add(name, ["ar"])
    backend.close()
    return postgres_database


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def learner_count(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count(LearnerRow.id))).scalar_one()
    finally:
        engine.dispose()


def fake_pg_dump(folder: Path, script: str) -> Path:
    """A pg_dump on the PATH that does what `script` (sh) says."""
    folder.mkdir()
    program = folder / "pg_dump"
    program.write_text(f"#!/bin/sh\n{script}\n")
    program.chmod(0o755)
    return folder


def test_a_sqlite_backup_is_a_private_copy(cli, data_dir, tmp_path):
    out = tmp_path / "kopie.sqlite3"
    result = cli("db", "backup", out, "--data-dir", data_dir)
    assert result.code == 0, result.err
    assert f"Reservekopie gemaakt: {out} (" in result.out and "kB)" in result.out
    assert mode(out) == 0o600
    with closing(sqlite3.connect(out)) as copy:
        names = [row[0] for row in copy.execute("SELECT name FROM learners ORDER BY id")]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert names == NAMES
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "kopie.sqlite3"]


@pytest.mark.parametrize(
    ("out", "words"),
    [
        ("geen-map/kopie.sqlite3", "De map"),
        ("bestaat.sqlite3", "bestaat al. Kies een nieuwe naam."),
        (".", "is een map. Geef een naam voor het nieuwe bestand."),
    ],
)
def test_a_place_the_backup_cannot_go(cli, data_dir, tmp_path, out, words):
    (tmp_path / "bestaat.sqlite3").write_text("van gisteren")
    result = cli("db", "backup", tmp_path / out, "--data-dir", data_dir)
    assert result.code == 1
    assert words in result.err
    assert (tmp_path / "bestaat.sqlite3").read_text() == "van gisteren"


def test_a_folder_it_may_not_write_in(cli, data_dir, tmp_path, monkeypatch):
    """Root may write everywhere: the folder's refusal is made here."""

    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", str(tmp_path))

    monkeypatch.setattr(backups.tempfile, "mkstemp", refused)
    result = cli("db", "backup", tmp_path / "kopie.sqlite3", "--data-dir", data_dir)
    assert result.code == 1
    assert f"Vaktaal mag niet schrijven in de map {tmp_path}." in result.err


def test_a_full_disk(cli, data_dir, tmp_path, monkeypatch):
    """SQLite says the disk is full: the copy's file may not grow past one page."""
    fill_the_disk_for_copies(monkeypatch)
    result = cli("db", "backup", tmp_path / "kopie.sqlite3", "--data-dir", data_dir)
    assert result.code == 1
    assert "De schijf is vol" in result.err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data"]  # no half file


def test_no_database_yet(cli, tmp_path):
    result = cli("db", "backup", tmp_path / "kopie.sqlite3", "--data-dir", tmp_path / "nieuw")
    assert result.code == 1
    assert "Er is nog geen database op deze pc" in result.err
    assert not (tmp_path / "nieuw" / "vaktaal.sqlite3").exists()


def test_a_postgresql_backup_restores_into_a_fresh_database(
    cli, server_data, postgres_server, tmp_path
):
    out = tmp_path / "vaktaal.dump"
    result = cli("db", "backup", out)
    assert result.code == 0, result.err
    assert f"Reservekopie gemaakt: {out}" in result.out
    assert PASSWORD not in result.out + result.err
    assert mode(out) == 0o600
    fresh = postgres_server.create_database()
    restored = subprocess.run(
        [
            str(postgres_server.bindir / "pg_restore"), "--no-owner", "--host=127.0.0.1",
            f"--port={postgres_server.port}", "--username=vaktaal",
            f"--dbname={fresh.rsplit('/', 1)[1]}", str(out),
        ],
        env={**os.environ, "PGPASSWORD": PASSWORD}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert learner_count(fresh) == learner_count(server_data) == len(NAMES)
    postgres_server.drop_database(fresh)


def test_a_pg_dump_older_than_the_server_is_passed_over(
    cli, server_data, postgres_server, tmp_path, monkeypatch
):
    """The first pg_dump on the PATH refuses (as pg_dump 13 does a server 15): Debian's next."""
    old = fake_pg_dump(
        tmp_path / "old",
        'echo "pg_dump: error: aborting because of server version mismatch" >&2; exit 1',
    )
    monkeypatch.setenv("PATH", f"{old}:{os.environ['PATH']}")
    monkeypatch.setattr(db_backup_commands, "DEBIAN_PROGRAMS", str(postgres_server.bindir))
    result = cli("db", "backup", tmp_path / "vaktaal.dump")
    assert result.code == 0, result.err
    monkeypatch.setattr(db_backup_commands, "DEBIAN_PROGRAMS", str(tmp_path / "none"))
    result = cli("db", "backup", tmp_path / "opnieuw.dump")
    assert result.code == 1
    assert "pg_dump is ouder dan de server" in result.err
    assert not (tmp_path / "opnieuw.dump").exists()


def test_the_password_is_not_on_the_command_line(cli, tmp_path, monkeypatch):
    """pg_dump gets it from PGPASSWORD; what pg_dump says comes back, without it."""
    secret = "Geheim-Wachtwoord-4711"
    fake = fake_pg_dump(tmp_path / "bin", 'echo "args: $* password: $PGPASSWORD" >&2; exit 1')
    monkeypatch.setenv("PATH", str(fake))
    monkeypatch.setattr(db_backup_commands, "DEBIAN_PROGRAMS", str(tmp_path / "none"))
    url = f"postgresql+psycopg://coach:{secret}@db.werk.nl:5433/vaktaal?sslmode=require"
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", url)
    result = cli("db", "backup", tmp_path / "vaktaal.dump")
    assert result.code == 1
    assert "pg_dump is mislukt" in result.err
    assert "--host=db.werk.nl --port=5433 --username=coach" in result.err
    assert "dbname='vaktaal' sslmode='require'" in result.err
    assert "password: ***" in result.err and secret not in result.err + result.out
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bin"]  # no half file


def test_a_missing_database_on_the_server(cli, postgres_server, tmp_path, monkeypatch):
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", postgres_server.url("bestaat_niet"))
    result = cli("db", "backup", tmp_path / "vaktaal.dump")
    assert result.code == 1
    assert "pg_dump is mislukt" in result.err and "bestaat_niet" in result.err
    assert PASSWORD not in result.err
    assert list(tmp_path.iterdir()) == []


def test_no_pg_dump_says_what_to_install(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "leeg"))
    monkeypatch.setattr(db_backup_commands, "DEBIAN_PROGRAMS", str(tmp_path / "none"))
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", "postgresql+psycopg://a:b@127.0.0.1/vaktaal")
    result = cli("db", "backup", tmp_path / "vaktaal.dump")
    assert result.code == 1
    assert "pg_dump ontbreekt" in result.err
    assert "apt-get install postgresql-client" in result.err
