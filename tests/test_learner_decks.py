"""The deck rule: a new deck goes to every learner unless a coach chose that learner's decks."""

import json

import pytest
from sqlalchemy import select

import deckbuilder as db
from vaktaal.storage.tables import LearnerRow
from vaktaal.usecases.errors import UseCaseError

pytestmark = pytest.mark.both_databases

SECOND = "tweede-pakket"


@pytest.fixture
def second_deck(tmp_path):
    manifest = db.clone(db.valid_manifest())
    manifest["deck"]["id"] = SECOND
    manifest["deck"]["title"] = "Tweede pakket"
    return db.write_deck(tmp_path / "second", manifest)


def decks_chosen(services, learner_id):
    with services.engine.connect() as connection:
        query = select(LearnerRow.decks_chosen).where(LearnerRow.id == learner_id)
        return connection.execute(query).scalar_one()


def decks_of(services, name):
    return next(x.decks for x in services.learners.all() if x.name == name)


def test_new_deck_reaches_existing_learners(services, deck_dir, second_deck, import_deck):
    import_deck(services, deck_dir)
    services.learners.add("Amal", ["ar"])

    import_deck(services, second_deck)

    assert decks_of(services, "Amal") == (db.DECK_ID, SECOND)


def test_new_deck_skips_a_learner_whose_decks_a_coach_chose(
    services, deck_dir, second_deck, import_deck
):
    import_deck(services, deck_dir)
    amal = services.learners.add("Amal", ["ar"])
    services.learners.add("Yonas", ["ti"], decks=[db.DECK_ID])  # chosen when made
    services.services.learners.manage.assign(amal, [db.DECK_ID])  # chosen afterwards
    assert decks_chosen(services, amal.id) is True

    import_deck(services, second_deck)

    assert decks_of(services, "Amal") == (db.DECK_ID,)
    assert decks_of(services, "Yonas") == (db.DECK_ID,)


def test_new_version_of_a_deck_does_not_come_back_after_unassign(
    services, deck_dir, second_deck, import_deck, tmp_path
):
    import_deck(services, deck_dir)
    import_deck(services, second_deck)
    amal = services.learners.add("Amal", ["ar"])
    services.services.learners.manage.unassign(amal, [SECOND])
    manifest = db.clone(db.valid_manifest())
    manifest["deck"].update(id=SECOND, version=2)

    import_deck(services, db.write_deck(tmp_path / "second-v2", manifest))

    assert decks_of(services, "Amal") == (db.DECK_ID,)


def test_cli_deck_import_reaches_learner_list(cli, tmp_path, deck_dir, second_deck):
    data = tmp_path / "cli-data"
    assert cli("deck", "import", deck_dir, "--data-dir", data).code == 0
    assert cli("learner", "add", "Amal", "--language", "ar", "--data-dir", data).code == 0
    assert cli("deck", "import", second_deck, "--data-dir", data).code == 0

    listed = json.loads(cli("learner", "list", "--json", "--data-dir", data).out)

    assert listed[0]["decks"] == [db.DECK_ID, SECOND]


def test_cli_assign_and_unassign(cli, tmp_path, deck_dir, second_deck):
    data = tmp_path / "cli-data"
    cli("deck", "import", deck_dir, "--data-dir", data)
    cli("learner", "add", "Amal", "--language", "ar", "--deck", db.DECK_ID, "--data-dir", data)
    cli("deck", "import", second_deck, "--data-dir", data)

    assigned = cli("learner", "assign", "amal", SECOND, "--data-dir", data)
    assert assigned.code == 0 and SECOND in assigned.out
    unassigned = cli("learner", "unassign", "Amal", db.DECK_ID, "--data-dir", data)
    assert unassigned.code == 0

    listed = json.loads(cli("learner", "list", "--json", "--data-dir", data).out)
    assert listed[0]["decks"] == [SECOND]


def test_unknown_deck_is_refused_and_changes_nothing(services, deck_dir, import_deck):
    import_deck(services, deck_dir)
    amal = services.learners.add("Amal", ["ar"])

    with pytest.raises(UseCaseError, match="niet geïnstalleerd: bestaat-niet"):
        services.services.learners.manage.assign(amal, [db.DECK_ID, "bestaat-niet"])

    assert decks_chosen(services, amal.id) is False
    assert decks_of(services, "Amal") == (db.DECK_ID,)


def test_cli_unknown_deck_says_so(cli, tmp_path, deck_dir):
    data = tmp_path / "cli-data"
    cli("learner", "add", "Amal", "--language", "ar", "--data-dir", data)
    result = cli("learner", "assign", "Amal", "bestaat-niet", "--data-dir", data)
    assert result.code == 1
    assert "niet geïnstalleerd" in result.err


def test_deck_put_in_through_the_use_case_reaches_learners(services, second_deck):
    services.learners.add("Amal", ["ar"])  # no deck installed yet

    services.services.decks.import_path(second_deck)

    assert decks_of(services, "Amal") == (SECOND,)
