"""`needs_native_check`: a deck says which gloss languages no native speaker has checked; it
survives writing, the database and the editor shows it (issue 16)."""

from pathlib import Path

import pytest

import deckbuilder as db
from vaktaal.core.deckformat import load_deck, validate_deck
from vaktaal.core.deckformat.writer import deck_to_toml
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths

LIBRARY = PictogramLibrary(Paths.create(None, {}).assets_dir)


def deck_marked(tmp_path: Path, unchecked: list[str]) -> Path:
    manifest = db.valid_manifest()
    manifest["deck"]["needs_native_check"] = unchecked
    return db.write_deck(tmp_path / "deck", manifest)


def test_the_mark_reads_and_writes_back(tmp_path: Path) -> None:
    languages = db.valid_manifest()["deck"]["gloss_languages"]
    deck = load_deck(deck_marked(tmp_path, languages[:2]), LIBRARY).deck
    assert deck.needs_native_check == tuple(languages[:2])
    assert "needs_native_check = [" in deck_to_toml(deck)


def test_a_language_the_deck_has_no_glosses_in_is_a_problem(tmp_path: Path) -> None:
    problems = validate_deck(deck_marked(tmp_path, ["so"]), LIBRARY)
    assert [p.field for p in problems] == ["needs_native_check"]
    assert "'so'" in problems[0].message


@pytest.mark.both_databases
def test_the_mark_survives_the_database(make_services, tmp_path: Path) -> None:
    languages = db.valid_manifest()["deck"]["gloss_languages"]
    services = make_services().services
    folder = deck_marked(tmp_path, languages[:1])
    deck_id = services.decks.import_path(folder).deck_id
    loaded = services.decks.load(deck_id)
    assert loaded is not None and loaded.deck.needs_native_check == tuple(languages[:1])


def test_the_editor_names_the_unchecked_languages(qtbot) -> None:
    from vaktaal.ui.authoring.deck_details import DeckDetails
    from vaktaal.ui.authoring.term_form import TermForm

    form = TermForm(LIBRARY)
    qtbot.addWidget(form)
    form.set_languages(("ar", "so"), unchecked=("so",))
    labels = {key: form.glosses.labels[key].text() for key in ("glosses.ar", "glosses.so")}
    assert "nog niet gecontroleerd" in labels["glosses.so"]
    assert "nog niet gecontroleerd" not in labels["glosses.ar"]
    details = DeckDetails()
    qtbot.addWidget(details)
    details.show_deck({"gloss_languages": ["ar", "so"], "needs_native_check": ["so"]})
    assert "Somalisch" in details.language_names.text().split("\n")[1]
