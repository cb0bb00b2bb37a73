"""`vaktaal learner edit|delete|export|reset-pin` through the command line."""

import io
import json
import zipfile

import pytest

import deckbuilder as db

pytestmark = pytest.mark.both_databases


@pytest.fixture
def data(cli, tmp_path, deck_dir):
    folder = tmp_path / "cli-data"
    assert cli("deck", "import", deck_dir, "--data-dir", folder).code == 0
    assert cli("learner", "add", "Amal", "--language", "ar", "--data-dir", folder).code == 0
    return folder


def listed(cli, data):
    return json.loads(cli("learner", "list", "--json", "--data-dir", data).out)


def test_edit_name_languages_avatar(cli, data):
    result = cli(
        "learner", "edit", "Amal", "--name", "Amal B.", "--language", "ar", "--language", "en",
        "--avatar", "openmoji:1F600", "--data-dir", data,
    )  # fmt: skip
    assert result.code == 0 and "Amal B." in result.out
    [amal] = listed(cli, data)
    assert (amal["name"], amal["languages"], amal["avatar"]) == (
        "Amal B.", ["ar", "en"], "openmoji:1F600",
    )  # fmt: skip


def test_delete_asks_and_says_what_goes(cli, data, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("nee\n"))
    kept = cli("learner", "delete", "Amal", "--data-dir", data)
    assert kept.code == 1
    assert "0 antwoorden, 0 opnames, 0 resultaten" in kept.out and "Niets verwijderd" in kept.out
    assert len(listed(cli, data)) == 1

    monkeypatch.setattr("sys.stdin", io.StringIO("ja\n"))
    assert cli("learner", "delete", "Amal", "--data-dir", data).code == 0
    assert listed(cli, data) == []


def test_delete_with_yes_does_not_ask(cli, data, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    result = cli("learner", "delete", "1", "--yes", "--data-dir", data)
    assert result.code == 0 and "verwijderd" in result.out
    assert listed(cli, data) == []


def test_export_writes_a_zip(cli, data, tmp_path):
    out = tmp_path / "amal.zip"
    result = cli("learner", "export", "Amal", out, "--data-dir", data)
    assert result.code == 0 and str(out) in result.out
    with zipfile.ZipFile(out) as bundle:
        profile = json.loads(bundle.read("data.json"))["profile"]
        reviews = bundle.read("reviews.csv").decode("utf-8")
    assert (profile["name"], profile["decks"]) == ("Amal", [db.DECK_ID])
    assert reviews.splitlines() == [  # no answers yet: the header only
        "review_id,deck_id,term_id,term,rating,reviewed_at,duration_ms,exercise_kind"
    ]


def test_export_to_missing_folder_says_so(cli, data, tmp_path):
    result = cli("learner", "export", "Amal", tmp_path / "weg" / "a.zip", "--data-dir", data)
    assert result.code == 1 and "bestaat niet" in result.err


def test_reset_pin_reads_stdin_and_none_removes_it(cli, data, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("4321\n"))
    assert cli("learner", "reset-pin", "Amal", "--data-dir", data).code == 0
    assert listed(cli, data)[0]["has_pin"] is True

    result = cli("learner", "reset-pin", "Amal", "--none", "--data-dir", data)
    assert result.code == 0 and "geen pincode" in result.out
    assert listed(cli, data)[0]["has_pin"] is False


def test_unknown_learner_says_so(cli, data):
    for command in (["edit", "Fatima", "--name", "X"], ["delete", "Fatima", "--yes"]):
        result = cli("learner", *command, "--data-dir", data)
        assert result.code == 1 and "geen profiel 'Fatima'" in result.err
