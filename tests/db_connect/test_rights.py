"""A role without the rights it needs: CONNECT, CREATE in the schema, reading the tables."""

import itertools

import pytest
from db_connect_helpers import PASSWORD, assert_refused

from vaktaal.app import open_backend

_numbers = itertools.count(1)


@pytest.fixture
def role(postgres_server):
    """A login role with no rights of its own; its name."""
    name = f"zonder_rechten_{next(_numbers)}"
    postgres_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}'")
    return name


def as_role(url: str, role: str) -> str:
    head, _, rest = url.partition("://")
    return f"{head}://{role}:{PASSWORD}@{rest.partition('@')[2]}"


def name_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_a_role_without_connect(cli, postgres_server, postgres_database, role):
    postgres_server.execute(
        f'REVOKE CONNECT ON DATABASE "{name_of(postgres_database)}" FROM PUBLIC'
    )
    result = cli("db", "connect", as_role(postgres_database, role))
    assert_refused(result, f"Gebruiker '{role}' mag de database")


def test_a_role_that_may_not_make_the_tables(cli, postgres_database, role):
    """PostgreSQL 15: only the database's owner may create in `public`."""
    result = cli("db", "connect", as_role(postgres_database, role))
    assert_refused(result, "geen tabellen")


def test_a_role_that_may_not_read_the_tables(cli, postgres_database, role):
    open_backend(env={"VAKTAAL_DATABASE_URL": postgres_database}).close()  # made by the owner
    result = cli("db", "connect", as_role(postgres_database, role))
    assert_refused(result, f"Gebruiker '{role}' mag de database")


def test_the_owner_of_the_database_may(cli, postgres_server, postgres_database, role):
    """What docs/several-pcs.md tells IT to do: the role owns the database."""
    postgres_server.execute(f'ALTER DATABASE "{name_of(postgres_database)}" OWNER TO {role}')
    result = cli("db", "connect", as_role(postgres_database, role))
    assert result.code == 0, result.err
