"""Run chosen tests once on SQLite and once on a real PostgreSQL (tests/postgres_server.py).

A module opts in with `pytestmark = pytest.mark.both_databases`: each of its tests runs as
`test[sqlite]` and `test[postgresql]`, the second marked `postgres` (so `-m "not postgres"`
leaves them out). On PostgreSQL VAKTAAL_DATABASE_URL points at a fresh database at the
newest schema (empty databases and migrations: tests/test_migrations_postgres.py), so
`open_backend`, `make_services` and the command line all use it; `make_services` with a
second name (a second PC with its own data) gets a database of its own.
"""

import os
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

KINDS = [pytest.param("sqlite"), pytest.param("postgresql", marks=pytest.mark.postgres)]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_databases: run on SQLite and on PostgreSQL")
    config.addinivalue_line("markers", "postgres: needs a PostgreSQL server (tests start one)")
    config.addinivalue_line("markers", "only_postgresql: of both_databases, PostgreSQL only")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("both_databases"):
        only = metafunc.definition.get_closest_marker("only_postgresql")
        metafunc.parametrize("database_url", KINDS[1:] if only else KINDS, indirect=True)


@pytest.fixture(autouse=True)
def database_url(
    request: pytest.FixtureRequest, isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> str | None:
    """None on SQLite (the data folder's own file); on PostgreSQL a fresh database's URL,
    also set as VAKTAAL_DATABASE_URL."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return None
    url: str = request.getfixturevalue("postgres_at_head")
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", url)
    return url


@pytest.fixture
def database_env(
    request: pytest.FixtureRequest, database_url: str | None
) -> Callable[[str], Mapping[str, str]]:
    """The environment to open the data folder NAME with: on PostgreSQL the first name gets
    VAKTAAL_DATABASE_URL's database, each other name a fresh one."""
    owners: dict[str, str] = {}

    def env_for(name: str) -> Mapping[str, str]:
        if database_url is None:
            return os.environ
        if name not in owners:
            server = request.getfixturevalue("postgres_server")
            template = request.getfixturevalue("postgres_head_template")
            owners[name] = server.create_database(template) if owners else database_url
        return {**os.environ, "VAKTAAL_DATABASE_URL": owners[name]}

    return env_for
