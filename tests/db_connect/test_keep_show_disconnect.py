"""`vaktaal db connect` keeps the URL for this PC (owner only), later commands use it,
`db show` hides the password, `db disconnect` goes back to SQLite."""

import stat

from db_connect_helpers import kept_file

from vaktaal.paths import DATABASE_FILE, Paths

SERVER_PASSWORD = "vaktaal-test"  # tests/postgres_server.py


def test_connect_keeps_the_url_for_the_owner_only(cli, postgres_database):
    result = cli("db", "connect", postgres_database)
    assert result.code == 0, result.err
    assert stat.S_IMODE(kept_file().stat().st_mode) == 0o600
    assert kept_file().read_text().strip() == postgres_database
    assert SERVER_PASSWORD not in result.out + result.err
    assert "postgresql+psycopg://vaktaal:***@127.0.0.1" in result.out


def test_later_commands_use_the_kept_database(cli, postgres_database):
    assert cli("db", "connect", postgres_database).code == 0
    assert cli("settings", "idle", "7").code == 0
    assert "idle_minutes = 7" in cli("settings", "show").out
    assert cli("db", "disconnect").code == 0
    assert "idle_minutes = 7" not in cli("settings", "show").out  # SQLite: its own settings
    assert cli("db", "connect", postgres_database).code == 0
    assert "idle_minutes = 7" in cli("settings", "show").out  # the server kept them


def test_show_hides_the_password_and_says_where_it_came_from(cli, postgres_database):
    assert "SQLite" in cli("db", "show").out
    cli("db", "connect", postgres_database)
    shown = cli("db", "show").out
    assert SERVER_PASSWORD not in shown
    assert ":***@127.0.0.1" in shown
    assert "vaktaal db connect" in shown


def test_the_environment_still_wins(cli, monkeypatch, postgres_database, tmp_path):
    cli("db", "connect", postgres_database)
    other = f"sqlite:///{tmp_path / 'elders.sqlite3'}"
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", other)
    shown = cli("db", "show").out
    assert other in shown and "VAKTAAL_DATABASE_URL" in shown
    assert Paths.create(None).database_url == other


def test_disconnect_goes_back_to_sqlite(cli, postgres_database):
    cli("db", "connect", postgres_database)
    result = cli("db", "disconnect")
    assert result.code == 0
    assert not kept_file().exists()
    assert Paths.create(None).database_url.endswith(DATABASE_FILE)
    assert DATABASE_FILE in result.out


def test_the_url_can_come_from_the_input(cli, monkeypatch, postgres_database):
    """Not in the shell history: `echo URL | vaktaal db connect -`."""
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(postgres_database + "\n"))
    assert cli("db", "connect", "-").code == 0
    assert kept_file().read_text().strip() == postgres_database


def test_connect_to_an_older_server_keeps_it_for_backup_and_upgrade(cli, postgres_database):
    from test_upgrade_lock import make_older_database, revision_at

    make_older_database(postgres_database)
    result = cli("db", "connect", postgres_database)
    assert result.code == 2
    assert "vaktaal db backup BESTAND" in result.err and "Traceback" not in result.err
    assert kept_file().read_text().strip() == postgres_database
    assert cli("db", "upgrade").code == 0
    from vaktaal.storage.database import HEAD_REVISION

    assert revision_at(postgres_database) == HEAD_REVISION
