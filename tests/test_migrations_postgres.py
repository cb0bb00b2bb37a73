"""Schema migrations on a real PostgreSQL (tests/postgres_server.py): every Alembic step
from an empty database, with data in it, ends at the schema a fresh database gets."""

from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from vaktaal.storage.database import (
    HEAD_REVISION,
    DatabaseTooNew,
    alembic_config,
    create_database_engine,
    open_database,
)

pytestmark = pytest.mark.postgres

FIRST = "0001"
OLD_ROWS = [
    """INSERT INTO decks (id, title, organisation, job_function, level, gloss_languages,
       version, authors, licence, imported_at)
       VALUES ('oud-pakket', 'Oud pakket', 'Testbedrijf', 'Magazijn', 'A2', '["ar"]', 1,
       '["Team Test"]', 'CC BY-SA 4.0', '2026-01-05 09:30:00')""",
    """INSERT INTO terms (id, deck_id, term_id, position, term, article, word_class,
       explanation, example, pictogram, tags, safety_critical, glosses, removed)
       VALUES (7, 'oud-pakket', 'helm', 0, 'helm', 'de', 'noun', 'Een harde hoed.',
       'Zet je helm op.', 'mdi:hard-hat', '[]', true, '{"ar": "خوذة"}', false)""",
    """INSERT INTO learners (id, name, languages, avatar, pin_hash, created_at)
       VALUES (3, 'Amal', '["ar"]', 'openmoji:1F642', NULL, '2026-01-05 09:31:00')""",
    "INSERT INTO learner_decks (learner_id, deck_id) VALUES (3, 'oud-pakket')",
    """INSERT INTO cards (id, learner_id, term_pk, state, step, stability, difficulty, due,
       last_review) VALUES (11, 3, 7, 2, NULL, 3.5, 5.1, '2026-01-08 09:32:00',
       '2026-01-05 09:32:00')""",
    """INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, exercise_kind)
       VALUES (11, 3, '2026-01-05 09:32:00', 2400, 'meerkeuze')""",
]


def revision_of(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def schema_of(engine: Engine) -> dict[str, object]:
    """Tables with their columns (PostgreSQL's types), keys, unique constraints, indexes."""
    with engine.connect() as connection:
        inspector = inspect(connection)
        return {
            table: (
                sorted(
                    (c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)
                ),
                inspector.get_pk_constraint(table)["constrained_columns"],
                sorted(
                    (tuple(fk["constrained_columns"]), fk["referred_table"])
                    for fk in inspector.get_foreign_keys(table)
                ),
                sorted(tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)),
                sorted((i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(table)),
            )
            for table in inspector.get_table_names()
            if table != "alembic_version"
        }


@pytest.fixture
def engines(postgres_server, postgres_database):
    """Two empty databases on the server: one to migrate, one to create fresh."""
    made = [create_database_engine(postgres_database)]
    made.append(create_database_engine(postgres_server.create_database()))
    yield made
    for engine in made:
        engine.dispose()


def test_every_step_from_an_empty_database_keeps_the_data(engines, tmp_path):
    migrated, fresh = engines
    upgrade(migrated, FIRST)
    with migrated.begin() as connection:
        for statement in OLD_ROWS:
            connection.execute(text(statement))
    revisions = [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
    for revision in reversed(revisions[:-1]):  # one step at a time, as older PCs left it
        upgrade(migrated, revision)

    assert revision_of(migrated) == HEAD_REVISION
    open_database(str(fresh.url.render_as_string(hide_password=False)), tmp_path / "backups")
    assert revision_of(fresh) == HEAD_REVISION
    assert "buddy_sessions" in schema_of(fresh)
    assert schema_of(migrated) == schema_of(fresh)
    with migrated.connect() as connection:
        learner = connection.execute(
            text("SELECT name, failed_pin_attempts, role, decks_chosen FROM learners")
        ).one()
        logged = connection.execute(text("SELECT reviewed_at FROM review_logs")).scalar_one()
    assert tuple(learner) == ("Amal", 0, "learner", False)
    assert logged.replace(tzinfo=UTC) == datetime(2026, 1, 5, 9, 32, tzinfo=UTC)


def test_a_database_of_a_newer_vaktaal_is_refused(postgres_database, tmp_path):
    backups = tmp_path / "backups"
    open_database(postgres_database, backups).dispose()
    engine = create_database_engine(postgres_database)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))

    with pytest.raises(DatabaseTooNew):
        open_database(postgres_database, backups)

    assert revision_of(engine) == "9999_future"
    engine.dispose()
