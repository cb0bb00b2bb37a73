"""Schema migrations: an old database is backed up and upgraded; a newer one is left alone."""

import hashlib
import sqlite3
from contextlib import closing

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from vaktaal.app import open_backend
from vaktaal.paths import DATABASE_FILE
from vaktaal.storage.database import (
    DatabaseTooNew,
    alembic_config,
    create_database_engine,
    open_database,
)
from vaktaal.storage.recordings import deck_voices

FIRST = "0001"


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def revision_of(engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def sqlite_revision(path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def sqlite_columns(path, table) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}


def file_digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


OLD_ROWS = [
    """INSERT INTO decks (id, title, organisation, job_function, level, gloss_languages,
       version, authors, licence, imported_at)
       VALUES ('oud-pakket', 'Oud pakket', 'Testbedrijf', 'Magazijn', 'A2', '["ar"]', 1,
       '["Team Test"]', 'CC BY-SA 4.0', '2026-01-05 09:30:00.000000')""",
    """INSERT INTO terms (id, deck_id, term_id, position, term, article, word_class,
       explanation, example, pictogram, tags, safety_critical, glosses, removed)
       VALUES (7, 'oud-pakket', 'helm', 0, 'helm', 'de', 'noun', 'Een harde hoed.',
       'Zet je helm op.', 'mdi:hard-hat', '[]', 1, '{"ar": "خوذة"}', 0)""",
    """INSERT INTO learners (id, name, languages, avatar, pin_hash, created_at)
       VALUES (3, 'Amal', '["ar"]', 'openmoji:1F642', NULL, '2026-01-05 09:31:00.000000')""",
    "INSERT INTO learner_decks (learner_id, deck_id) VALUES (3, 'oud-pakket')",
    """INSERT INTO cards (id, learner_id, term_pk, state, step, stability, difficulty, due,
       last_review) VALUES (11, 3, 7, 2, NULL, 3.5, 5.1, '2026-01-08 09:32:00.000000',
       '2026-01-05 09:32:00.000000')""",
    """INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, exercise_kind)
       VALUES (11, 3, '2026-01-05 09:32:00.000000', 2400, 'meerkeuze')""",
]


@pytest.fixture
def old_data_dir(tmp_path):
    """A data dir whose database is at the first schema revision, with some data in it."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    engine = create_database_engine(f"sqlite:///{data_dir / DATABASE_FILE}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, FIRST)
        for statement in OLD_ROWS:
            connection.execute(text(statement))
    assert revision_of(engine) == FIRST
    engine.dispose()
    return data_dir


def test_the_first_revision_is_older_than_head():
    """Guards the migration test: there is something to migrate."""
    assert head_revision() != FIRST


def test_old_database_is_backed_up_and_upgraded(old_data_dir, make_services):
    database = old_data_dir / DATABASE_FILE
    assert "failed_pin_attempts" not in sqlite_columns(database, "learners")

    services = make_services("data")

    assert revision_of(services.engine) == head_revision()
    with services.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("learners")}
    assert {"failed_pin_attempts", "locked_until"} <= columns
    [deck] = services.decks.list_decks()
    assert (deck.id, deck.version, deck.terms) == ("oud-pakket", 1, 1)
    [learner] = services.learners.all()
    assert (learner.id, learner.name, learner.decks) == (3, "Amal", ("oud-pakket",))
    assert services.reviews.review_count(11) == 1
    assert services.reviews.card_for_term(3, 7) == 11
    loaded = services.decks.load("oud-pakket")
    assert loaded.deck.terms[0].glosses == {"ar": "خوذة"}
    assert loaded.deck.terms[0].safety_critical is True

    [backup] = list(services.paths.backups_dir.iterdir())
    assert sqlite_revision(backup) == FIRST
    assert "failed_pin_attempts" not in sqlite_columns(backup, "learners")
    with closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("SELECT name FROM learners").fetchall() == [("Amal",)]
        assert connection.execute("SELECT count(*) FROM review_logs").fetchone() == (1,)


def test_migrated_learner_can_use_the_new_columns(old_data_dir, make_services):
    from datetime import UTC, datetime

    services = make_services("data")
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert services.learners.check_pin(3, "1234", now) is True


def test_opening_again_makes_no_second_backup(old_data_dir, make_services):
    make_services("data").close()
    make_services("data")
    backups = list((old_data_dir / "backups").iterdir())
    assert len(backups) == 1


def test_database_from_a_newer_vaktaal_is_refused_and_left_alone(tmp_path, dump_database, cli):
    data_dir = tmp_path / "data"
    open_backend(data_dir).close()
    database = data_dir / DATABASE_FILE
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    engine = create_database_engine(f"sqlite:///{database}")
    before = dump_database(engine)
    engine.dispose()
    digest = file_digest(database)

    with pytest.raises(DatabaseTooNew):
        open_database(f"sqlite:///{database}", data_dir / "backups")

    assert file_digest(database) == digest
    assert sqlite_revision(database) == "9999_future"
    engine = create_database_engine(f"sqlite:///{database}")
    assert dump_database(engine) == before
    engine.dispose()
    assert list((data_dir / "backups").iterdir()) == []

    result = cli("deck", "list", "--data-dir", data_dir)
    assert result.code == 2
    assert "nieuwere" in result.err and "Traceback" not in result.err
    assert file_digest(database) == digest


def test_fresh_data_dir_is_created_at_head_without_backup(tmp_path, make_services):
    services = make_services("fresh")

    assert (tmp_path / "fresh" / DATABASE_FILE).is_file()
    assert revision_of(services.engine) == head_revision()
    with services.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    assert {"decks", "terms", "deck_media", "learners", "learner_decks", "cards"} <= tables
    assert "review_logs" in tables
    assert services.paths.backups_dir.is_dir()
    assert list(services.paths.backups_dir.iterdir()) == []


def affinity(declared: str) -> str:
    """SQLite's type affinity of a declared column type (the rules of sqlite.org/datatype3)."""
    name = declared.upper()
    if "INT" in name:
        return "INTEGER"
    if any(word in name for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if any(word in name for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "BLOB" if not name or "BLOB" in name else "NUMERIC"


def schema_of(engine) -> dict[str, dict[str, object]]:
    """Tables with their columns, keys and indexes, as SQLite sees them."""
    with engine.connect() as connection:
        inspector = inspect(connection)
        return {
            table: {
                "columns": sorted(
                    (c["name"], affinity(str(c["type"])), c["nullable"], c["primary_key"])
                    for c in inspector.get_columns(table)
                ),
                "foreign_keys": sorted(
                    (
                        tuple(fk["constrained_columns"]),
                        fk["referred_table"],
                        fk.get("options", {}).get("ondelete"),
                    )
                    for fk in inspector.get_foreign_keys(table)
                ),  # fmt: skip
                "unique": sorted(
                    tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)
                ),
                "indexes": sorted(
                    (i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(table)
                ),
            }
            for table in inspector.get_table_names()
            if table != "alembic_version"
        }


def test_migrated_schema_equals_a_fresh_one(old_data_dir, make_services):
    migrated = make_services("data")
    fresh = make_services("fresh")
    assert schema_of(migrated.engine) == schema_of(fresh.engine)


def test_the_quick_start_check_knows_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    from vaktaal.storage.database import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_own_recordings_get_a_column_of_their_own(old_data_dir, make_services):
    """0005: a term's own recording is kept apart from the deck's audio (none after upgrade)."""
    database = old_data_dir / DATABASE_FILE
    assert "own_audio" not in sqlite_columns(database, "terms")

    services = make_services("data")

    assert "own_audio" in sqlite_columns(database, "terms")
    with services.engine.connect() as connection:
        rows = connection.execute(text("SELECT term_id, own_audio FROM terms")).all()
    assert [tuple(row) for row in rows] == [("helm", None)]
    [helm] = deck_voices(services.engine, "oud-pakket").terms
    assert (helm.display, helm.own, helm.audio) == ("de helm", False, None)


def test_meetings_get_tables_of_their_own(old_data_dir, make_services):
    """0006: meetings of a deck and meeting results; an upgraded deck has no meetings yet."""
    database = old_data_dir / DATABASE_FILE
    services = make_services("data")

    with services.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    assert {"meetings", "meeting_results"} <= tables
    assert {"deck_id", "content"} <= sqlite_columns(database, "meetings")
    assert services.decks.load("oud-pakket").deck.meetings == ()
    assert services.meetings.list_meetings() == []
    services.meetings.record_result(3, "dagstart", "summary", 0.75, {"gemist": ["p1"]})
    assert [r.score for r in services.meetings.results(3)] == [0.75]


def test_profiles_get_a_role_and_a_deck_choice(old_data_dir, make_services):
    """0007: every existing profile is a learner whose decks nobody chose yet."""
    database = old_data_dir / DATABASE_FILE
    assert "role" not in sqlite_columns(database, "learners")

    services = make_services("data")

    assert {"role", "decks_chosen"} <= sqlite_columns(database, "learners")
    with services.engine.connect() as connection:
        rows = connection.execute(text("SELECT role, decks_chosen FROM learners")).all()
    assert rows and {tuple(row) for row in rows} == {("learner", 0)}
