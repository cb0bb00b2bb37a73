"""`plural = false` marks a noun without a plural (verlof, wifi): read as "", written back as
false, refused on other word classes and as `true`."""

from pathlib import Path

import deckbuilder as db
from vaktaal.core.deckformat import load_deck, validate_deck
from vaktaal.core.deckformat.writer import deck_to_toml
from vaktaal.core.pictograms import PictogramLibrary


def library() -> PictogramLibrary:
    from vaktaal.paths import Paths

    return PictogramLibrary(Paths.create(None, {}).assets_dir)


def deck_with(tmp_path: Path, term_id: str, plural: object) -> Path:
    manifest = db.valid_manifest()
    db.term(manifest, term_id)["plural"] = plural
    return db.write_deck(tmp_path / "deck", manifest)


def test_a_noun_marked_without_plural_reads_and_writes_back(tmp_path: Path) -> None:
    deck = load_deck(deck_with(tmp_path, "helm", False), library()).deck
    helm = next(term for term in deck.terms if term.id == "helm")
    assert helm.plural == ""
    assert "plural = false" in deck_to_toml(deck)
    assert validate_deck(deck_with(tmp_path / "again", "helm", False), library()) == []


def test_plural_false_on_a_verb_and_plural_true_are_problems(tmp_path: Path) -> None:
    verb = validate_deck(deck_with(tmp_path / "verb", "tillen", False), library())
    assert [(p.term_id, p.field) for p in verb] == [("tillen", "plural")]
    assert "Alleen een zelfstandig naamwoord" in verb[0].message
    true = validate_deck(deck_with(tmp_path / "true", "helm", True), library())
    assert [(p.term_id, p.field) for p in true] == [("helm", "plural")]
    assert "false als er geen meervoud is" in true[0].message


def test_the_editor_writes_a_dash_as_no_plural(qtbot) -> None:
    from vaktaal.ui.authoring.term_form import TermForm

    form = TermForm(library())
    qtbot.addWidget(form)
    edited: list[tuple[str, object]] = []
    form.fields.edited.connect(lambda key, value: edited.append((key, value)))
    qtbot.keyClicks(form.fields.editors["plural"], "-")
    assert edited[-1] == ("plural", False)
    form.fields.show_values({"plural": False})
    assert form.fields.editors["plural"].text() == "-"
    qtbot.keyClicks(form.fields.editors["plural"], "x")
    assert edited[-1] == ("plural", "-x")
