"""`vaktaal db restore`: lists the backups, puts the newest good one back after a question
(or a given file), keeps the current file aside; refuses on PostgreSQL. SQLite only."""

import io
import shutil
from pathlib import Path

import pytest

from vaktaal.app import open_backend
from vaktaal.storage.backups import copy_sqlite

GOOD = "vaktaal-20261201-030000-daily.sqlite3"
OLDER = "vaktaal-20261101-030000-schema-0007.sqlite3"
BROKEN = "vaktaal-20261206-030000-daily.sqlite3"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Amal in the backup; Yonas added after it; the newest backup is damaged."""
    folder = tmp_path / "data"
    backend = open_backend(folder, env={})
    backend.learners.add("Amal", ["ar"])
    backend.close()
    copy_sqlite(folder / "vaktaal.sqlite3", folder / "backups" / GOOD)
    shutil.copy(folder / "backups" / GOOD, folder / "backups" / OLDER)
    (folder / "backups" / BROKEN).write_bytes(b"SQLite format 3\0" + bytes(500))
    backend = open_backend(folder, env={})
    backend.learners.add("Yonas", ["ti"])
    backend.close()
    return folder


def _names(data_dir: Path) -> list[str]:
    backend = open_backend(data_dir, env={})
    try:
        return sorted(learner.name for learner in backend.learners.all())
    finally:
        backend.close()


def _answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_lists_the_backups_and_puts_the_newest_good_one_back(cli, data_dir, monkeypatch):
    _answer(monkeypatch, "ja\n")
    result = cli("db", "restore", "--data-dir", data_dir)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert [line.split()[-1] for line in lines[:3]] == [BROKEN, GOOD, OLDER]  # newest first
    assert "kapot" in lines[0] and "in orde" in lines[1] and "schema-0007" in lines[2]
    assert f"Terugzetten: {GOOD}" in result.out
    assert _names(data_dir) == ["Amal"]
    kept = list(data_dir.glob("vaktaal-replaced-*.sqlite3"))  # the file it replaced: whole
    assert len(kept) == 1 and str(kept[0]) in result.out
    assert (data_dir / "backups" / GOOD).exists()


def test_nothing_changes_without_a_yes(cli, data_dir, monkeypatch):
    _answer(monkeypatch, "nee\n")
    result = cli("db", "restore", "--data-dir", data_dir)
    assert result.code == 1
    assert "niets veranderd" in result.out
    assert _names(data_dir) == ["Amal", "Yonas"]
    assert list(data_dir.glob("vaktaal-*.sqlite3")) == []


def test_a_given_file_with_ja_is_put_back_without_a_question(cli, data_dir, monkeypatch):
    _answer(monkeypatch, "")  # would be a no
    (data_dir / "vaktaal.sqlite3").write_text("kapot")
    result = cli("db", "restore", data_dir / "backups" / OLDER, "--ja", "--data-dir", data_dir)
    assert result.code == 0, result.err
    assert _names(data_dir) == ["Amal"]
    assert len(list(data_dir.glob("vaktaal-damaged-*.sqlite3"))) == 1


def test_a_damaged_backup_is_refused(cli, data_dir):
    result = cli("db", "restore", data_dir / "backups" / BROKEN, "--ja", "--data-dir", data_dir)
    assert result.code == 1
    assert "kopie is kapot" in result.err and "Traceback" not in result.err
    assert _names(data_dir) == ["Amal", "Yonas"]


def test_no_good_backup_says_to_ask_it(cli, data_dir):
    (data_dir / "backups" / GOOD).unlink()
    (data_dir / "backups" / OLDER).unlink()
    result = cli("db", "restore", "--ja", "--data-dir", data_dir)
    assert result.code == 1
    assert "geen goede reservekopie" in result.err


def test_a_missing_file_is_named(cli, data_dir):
    result = cli("db", "restore", data_dir / "nergens.sqlite3", "--ja", "--data-dir", data_dir)
    assert result.code == 1
    assert "bestaat niet" in result.err and "nergens.sqlite3" in result.err


def test_postgresql_is_refused_with_pg_restore(cli, data_dir, monkeypatch):
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", "postgresql+psycopg://v:geheim@127.0.0.1/v")
    result = cli("db", "restore", "--ja", "--data-dir", data_dir)
    assert result.code == 1
    assert "pg_restore" in result.err and "geheim" not in result.err + result.out


def test_other_commands_on_a_damaged_database_say_what_to_do(cli, data_dir):
    (data_dir / "vaktaal.sqlite3").write_text("kapot")
    result = cli("settings", "show", "--data-dir", data_dir)
    assert result.code == 2
    assert "vaktaal db restore" in result.err and "Traceback" not in result.err
