"""What a command writes has the name it was given, in the folder given (issue 17, item 4):
a name that does not fit the format is refused, a missing folder is named, never a temporary
file; `deck import` takes several decks, as `vaktaal deck import decks/*` in the README; and
a deck that is not there says how to put one in."""

import errno
import json
from pathlib import Path

import pytest

import deckbuilder
from vaktaal.cli.errors import _disk_message

DECK = deckbuilder.DECK_ID


@pytest.fixture
def data(cli, tmp_path, deck_dir) -> Path:
    folder = tmp_path / "data"
    assert cli("deck", "import", deck_dir, "--data-dir", folder).code == 0
    assert cli("learner", "add", "Amal", "--language", "ar", "--data-dir", folder).code == 0
    return folder


@pytest.mark.parametrize(
    ("command", "name", "ending"),
    [
        (["print", "handboek", DECK], "h.docx", ".pdf"),
        (["print", "kaartjes", DECK], "k.PDF.txt", ".pdf"),
        (["deck", "export", DECK], "uit.zip", ".vaktaal"),
        (["deck", "export-apkg", DECK], "uit.vaktaal", ".apkg"),
        (["learner", "export", "Amal"], "amal.pdf", ".zip"),
    ],
)
def test_a_name_that_does_not_fit_is_refused(cli, data, tmp_path, command, name, ending):
    out = tmp_path / name
    result = cli(*command, out, "--data-dir", data)
    assert result.code == 1
    assert f"Kies een bestandsnaam die eindigt op {ending} (niet '{name}')." in result.err
    assert not out.exists() and "Traceback" not in result.err


def test_a_fitting_name_in_capitals_is_written_as_given(cli, data, tmp_path):
    out = tmp_path / "Handboek.PDF"
    result = cli("print", "handboek", DECK, out, "--data-dir", data)
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF") and f"Opgeslagen: {out}" in result.out


@pytest.mark.parametrize(
    "command",
    [
        ["deck", "export", DECK, "uit.vaktaal"],
        ["deck", "export-apkg", DECK, "uit.apkg"],
        ["deck", "export-csv", DECK, "uit.xlsx"],
        ["deck", "export-csv", "--template", "uit.csv"],
        ["print", "kaartjes", DECK, "uit.pdf"],
        ["learner", "export", "Amal", "uit.zip"],
        ["report", "all", "uit.xlsx"],
    ],
)
def test_a_missing_folder_is_named_not_a_temporary_file(cli, data, tmp_path, command):
    missing = tmp_path / "nope"
    *words, name = command
    result = cli(*words, missing / name, "--data-dir", data)
    assert result.code == 1, result.err
    assert f"De map {missing} bestaat niet." in result.err
    assert ".vaktaal-" not in result.err and "Errno" not in result.err
    assert not missing.exists()


def test_a_disk_error_about_a_temporary_file_names_its_missing_folder(tmp_path):
    temporary = tmp_path / "nope" / ".vaktaal-qbmivixh"
    message = _disk_message(FileNotFoundError(errno.ENOENT, "No such file", str(temporary)))
    assert message == f"De map {tmp_path / 'nope'} bestaat niet. Kies een map die er is."
    present = tmp_path / "missing.csv"  # a file that is not there, in a folder that is
    message = _disk_message(FileNotFoundError(errno.ENOENT, "No such file", str(present)))
    assert "missing.csv" in message


def test_deck_import_takes_several_decks(cli, tmp_path):
    first = deckbuilder.write_deck(tmp_path / "one", with_id("deck-one"))
    second = deckbuilder.write_deck(tmp_path / "two", with_id("deck-two"))
    result = cli("deck", "import", first, second, "--data-dir", tmp_path / "data")
    assert result.code == 0, result.err
    assert "'deck-one'" in result.out and "'deck-two'" in result.out
    listed = json.loads(cli("deck", "list", "--json", "--data-dir", tmp_path / "data").out)
    assert sorted(deck["id"] for deck in listed) == ["deck-one", "deck-two"]


def with_id(deck_id: str) -> dict:
    manifest = deckbuilder.valid_manifest()
    manifest["deck"]["id"] = deck_id
    return manifest


def test_a_deck_that_is_not_there_says_how_to_put_one_in(cli, tmp_path):
    """A fresh data folder has no decks: the README's deck commands need them put in first."""
    result = cli("deck", "export-csv", "magazijn-installatie", tmp_path / "t.xlsx",
                 "--data-dir", tmp_path / "fresh")  # fmt: skip
    assert result.code == 1
    assert "Pakket 'magazijn-installatie' bestaat niet." in result.err
    assert "vaktaal deck list" in result.err and "vaktaal deck import" in result.err
