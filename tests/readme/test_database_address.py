"""The README's word on VAKTAAL_DATABASE_URL is true (issue 17, item 4): PostgreSQL with
psycopg or a SQLite file work; any other address gets a Dutch message with the one that
works, never "Er ging iets mis"."""

import sys

import pytest

from vaktaal.storage.connection_errors import EXAMPLE

WORKS = "postgresql+psycopg://"


@pytest.mark.parametrize(
    "url",
    [
        "mysql://u@server/vaktaal",
        "mysql+pymysql://u@server/vaktaal",
        "mssql+pyodbc://u@server/vaktaal",
        "postgresql+psycopg2://u@server/vaktaal",  # a PostgreSQL driver vaktaal does not use
        "postgresql+pg8000://u@server/vaktaal",
        "foo://x",
    ],
)
def test_another_database_or_driver_names_the_address_that_works(cli, monkeypatch, url):
    monkeypatch.setitem(sys.modules, "psycopg2", None)  # not installed, whatever this PC has
    monkeypatch.setitem(sys.modules, "pg8000", None)
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", url)
    result = cli("learner", "list")
    assert result.code == 3
    assert "Vaktaal werkt alleen met PostgreSQL" in result.err and WORKS in result.err
    assert "Er ging iets mis" not in result.err and "pip install" not in result.err


def test_missing_psycopg_says_what_to_install(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", "postgresql://u@server/vaktaal")
    result = cli("learner", "list")
    assert result.code == 3 and 'pip install "psycopg[binary]"' in result.err


def test_a_sqlite_file_works(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", f"sqlite:///{tmp_path / 'elders.sqlite3'}")
    assert cli("learner", "add", "Amal", "--language", "ar").code == 0
    assert (tmp_path / "elders.sqlite3").is_file() and EXAMPLE.startswith(WORKS)
