"""Importing Anki-made packages: Basic and custom note types, media, HTML, new versions."""

from pathlib import Path

import pytest
from anki_builder import BASIC, Package

from vaktaal.app import Backend
from vaktaal.core.authoring.anki import ImportSettings, import_apkg, prepare_import, read_apkg
from vaktaal.core.authoring.anki.convert import DEFAULT_PICTOGRAM
from vaktaal.core.deckformat import validate_deck, write_deck_folder
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import DeckProblems

pytestmark = pytest.mark.both_databases


def test_reads_note_types_samples_and_the_deck_name(apkg: Path) -> None:
    source = read_apkg(apkg)
    assert source.title == "Magazijn"
    assert [(t.name, t.fields, source.note_count(t)) for t in source.note_types] == [
        ("Basic", ("Front", "Back"), 3)
    ]
    assert source.guess_mapping() == {"Basic": {"Front": "term", "Back": "ar"}}


def test_basic_notes_become_terms_with_media(apkg: Path, library: PictogramLibrary) -> None:
    source = read_apkg(apkg)
    prepared = prepare_import(source, source.guess_mapping(), ImportSettings(), library)
    deck = prepared.loaded.deck
    assert (deck.id, deck.title, deck.gloss_languages) == ("anki-magazijn", "Magazijn", ("ar",))
    heftruck, pallet, tillen = deck.terms
    assert (heftruck.id, heftruck.article, heftruck.term, heftruck.word_class) == (
        "heftruck", "de", "heftruck", "noun",
    )  # fmt: skip
    assert heftruck.glosses == {"ar": "رافعة شوكية"}
    assert heftruck.tags == ("magazijn",)
    assert prepared.loaded.media[heftruck.pictogram] == source.package.read_media("heftruck.png")
    assert heftruck.audio == "audio/heftruck.wav"
    assert (pallet.article, pallet.term, pallet.glosses["ar"]) == ("het", "pallet", "<منصة>")
    assert (tillen.word_class, tillen.pictogram, tillen.explanation) == (
        "other", DEFAULT_PICTOGRAM, "",
    )  # fmt: skip
    assert tillen.glosses["ar"] == "رفع"


def test_the_notices_say_what_is_still_empty(apkg: Path, library: PictogramLibrary) -> None:
    source = read_apkg(apkg)
    notices = prepare_import(source, source.guess_mapping(), ImportSettings(), library).notices
    assert "3 termen hebben nog geen uitleg. Vul die later aan." in notices
    assert "3 termen hebben nog geen voorbeeldzin. Vul die later aan." in notices


def test_custom_and_basic_note_types_together(
    tmp_path: Path, custom_package: Package, library: PictogramLibrary
) -> None:
    source = read_apkg(custom_package.write(tmp_path / "mixed.apkg"))
    mapping = source.guess_mapping()
    assert mapping["Vaktaal woord"]["Plaatje"] == "pictogram"
    mapping["Basic"]["Back"] = "ar"
    deck = prepare_import(source, mapping, ImportSettings(title="Bouw"), library).loaded.deck
    helm, veiligheid, ladder = deck.terms
    assert helm.explanation == "Die zet je op je hoofd.\nAltijd op de bouw."
    assert (helm.example, helm.glosses, helm.pictogram) == (
        "Zet je helm op.", {"ar": "خوذة"}, "media/helm.svg",
    )  # fmt: skip
    assert (veiligheid.id, veiligheid.term, veiligheid.example) == (
        "veiligheid-gezondheid", "veiligheid & gezondheid", "",
    )  # fmt: skip
    assert (ladder.term, ladder.glosses) == ("ladder", {"ar": "سلم"})
    assert deck.id == "anki-bouw"


