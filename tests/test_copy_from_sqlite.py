"""`vaktaal db copy-from-sqlite`: one PC's SQLite data onto a real PostgreSQL server, checked
by counting, by what the app shows, and by copying twice."""

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text

import deckbuilder
from copy_pcs import (
    START,
    VOICE,
    learner_named,
    make_pc,
    on_pc,
    practise,
    server_rows,
    sqlite_rows,
    what_the_app_shows,
)
from test_migrations import OLD_ROWS
from vaktaal.app import Backend, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.paths import DATABASE_FILE
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage.copy_database import rule_for
from vaktaal.storage.database import alembic_config, create_database_engine
from vaktaal.storage.tables import Base, BuddySessionRow, LearnerRow, ReviewLogRow

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def first_pc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pc(tmp_path_factory.mktemp("pc1") / "data", "Amal")


@pytest.fixture
def pc(first_pc: Path, tmp_path: Path) -> Path:
    """A fresh copy of the first PC's data folder for this test."""
    return Path(shutil.copytree(first_pc, tmp_path / "pc1"))


@pytest.fixture
def server(postgres_database: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """An empty server database, the one this PC is connected to."""
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", postgres_database)
    return postgres_database


def copy(cli, source: Path, tmp_path: Path):
    return cli("db", "copy-from-sqlite", source, "--data-dir", tmp_path / "this-pc")


def on_server(tmp_path: Path, url: str, name: str = "server-pc") -> Backend:
    env = {"VAKTAAL_DATA_DIR": str(tmp_path / name), "VAKTAAL_DATABASE_URL": url}
    return open_backend(tmp_path / name, env=env, clock=FakeClock(START), speaker=FakeSpeaker())


def test_a_pc_is_copied_whole_and_counted(cli, pc: Path, server: str, tmp_path: Path) -> None:
    before = sqlite_rows(pc)
    assert all(before[name] for name in ("learners", "review_logs", "cards", "buddy_sessions",
                                         "meeting_results", "settings", "deck_media",
                                         "speech_attempts", "media_blobs"))  # fmt: skip

    done = copy(cli, pc, tmp_path)

    assert done.code == 0, done.err
    assert server_rows(server) == before  # every row, with its numbers
    for table, found in before.items():
        assert f"  {table} {len(found)} → {len(found)}" in done.out
    assert f"learners: {len(before['learners'])} nieuw, 0 waren er al" in done.out


def test_the_server_shows_the_same_progress(cli, pc: Path, server: str, tmp_path: Path) -> None:
    on_the_pc = on_pc(pc)
    expected = what_the_app_shows(on_the_pc, "Amal")
    on_the_pc.close()

    assert copy(cli, pc, tmp_path).code == 0
    backend = on_server(tmp_path, server)
    try:
        assert what_the_app_shows(backend, "Amal") == expected
    finally:
        backend.close()


def test_copying_twice_copies_nothing_twice(cli, pc: Path, server: str, tmp_path: Path) -> None:
    assert copy(cli, pc, tmp_path).code == 0
    once = server_rows(server)
    backend = on_server(tmp_path, server)
    backend.clock.advance(5 * 86_400)  # type: ignore[attr-defined]
    practise(backend, learner_named(backend, "Amal"))  # the learner goes on on the server
    backend.close()
    after_practice = server_rows(server)

    again = copy(cli, pc, tmp_path)

    assert again.code == 0, again.err
    assert server_rows(server) == after_practice != once
    assert "Klaar: 0 rijen gekopieerd." in again.out
    assert "cards: 0 nieuw" in again.out and "anders op de server: die blijven" in again.out


def test_new_rows_after_the_copy_get_free_numbers(cli, pc: Path, server: str, tmp_path) -> None:
    assert copy(cli, pc, tmp_path).code == 0
    with create_database_engine(server).connect() as connection:
        highest = connection.execute(select(func.max(ReviewLogRow.id))).scalar_one()
    backend = on_server(tmp_path, server)
    try:
        newcomer = backend.services.learners.add("Nieuw", ["ti"])
        practise(backend, newcomer.id)
        learners = backend.services.learners.all()
        assert newcomer.id == max(learner.id for learner in learners)
        assert backend.practice.home(newcomer.id).done_today > 0
    finally:
        backend.close()
    with create_database_engine(server).connect() as connection:
        assert connection.execute(select(func.min(ReviewLogRow.id)).where(
            ReviewLogRow.id > highest)).scalar_one() == highest + 1  # fmt: skip


def test_a_second_pc_joins_with_its_own_numbers(cli, pc: Path, server, tmp_path: Path) -> None:
    second = make_pc(tmp_path / "pc2" / "data", "Bilal", recorded="tillen")
    on_second = on_pc(second)
    on_second.services.learners.add("Amal", ["ar"])  # Amal practised on both PCs
    on_second.close()
    on_second = on_pc(second)
    expected = what_the_app_shows(on_second, "Bilal")
    on_second.close()
    assert copy(cli, pc, tmp_path).code == 0
    coach = on_server(tmp_path, server, "coach-pc")
    assert [s.name for s in coach.services.dashboard.table()] == ["Amal"]  # remembered

    done = copy(cli, second, tmp_path)

    assert done.code == 0, done.err
    [settings] = [line for line in done.out.splitlines() if line.startswith("settings:")]
    assert settings.startswith("settings: 0 nieuw") and "(1 anders op de server" in settings
    terms = sum(map(deckbuilder.bundled_term_count, deckbuilder.bundled_deck_folders())) + 5
    assert f"terms: 0 nieuw, {terms} waren er al (1 aangevuld)" in done.out  # Bilal's recording
    assert "Let op: deze namen staan meer dan één keer op de server: Amal\n" in done.out
    try:
        assert [s.name for s in coach.services.dashboard.table()] == ["Amal", "Amal", "Bilal"]
        assert what_the_app_shows(coach, "Bilal") == expected
        staff = [learner.name for learner in coach.services.learners.staff()]
        assert sorted(staff) == ["Buddy van Amal", "Buddy van Bilal"]
        voices = coach.services.recordings.deck_voices(deckbuilder.DECK_ID)
        assert sorted(v.term_id for v in voices.terms if v.own) == ["helm", "tillen"]
        media = coach.services.decks.load(deckbuilder.DECK_ID).media
        assert (media["audio/helm.wav"], media["audio/tillen.wav"]) == (VOICE, VOICE + b"\x02\x00")
    finally:
        coach.close()
    with create_database_engine(server).connect() as connection:
        numbers = connection.execute(select(LearnerRow.id)).scalars().all()
        buddies = connection.execute(
            select(BuddySessionRow.buddy_name, LearnerRow.name).join(
                LearnerRow, LearnerRow.id == BuddySessionRow.buddy_id)).all()  # fmt: skip
    assert len(numbers) == len(set(numbers)) == 5
    assert sorted(buddies) == [("Buddy van Amal",) * 2, ("Buddy van Bilal",) * 2]


def test_a_deck_of_another_version_is_refused_with_a_list(cli, pc, server, tmp_path) -> None:
    assert copy(cli, pc, tmp_path).code == 0
    before = server_rows(server)
    other = make_pc(tmp_path / "pc2" / "data", "Bilal", version=2)

    refused = copy(cli, other, tmp_path)

    assert refused.code == 1
    assert "Niets gekopieerd: deze gegevens zijn anders op de server:" in refused.err
    assert f"- decks {deckbuilder.DECK_ID}: version anders" in refused.err
    decks = len(deckbuilder.bundled_deck_folders()) + 1
    assert f"decks: 0 nieuw, {decks} waren er al (1 anders op de server: zie onder)" in refused.out
    assert "Traceback" not in refused.err
    assert server_rows(server) == before


def test_an_old_database_is_copied_and_left_as_it_was(cli, server, tmp_path: Path) -> None:
    folder = tmp_path / "old-pc"
    folder.mkdir()
    engine = create_database_engine(f"sqlite:///{folder / DATABASE_FILE}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        for statement in OLD_ROWS:
            connection.execute(text(statement))
    engine.dispose()
    digest = hashlib.sha256((folder / DATABASE_FILE).read_bytes()).hexdigest()
    files = sorted(path.name for path in folder.iterdir())

    done = copy(cli, folder, tmp_path)

    assert done.code == 0, done.err
    assert hashlib.sha256((folder / DATABASE_FILE).read_bytes()).hexdigest() == digest
    assert sorted(path.name for path in folder.iterdir()) == files
    backend = on_server(tmp_path, server)
    try:
        [amal] = backend.services.learners.all()
        assert (amal.id, amal.name) == (3, "Amal")
        assert backend.reviews.review_count(11) == 1
    finally:
        backend.close()


def another_database(folder: Path) -> None:
    with closing(sqlite3.connect(folder / DATABASE_FILE)) as connection:
        connection.execute("CREATE TABLE boodschappen (wat TEXT)")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda folder: None, "Niet gevonden:"),
        (lambda folder: (folder / DATABASE_FILE).write_text("geen database"), "beschadigd"),
        (lambda folder: (folder / DATABASE_FILE).touch(), "Dit is geen database van Vaktaal"),
        (another_database, "Dit is geen database van Vaktaal"),
    ],
    ids=["missing", "a-text-file", "an-empty-database", "another-database"],
)  # fmt: skip
def test_a_wrong_path_gets_a_plain_message(cli, server, tmp_path: Path, make, message) -> None:
    folder = tmp_path / "pc"
    folder.mkdir()
    make(folder)
    refused = copy(cli, folder, tmp_path)
    assert refused.code == 1
    assert message in refused.err and "Traceback" not in refused.err


