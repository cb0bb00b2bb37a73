"""Validation reports every problem of a deck at once, each with its place; none hides another.

Before, a term with one bad field was dropped, so its duplicate id and its pictogram were
never checked: an empty term, a duplicate id and an unknown pictogram gave "1 probleem".
"""

import re
from pathlib import Path

import pytest

import deckbuilder as db
from vaktaal.core.authoring.editing import Draft
from vaktaal.core.authoring.validation import DraftChecker
from vaktaal.core.deckformat import validate_deck
from vaktaal.core.deckformat.parse import parse_manifest
from vaktaal.core.problems import Problem

MEETING = """\
[meeting]
title = "Overleg"
situation = "In de kantine."

[[speakers]]
id = "ans"
role = "teamleider"

[[lines]]
speaker = "piet"
text = "Goedemorgen."

[[main_points]]
id = "koffie"
text = "Er is koffie."
keywords = ["koffie"]
"""


def several_problems_manifest() -> dict:
    """Problems of five kinds, two of them in the same term, one in a duplicate term."""
    manifest = db.valid_manifest()
    manifest["deck"]["level"] = "Z9"  # the deck itself
    helm = db.term(manifest, "helm")
    helm["term"] = ""  # an empty required field ...
    helm["pictogram"] = "foo:bar"  # ... and an unknown pictogram in the same term
    copy = dict(db.term(manifest, "tillen"))
    copy["word_class"] = "werkwoord"  # a duplicate id on a term with a problem of its own
    manifest["terms"].append(copy)
    db.term(manifest, "heftruck")["audio"] = "audio/weg.wav"  # a missing file
    return manifest


def write_broken_deck(folder: Path) -> Path:
    db.write_deck(folder, several_problems_manifest())
    (folder / "meetings").mkdir()
    (folder / "meetings" / "overleg.toml").write_text(MEETING, encoding="utf-8")
    return folder


def places(problems: list[Problem]) -> set[tuple[str | None, str | None]]:
    return {(problem.term_id, problem.field) for problem in problems}


EXPECTED = {
    (None, "level"),
    ("helm", "term"),
    ("helm", "pictogram"),
    ("tillen", "id"),
    ("tillen", "word_class"),
    ("heftruck", "audio"),
    (None, "name"),  # the speaker without a name (meetings/overleg.toml)
    (None, "speaker"),  # the line of a speaker who is not there
}


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_every_problem_of_every_kind_is_reported_with_its_place(tmp_path, library, form):
    folder = write_broken_deck(tmp_path / "deck")
    path = folder if form == "folder" else db.zip_deck(folder, tmp_path / "deck.vaktaal")
    problems = validate_deck(path, library)
    assert places(problems) == EXPECTED, problems
    assert len(problems) == len(EXPECTED)
    text = (folder / "deck.toml").read_text(encoding="utf-8")
    by_place = {(p.term_id, p.field): p for p in problems}
    assert by_place[("helm", "term")].line == db.term_header_line(text, "helm")
    assert by_place[("tillen", "id")].line == db.term_header_line(text, "tillen", 2)
    assert by_place[("tillen", "word_class")].line == db.term_header_line(text, "tillen", 2)
    assert by_place[("helm", "pictogram")].line == db.term_header_line(text, "helm")
    assert by_place[("heftruck", "audio")].line == db.term_header_line(text, "heftruck")
    meeting = [p for p in problems if p.file.endswith("meetings/overleg.toml")]
    assert {p.field for p in meeting} == {"name", "speaker"}
    assert all(p.line for p in meeting)


def test_the_command_line_lists_every_problem(tmp_path, cli):
    folder = write_broken_deck(tmp_path / "deck")
    result = cli("deck", "validate", folder)
    assert result.code == 1
    assert f"{len(EXPECTED)} problemen" in result.out.splitlines()[0]
    bullets = [line for line in result.out.splitlines() if line.startswith("  - ")]
    assert len(bullets) == len(EXPECTED)
    assert any("term 'helm', veld 'term'" in line for line in bullets)
    assert any("term 'helm', veld 'pictogram'" in line for line in bullets)
    assert any(re.search(r"regel \d+, term 'tillen', veld 'id'", line) for line in bullets)
    assert any("overleg.toml, regel" in line and "'speaker'" in line for line in bullets)


def test_a_media_problem_of_a_term_with_a_bad_id_names_that_id(tmp_path, library):
    manifest = db.valid_manifest()
    helm = db.term(manifest, "helm")
    helm["id"], helm["pictogram"] = "Helm X", "foo:bar"
    folder = db.write_deck(tmp_path / "deck", manifest)
    problems = validate_deck(folder, library)
    line = db.term_header_line((folder / "deck.toml").read_text(encoding="utf-8"), "Helm X")
    assert {(p.term_id, p.field, p.line) for p in problems} == {
        ("Helm X", "id", line),
        ("Helm X", "pictogram", line),
    }


def test_a_missing_schema_version_hides_nothing(tmp_path, library):
    manifest = db.valid_manifest()
    del manifest["schema_version"]
    db.term(manifest, "helm")["term"] = ""
    problems = validate_deck(db.write_deck(tmp_path / "deck", manifest), library)
    assert places(problems) == {(None, "schema_version"), ("helm", "term")}


def test_broken_toml_is_one_problem_with_its_line():
    text = db.manifest_text(db.valid_manifest()) + '\n[[terms]]\nid = "kapot\n'
    deck, problems = parse_manifest(text.encode(), "deck.toml")
    assert deck is None
    assert len(problems) == 1
    assert problems[0].line == len(text.splitlines())  # the line of the open string


def test_broken_toml_in_deck_toml_does_not_hide_the_meetings_problems(tmp_path, library):
    folder = write_broken_deck(tmp_path / "deck")
    (folder / "deck.toml").write_text('schema_version = 1\ntitle = "open\n', encoding="utf-8")
    problems = validate_deck(folder, library)
    assert [(p.file.endswith("deck.toml"), p.line) for p in problems[:1]] == [(True, 2)]
    meeting = [p for p in problems if p.file.endswith("meetings/overleg.toml")]
    assert {p.field for p in meeting} == {"name", "speaker"}
    assert len(problems) == 3


@pytest.mark.parametrize(
    "text",
    ['schema_version = 1\nterms = [1, "a"]\n', "x = " + "[" * 5000 + "]" * 5000 + "\n"],
    ids=["terms-not-tables", "deeply-nested"],
)
def test_strange_documents_give_problems_not_errors(text):
    deck, problems = parse_manifest(text.encode(), "deck.toml")
    assert problems
    assert all(isinstance(p.message, str) and p.message for p in problems)


def test_the_editor_shows_both_problems_of_one_term(library):
    manifest = several_problems_manifest()
    draft = Draft(manifest["deck"], tuple(manifest["terms"]), db.valid_media())
    check = DraftChecker(library).check(draft)
    helm = [t["id"] for t in manifest["terms"]].index("helm")
    assert {"term", "pictogram"} <= set(check.term_problems[helm])
    assert check.deck is None