def test_same_words_get_their_own_ids_and_empty_notes_are_skipped(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    package = Package().add(BASIC, "helm", "خوذة").add(BASIC, "Helm!", "خوذة")
    package.add(BASIC, "<br>&nbsp;", "فارغ")
    source = read_apkg(package.write(tmp_path / "x.apkg"))
    prepared = prepare_import(source, source.guess_mapping(), ImportSettings(), library)
    assert [t.id for t in prepared.loaded.deck.terms] == ["helm", "helm-2"]
    assert "1 notitie zonder term is overgeslagen." in prepared.notices


def test_scripts_are_removed_and_reported(tmp_path: Path, library: PictogramLibrary) -> None:
    package = Package().add(BASIC, "helm<script>steal()</script>", "<b onclick='x()'>خوذة</b>")
    source = read_apkg(package.write(tmp_path / "x.apkg"))
    prepared = prepare_import(source, source.guess_mapping(), ImportSettings(), library)
    term = prepared.loaded.deck.terms[0]
    assert (term.term, term.glosses["ar"]) == ("helm", "خوذة")
    assert "In 1 notitie stond een script. Dat is weggehaald." in prepared.notices


def test_broken_or_unknown_media_fall_back_to_a_pictogram(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    package = Package(media={"kapot.png": b"no picture", "film.gif": b"GIF89a"})
    package.add(BASIC, 'helm <img src="kapot.png"><img src="weg.png"> [sound:film.gif]', "خوذة")
    source = read_apkg(package.write(tmp_path / "x.apkg"))
    prepared = prepare_import(source, source.guess_mapping(), ImportSettings(), library)
    term = prepared.loaded.deck.terms[0]
    assert (term.pictogram, term.audio, prepared.loaded.media) == (DEFAULT_PICTOGRAM, None, {})
    assert any("film.gif, kapot.png, weg.png" in notice for notice in prepared.notices)


def test_import_stores_the_deck_and_a_second_import_is_the_next_version(
    apkg: Path, services: Backend
) -> None:
    import_apkg(apkg, services.decks, services.library)
    again = import_apkg(apkg, services.decks, services.library, [("Back", "en")])
    stored = services.decks.load("anki-magazijn")
    assert stored is not None
    assert stored.deck.version == again.loaded.deck.version == 2
    assert stored.deck.gloss_languages == ("en",)
    assert [t.id for t in stored.deck.terms] == ["heftruck", "pallet", "tillen"]
    assert stored.media == again.loaded.media


def test_the_anki21_collection_wins_over_the_old_placeholder(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    real = Package(collection_name="collection.anki21").add(BASIC, "helm", "خوذة")
    placeholder = Package().add(BASIC, "Please update to the latest Anki version", "")
    path = real.write(tmp_path / "x.apkg", {"collection.anki2": placeholder.collection_bytes()})
    source = read_apkg(path)
    deck = prepare_import(source, source.guess_mapping(), ImportSettings(), library).loaded.deck
    assert [t.term for t in deck.terms] == ["helm"]


@pytest.mark.parametrize("name", ["Default", "Standaard"])
def test_the_default_deck_name_gives_way_to_the_file_name(tmp_path: Path, name: str) -> None:
    package = Package(deck_name=name).add(BASIC, "helm", "خوذة")
    assert read_apkg(package.write(tmp_path / "bouw-woorden.apkg")).title == "bouw-woorden"


@pytest.mark.parametrize("package_fixture", ["basic_package", "custom_package"])
def test_converted_decks_pass_every_deck_file_check(
    tmp_path: Path, library: PictogramLibrary, package_fixture: str, request: pytest.FixtureRequest
) -> None:
    """An explanation or example the package lacks stays empty (no filler), and that is fine."""
    package: Package = request.getfixturevalue(package_fixture)
    source = read_apkg(package.write(tmp_path / "x.apkg"))
    mapping = source.guess_mapping()
    mapping.setdefault("Basic", {})["Back"] = "ar"
    loaded = prepare_import(source, mapping, ImportSettings(), library).loaded
    write_deck_folder(loaded.deck, loaded.media, tmp_path / "deck")
    empty = {(t.id, key) for t in loaded.deck.terms for key in ("explanation", "example")
             if getattr(t, key) == ""}  # fmt: skip
    assert empty  # the packages really lack some texts
    assert validate_deck(tmp_path / "deck", library) == []


@pytest.mark.parametrize(
    ("settings", "expected"),
    [(ImportSettings(deck_id="Mijn Pakket"), "geen goede id"),
     (ImportSettings(title=" "), "Geef het pakket een naam"),
     (ImportSettings(level="Z9"), "Kies uit: A1")],
)  # fmt: skip
def test_bad_settings_are_explained(
    apkg: Path, library: PictogramLibrary, settings: ImportSettings, expected: str
) -> None:
    source = read_apkg(apkg)
    with pytest.raises(DeckProblems, match=expected):
        prepare_import(source, source.guess_mapping(), settings, library)
