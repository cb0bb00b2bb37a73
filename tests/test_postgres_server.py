"""The throwaway PostgreSQL of the tests: skipped locally without PostgreSQL, a failure
under CI; the server stops and starts again on the same port."""

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

import postgres_server


@pytest.fixture
def no_postgresql(monkeypatch):
    monkeypatch.setattr(postgres_server, "find_bindir", lambda: None)


def test_without_postgresql_the_tests_skip_with_the_reason(no_postgresql, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install postgresql"):
        postgres_server.skip_or_fail(postgres_server.missing_prerequisites())


def test_without_postgresql_under_ci_the_tests_fail(no_postgresql, monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="PostgreSQL is not installed"):
        postgres_server.skip_or_fail(postgres_server.missing_prerequisites())


def rows_in(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM pg_tables")).scalar_one()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_server_stops_and_starts_again(postgres_server, postgres_database):
    assert rows_in(postgres_database) > 0
    postgres_server.stop()
    assert not postgres_server.running
    with pytest.raises(OperationalError):
        rows_in(postgres_database)
    postgres_server.start()
    assert postgres_server.running
    assert rows_in(postgres_database) > 0
    assert postgres_server.url().startswith("postgresql+psycopg://vaktaal:")


@pytest.mark.both_databases
def test_both_databases_means_each_test_opens_the_chosen_one(make_services, database_url):
    first, second = make_services("data"), make_services("second-pc")
    expected = "sqlite" if database_url is None else "postgresql"
    assert (first.engine.dialect.name, second.engine.dialect.name) == (expected, expected)
    assert first.engine.url != second.engine.url  # another data folder, another database
    first.learners.add("Amal", ["ar"])
    assert [learner.name for learner in first.learners.all()] == ["Amal"]
    assert second.learners.all() == []