def test_a_damaged_file_is_refused(cli, pc: Path, server, tmp_path: Path) -> None:
    database = pc / DATABASE_FILE
    data = database.read_bytes()
    middle = len(data) // 2
    database.write_bytes(data[:middle] + b"\xff" * 4096 + data[middle + 4096 :])  # a garbage page
    refused = copy(cli, pc, tmp_path)
    assert refused.code == 1
    assert "Deze database is beschadigd" in refused.err and "Traceback" not in refused.err


def test_a_file_of_a_newer_vaktaal_is_refused(cli, pc: Path, server, tmp_path: Path) -> None:
    engine = create_database_engine(f"sqlite:///{pc / DATABASE_FILE}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    refused = copy(cli, pc, tmp_path)
    assert refused.code == 2
    assert "nieuwere Vaktaal" in refused.err
    server_engine = create_database_engine(server)
    assert inspect(server_engine).get_table_names() == []  # not even opened
    server_engine.dispose()


def test_a_pc_without_a_server_is_refused(cli, pc: Path, tmp_path: Path) -> None:
    refused = copy(cli, pc, tmp_path)
    assert refused.code == 1
    assert "Deze pc gebruikt geen server" in refused.err
    assert "Naar de server" not in refused.out
    itself = cli("db", "copy-from-sqlite", pc, "--data-dir", pc)
    assert "Dat is de database van deze pc zelf" in itself.err


def test_the_media_of_the_pc_go_into_the_database(cli, pc: Path, server, tmp_path) -> None:
    assert copy(cli, pc, tmp_path).code == 0
    wanted = {hashlib.sha256(data).hexdigest() for data in deckbuilder.valid_media().values()}
    wanted.add(hashlib.sha256(VOICE).hexdigest())
    with create_database_engine(server).connect() as connection:
        blobs = set(connection.execute(text("SELECT sha256 FROM media_blobs")).scalars())
    assert wanted <= blobs
    backend = on_server(tmp_path, server)  # a PC with an empty media folder
    try:
        loaded = backend.services.decks.load(deckbuilder.DECK_ID)
        assert set(deckbuilder.valid_media().items()) <= set(loaded.media.items())
    finally:
        backend.close()


def test_rows_are_known_by_what_they_are() -> None:
    tables = Base.metadata.tables
    assert rule_for(tables["learners"]).key == ("name", "created_at")
    assert "imported_at" not in rule_for(tables["decks"]).compared
    assert "version" in rule_for(tables["decks"]).compared
    assert rule_for(tables["review_logs"]).references == {
        "card_id": "cards", "buddy_session_id": "buddy_sessions"}  # fmt: skip
    assert rule_for(tables["settings"]).id_column is None


def test_media_missing_on_the_pc_are_named(cli, pc: Path, server, tmp_path: Path) -> None:
    """A PC from before media lived in the database, whose media folder lost a file."""
    voice = hashlib.sha256(VOICE).hexdigest()
    (pc / "media" / voice[:2] / voice).unlink()
    engine = create_database_engine(f"sqlite:///{pc / DATABASE_FILE}")
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM media_blobs"))
    engine.dispose()
    done = copy(cli, pc, tmp_path)
    assert done.code == 0, done.err
    assert "media_blobs: 4 nieuw" in done.out
    assert "Let op: 1 plaatjes of geluiden staan nergens" in done.out


def test_this_pcs_saved_dashboard_figures_are_forgotten(cli, pc, server, tmp_path) -> None:
    saved = tmp_path / "this-pc" / "dashboard-memory.pickle"
    saved.parent.mkdir()
    saved.write_bytes(b"old figures")
    assert copy(cli, pc, tmp_path).code == 0
    assert not saved.exists()


def test_a_server_with_older_tables_is_upgraded_first(cli, pc, postgres_database, monkeypatch,
                                                      tmp_path) -> None:  # fmt: skip
    engine = create_database_engine(postgres_database)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
    engine.dispose()
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", postgres_database)
    refused = copy(cli, pc, tmp_path)
    assert refused.code == 2
    assert "Vaktaal moet de database bijwerken" in refused.err
