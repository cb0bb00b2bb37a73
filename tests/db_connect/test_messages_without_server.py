"""Failures that need no server: a URL that cannot be read, a database kind vaktaal does not
speak, a driver that is missing; and the app shows the same message at start-up."""

import sys

import pytest
from db_connect_helpers import PASSWORD, assert_refused, log_text

from vaktaal.paths import hide_password
from vaktaal.storage.connection_errors import with_default_driver


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+psycopg://vaktaal:{PASSWORD}@server:poort/vaktaal",
        f"vaktaal:{PASSWORD}@server/vaktaal",
        f"postgresql+psycopg://vaktaal:{PASSWORD}@server:5432:1/vaktaal",
    ],
)
def test_a_url_that_cannot_be_read(cli, url):
    assert_refused(cli("db", "connect", url), "Het adres van de database klopt niet")


@pytest.mark.parametrize("url", [f"mysql://vaktaal:{PASSWORD}@server/vaktaal", "oracle://x"])
def test_a_database_kind_vaktaal_does_not_speak(cli, url):
    assert_refused(cli("db", "connect", url), "Vaktaal werkt alleen met PostgreSQL")


def test_a_missing_postgresql_driver(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # `import psycopg` fails
    url = f"postgresql+psycopg://vaktaal:{PASSWORD}@127.0.0.1:5432/vaktaal"
    assert_refused(cli("db", "connect", url), "psycopg")


def test_a_missing_driver_at_the_start_of_any_command(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", f"postgresql://vaktaal:{PASSWORD}@h/vaktaal")
    assert_refused(cli("learner", "list"), "psycopg")


def test_passwords_are_hidden():
    assert hide_password("postgresql://u:p@ss/w@h:5/d") == "postgresql://u:***@h:5/d"
    assert (
        hide_password("postgresql://u@h/d?password=x&a=b") == "postgresql://u@h/d?password=***&a=b"
    )
    assert hide_password("sqlite:////tmp/v.sqlite3") == "sqlite:////tmp/v.sqlite3"


def test_postgresqls_own_url_gets_psycopg():
    assert with_default_driver("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert with_default_driver("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert with_default_driver("postgresql+psycopg2://u@h/d") == "postgresql+psycopg2://u@h/d"


def test_the_app_says_it_at_start_up(qtbot, monkeypatch):
    from vaktaal.ui.launcher import create_window

    monkeypatch.setenv("VAKTAAL_DATABASE_URL", f"mysql://vaktaal:{PASSWORD}@server/vaktaal")
    window = create_window(None)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "PostgreSQL" in window.status.text(), timeout=10_000)
    assert "Er ging iets mis" not in window.status.text()
    assert PASSWORD not in window.status.text()
    window.tasks.wait_until_idle()
    assert "not opened" in log_text() and PASSWORD not in log_text()
