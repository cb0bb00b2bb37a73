"""Learner management: edit, reset PIN, delete everything in one go, export one zip."""

import csv
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

import deckbuilder as db
from vaktaal.storage.tables import (
    Base,
    CardRow,
    MeetingResultRow,
    ReviewLogRow,
    SpeechAttemptRow,
)
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.learners import PinCheck

pytestmark = pytest.mark.both_databases

WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def practise(services, learner_id, term_pk, answers, overruled=False):
    """A card with `answers` reviews, each with a spoken answer, and a meeting result."""
    with Session(services.engine) as session, session.begin():
        card = CardRow(learner_id=learner_id, term_pk=term_pk, state=2, due=WHEN)
        session.add(card)
        session.flush()
        for n in range(answers):
            log = ReviewLogRow(
                card_id=card.id, rating=3, reviewed_at=WHEN + timedelta(days=n),
                duration_ms=900, exercise_kind="speak",
            )  # fmt: skip
            session.add(log)
            session.flush()
            session.add(
                SpeechAttemptRow(
                    review_log_id=log.id,
                    heard="heftruk",
                    machine_verdict="nog eens",
                    final_verdict="goed" if overruled else "nog eens",
                    overruled=overruled,
                )  # fmt: skip
            )
        session.add(
            MeetingResultRow(
                learner_id=learner_id,
                meeting_id="m1",
                exercise="luisteren",
                score=0.5,
                details={"fout": ["helm"]},
                recorded_at=WHEN,
            )  # fmt: skip
        )


@pytest.fixture
def two_learners(services, deck_dir, import_deck, term_keys):
    import_deck(services, deck_dir)
    amal = services.learners.add("Amal", ["ar"], pin_code="2580")
    yonas = services.learners.add("Yonas", ["ti"])
    keys = term_keys(services.engine, db.DECK_ID)
    practise(services, amal.id, keys["heftruck"], 3, overruled=True)
    practise(services, yonas.id, keys["helm"], 2)
    return amal, yonas


def manage(services):
    return services.services.learners.manage


def rows_per_table(services):
    with services.engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def test_delete_takes_everything_of_one_learner_only(services, two_learners, dump_database):
    amal, yonas = two_learners
    if services.engine.dialect.name == "sqlite":  # PostgreSQL always enforces them
        with services.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    before = rows_per_table(services)
    yonas_before = manage(services).footprint(yonas)

    gone = manage(services).delete(manage(services).find("amal"))

    assert (gone.answers, gone.recordings, gone.meeting_results) == (3, 3, 1)
    after = rows_per_table(services)
    expected_loss = {
        "learners": 1, "learner_decks": 1, "cards": 1, "review_logs": 3,
        "speech_attempts": 3, "meeting_results": 1,
    }  # fmt: skip
    assert {name: before[name] - after[name] for name in before if before[name] != after[name]} == (
        expected_loss
    )
    with services.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if "learner_id" in table.c:
                left = select(func.count()).where(table.c.learner_id == amal.id)
                assert connection.execute(left).scalar_one() == 0, table.name
    assert manage(services).footprint(yonas) == yonas_before
    assert [x.name for x in services.learners.all()] == ["Yonas"]


def test_unknown_learner_is_refused_in_dutch(services, two_learners, dump_database):
    before = dump_database(services.engine)
    for wanted in ("Fatima", "999"):
        with pytest.raises(UseCaseError, match="geen profiel"):
            manage(services).find(wanted)
    assert dump_database(services.engine) == before


def test_edit_changes_only_what_is_given(services, two_learners):
    amal, _ = two_learners
    edited = manage(services).edit(amal, name=" Amal B. ", avatar="openmoji:1F600")
    assert (edited.name, edited.languages, edited.avatar) == ("Amal B.", ("ar",), "openmoji:1F600")
    edited = manage(services).edit(edited, languages=["ar", "en"])
    assert (edited.name, edited.languages) == ("Amal B.", ("ar", "en"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "naam"),
        ({"languages": ["ar", "xx"]}, "Onbekende taalcode: xx"),
        ({"languages": []}, "taal"),
    ],
    ids=["no-name", "unknown-language", "no-language"],
)
def test_bad_edit_changes_nothing(services, two_learners, dump_database, change, message):
    amal, _ = two_learners
    before = dump_database(services.engine)
    with pytest.raises(UseCaseError, match=message):
        manage(services).edit(amal, **change)
    assert dump_database(services.engine) == before


def test_reset_pin_to_new_pin_or_none_and_unlocks(services, two_learners):
    amal, _ = two_learners
    learners = services.services.learners
    for _ in range(3):
        learners.check_pin(amal.id, "0000")
    assert learners.check_pin(amal.id, "2580") == PinCheck.LOCKED

    manage(services).reset_pin(amal, "1234")
    assert learners.check_pin(amal.id, "2580") == PinCheck.WRONG
    assert learners.check_pin(amal.id, "1234") == PinCheck.OK

    assert manage(services).reset_pin(amal, None).has_pin is False
    with pytest.raises(UseCaseError, match="4 cijfers"):
        manage(services).reset_pin(amal, "12")


def read_zip(path):
    with zipfile.ZipFile(path) as bundle:
        return {name: bundle.read(name).decode("utf-8") for name in bundle.namelist()}


def test_export_one_zip_with_json_and_csv(services, two_learners, tmp_path):
    amal, _ = two_learners
    out = manage(services).export(amal, tmp_path / "amal.zip")

    files = read_zip(out)
    assert {"data.json", "profile.csv", "reviews.csv", "speaking.csv"} <= set(files)
    assert "meeting_results.csv" in files
    data = json.loads(files["data.json"])
    assert data["profile"]["name"] == "Amal" and "pin_hash" not in data["profile"]
    assert len(data["reviews"]) == 3 and {r["term"] for r in data["reviews"]} == {"heftruck"}
    speaking = list(csv.DictReader(io.StringIO(files["speaking.csv"])))
    assert [(s["machine_verdict"], s["final_verdict"], s["overruled"]) for s in speaking] == [
        ("nog eens", "goed", "True")
    ] * 3
    assert data["meeting_results"][0]["details"] == {"fout": ["helm"]}
    assert "helm" not in {r["term"] for r in data["reviews"]}  # nothing of Yonas


def test_export_to_missing_folder_is_refused(services, two_learners, tmp_path):
    amal, _ = two_learners
    with pytest.raises(UseCaseError, match="bestaat niet"):
        manage(services).export(amal, tmp_path / "weg" / "amal.zip")
    assert not (tmp_path / "weg").exists()


def test_export_to_read_only_folder_changes_nothing(services, two_learners, tmp_path, monkeypatch):
    amal, _ = two_learners
    out = tmp_path / "amal.zip"
    out.write_bytes(b"old")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("vaktaal.usecases.learner_export._write_zip", refuse)
    with pytest.raises(UseCaseError, match="mag niet schrijven"):
        manage(services).export(amal, out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".vaktaal-")] == []
