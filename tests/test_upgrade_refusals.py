"""An older vaktaal refuses a newer database ("update Vaktaal op deze pc"); a PostgreSQL
server at an older schema is upgraded only after the coach was told to make a backup
(`vaktaal db upgrade`); SQLite is backed up and upgraded by itself."""

import os
import subprocess
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from test_upgrade_lock import make_older_database, previous_revision, revision_at
from vaktaal.app import open_backend
from vaktaal.paths import DATABASE_FILE
from vaktaal.storage.database import (
    HEAD_REVISION,
    DatabaseTooNew,
    create_database_engine,
    open_database,
)
from vaktaal.storage.migration_lock import ServerUpgradeNeeded, UpgradeOptions, migration_lock

UNKNOWN = "0099"  # a revision of a vaktaal newer than this one
UPDATE = "Update Vaktaal op deze pc"


@pytest.mark.both_databases
def test_a_pc_with_an_older_vaktaal_refuses_the_database(tmp_path, cli):
    data_dir = tmp_path / "data"
    backend = open_backend(data_dir)
    url = backend.engine.url.render_as_string(hide_password=False)
    with backend.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": UNKNOWN})
    backend.close()

    with pytest.raises(DatabaseTooNew) as raised:
        open_database(url, data_dir / "backups")
    assert UPDATE in str(raised.value)
    result = cli("learner", "list", "--data-dir", data_dir)

    assert result.code == 2
    assert UPDATE in result.err and "Traceback" not in result.err
    assert revision_at(url) == UNKNOWN  # nothing written


@pytest.mark.postgres
def test_an_older_server_is_upgraded_only_when_asked(postgres_database, tmp_path):
    make_older_database(postgres_database)

    with pytest.raises(ServerUpgradeNeeded) as raised:
        open_database(postgres_database, tmp_path / "backups")
    assert (raised.value.current, raised.value.head) == (previous_revision(), HEAD_REVISION)
    assert "vaktaal db backup BESTAND" in str(raised.value)
    assert revision_at(postgres_database) == previous_revision()


@pytest.mark.postgres
def test_the_command_line_refuses_an_older_server_until_db_upgrade(
    postgres_database, tmp_path, cli, monkeypatch
):
    make_older_database(postgres_database)
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", postgres_database)
    data_dir = tmp_path / "data"

    refused = cli("learner", "list", "--data-dir", data_dir)
    assert refused.code == 2
    assert "vaktaal db backup BESTAND" in refused.err and "vaktaal db upgrade" in refused.err
    assert "Traceback" not in refused.err
    assert revision_at(postgres_database) == previous_revision()

    upgraded = cli("db", "upgrade", "--data-dir", data_dir)
    assert upgraded.code == 0, upgraded.err
    assert "klaar" in upgraded.out and "127.0.0.1" in upgraded.out  # which database
    password = make_url(postgres_database).password
    assert password and str(password) not in upgraded.out + upgraded.err
    assert revision_at(postgres_database) == HEAD_REVISION
    assert cli("learner", "list", "--data-dir", data_dir).code == 0


def test_an_older_sqlite_file_is_backed_up_and_upgraded_without_asking(tmp_path, cli):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    url = f"sqlite:///{data_dir / DATABASE_FILE}"
    make_older_database(url)

    result = cli("learner", "list", "--data-dir", data_dir)

    assert result.code == 0, result.err
    assert revision_at(url) == HEAD_REVISION
    schema_backups = [n for n in os.listdir(data_dir / "backups") if "schema" in n]
    assert len(schema_backups) == 1 and previous_revision() in schema_backups[0]


def test_the_command_line_says_it_waits_for_another_pc(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    url = f"sqlite:///{data_dir / DATABASE_FILE}"
    make_older_database(url)
    other_pc = create_database_engine(url)
    command = [sys.executable, "-m", "vaktaal", "learner", "list", "--data-dir", str(data_dir)]
    with migration_lock(other_pc, UpgradeOptions()):
        waiting = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        assert waiting.stderr is not None
        said = waiting.stderr.readline()  # blocks until it says something
        assert waiting.poll() is None  # still waiting for the lock
    other_pc.dispose()
    _out, rest = waiting.communicate(timeout=60)

    assert said.strip() == "De database wordt bijgewerkt op een andere pc. Even wachten…"
    assert waiting.returncode == 0, rest
    assert revision_at(url) == HEAD_REVISION
