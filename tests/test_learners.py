"""Learner profiles: languages, PIN stored as a scrypt hash, lock-out after wrong PINs, CLI."""

import hashlib
import io
import json
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

import deckbuilder as db
from vaktaal.core.pin import verify_pin
from vaktaal.storage.learner_store import LearnerInputError
from vaktaal.storage.tables import LearnerRow

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LOCK = timedelta(minutes=1)


def stored_hash(services, learner_id):
    with services.engine.connect() as connection:
        query = select(LearnerRow.pin_hash).where(LearnerRow.id == learner_id)
        return connection.execute(query).scalar_one()


def test_add_learner_with_languages_and_pin(services, deck_dir, import_deck):
    import_deck(services, deck_dir)

    learner = services.learners.add("Amal", ["ar", "en"], pin_code="2580")

    assert (learner.name, learner.languages, learner.has_pin) == ("Amal", ("ar", "en"), True)
    assert learner.decks == (db.DECK_ID,)
    assert services.learners.all() == [learner]
    stored = stored_hash(services, learner.id)
    assert "2580" not in stored
    scheme, n, r, p, salt, digest = stored.split("$")
    assert scheme == "scrypt"
    expected = hashlib.scrypt(
        b"2580", salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
    )
    assert expected.hex() == digest
    assert verify_pin("2580", stored) and not verify_pin("2581", stored)


def test_same_pin_gets_a_different_salt(services):
    first = services.learners.add("Amal", ["ar"], pin_code="1111")
    second = services.learners.add("Yonas", ["ti"], pin_code="1111")
    assert stored_hash(services, first.id) != stored_hash(services, second.id)


def test_learner_without_pin(services):
    learner = services.learners.add("Mehmet", ["tr"])
    assert learner.has_pin is False
    assert stored_hash(services, learner.id) is None
    assert services.learners.check_pin(learner.id, "0000", NOW) is True


@pytest.mark.parametrize(
    ("name", "languages", "pin_code", "message_has"),
    [
        ("Amal", ["ar", "xx"], None, ("Onbekende taalcode", "xx")),
        ("Amal", ["ar"], "12a4", ("pincode", "4 cijfers")),
        ("Amal", ["ar"], "12345", ("pincode", "4 cijfers")),
        ("   ", ["ar"], None, ("naam",)),
    ],
    ids=["unknown-language", "pin-with-letter", "pin-too-long", "no-name"],
)
def test_bad_learner_details_are_refused_in_dutch(services, name, languages, pin_code, message_has):
    with pytest.raises(LearnerInputError) as refused:
        services.learners.add(name, languages, pin_code=pin_code)
    for part in message_has:
        assert part in str(refused.value)
    assert services.learners.all() == []


def test_unknown_deck_is_refused(services):
    with pytest.raises(LearnerInputError, match="bestaat-niet"):
        services.learners.add("Amal", ["ar"], decks=["bestaat-niet"])
    assert services.learners.all() == []


def test_cli_learner_add_reads_pin_from_stdin_and_lists_json(
    tmp_path, deck_dir, cli, monkeypatch, make_services, import_deck
):
    data_dir = tmp_path / "data"
    import_deck(make_services("data"), deck_dir)
    monkeypatch.setattr("sys.stdin", io.StringIO("4826\n"))
    assert not sys.stdin.isatty()

    added = cli("learner", "add", "Amal", "--language", "ar", "--language", "en", "--pin",
                "--data-dir", data_dir)  # fmt: skip
    plain = cli("learner", "add", "Yonas", "--language", "ti", "--data-dir", data_dir)
    listed = cli("learner", "list", "--json", "--data-dir", data_dir)

    assert (added.code, plain.code, listed.code) == (0, 0, 0), added.err + plain.err
    assert "Amal" in added.out
    learners = {item["name"]: item for item in json.loads(listed.out)}
    assert set(learners) == {"Amal", "Yonas"}
    amal = learners["Amal"]
    assert amal["languages"] == ["ar", "en"]
    assert amal["has_pin"] is True and learners["Yonas"]["has_pin"] is False
    assert amal["decks"] == [db.DECK_ID]
    assert "4826" not in listed.out
    services = make_services("data")
    assert services.learners.check_pin(amal["id"], "4826", NOW) is True
    assert services.learners.check_pin(learners["Yonas"]["id"], "0000", NOW) is True


def test_cli_learner_add_refuses_unknown_language(tmp_path, cli):
    result = cli("learner", "add", "Amal", "--language", "xx", "--data-dir", tmp_path / "data")
    assert result.code != 0
    assert "Onbekende taalcode" in result.err and "xx" in result.err
    assert "Traceback" not in result.err
    listed = cli("learner", "list", "--json", "--data-dir", tmp_path / "data")
    assert json.loads(listed.out) == []


@pytest.fixture
def amal(services):
    return services.learners.add("Amal", ["ar"], pin_code="1357")


def test_right_pin_opens(services, amal):
    assert services.learners.check_pin(amal.id, "1357", NOW) is True
    assert services.learners.check_pin(amal.id, "7531", NOW) is False


def test_three_wrong_pins_lock_for_a_minute(services, amal):
    check = services.learners.check_pin
    wrong = [check(amal.id, "0000", NOW + timedelta(seconds=s)) for s in (0, 1, 2)]
    assert wrong == [False, False, False]

    assert check(amal.id, "1357", NOW + timedelta(seconds=3)) is False
    assert check(amal.id, "1357", NOW + timedelta(seconds=2) + LOCK - timedelta(seconds=1)) is False
    assert check(amal.id, "1357", NOW + timedelta(seconds=2) + LOCK + timedelta(seconds=1)) is True


def test_two_wrong_pins_do_not_lock_and_a_right_one_resets_the_count(services, amal):
    check = services.learners.check_pin
    assert [check(amal.id, "0000", NOW), check(amal.id, "0001", NOW)] == [False, False]
    assert check(amal.id, "1357", NOW) is True
    assert [check(amal.id, "0000", NOW), check(amal.id, "0001", NOW)] == [False, False]
    assert check(amal.id, "1357", NOW) is True


def test_lock_is_per_learner(services, amal):
    other = services.learners.add("Yonas", ["ti"], pin_code="2468")
    for _ in range(3):
        services.learners.check_pin(amal.id, "0000", NOW)
    assert services.learners.check_pin(amal.id, "1357", NOW) is False
    assert services.learners.check_pin(other.id, "2468", NOW) is True
