"""With Anki itself (the `anki` package): it opens our export; we import what it exports."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import deckbuilder
from vaktaal.app import Backend
from vaktaal.core.authoring.anki import ImportSettings, export_apkg, prepare_import, read_apkg
from vaktaal.core.pictograms import PictogramLibrary

anki_collection = pytest.importorskip("anki.collection")


@pytest.fixture
def anki(tmp_path: Path) -> Any:
    (tmp_path / "anki").mkdir()
    col = anki_collection.Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield col
    col.close()


def anki_made(col: Any, out: Path, legacy: bool = True) -> Path:
    """Basic notes with HTML, a picture and Arabic, exported by Anki."""
    (Path(col.media.dir()) / "helm.png").write_bytes(deckbuilder.tiny_png())
    deck_id = col.decks.id("Bouw::Veiligheid")
    for front, back in [
        ('de helm <img src="helm.png">', "خوذة"),
        ("veiligheid &amp; <b>zorg</b>", "سلامة"),
    ]:
        note = col.new_note(col.models.by_name("Basic"))
        note["Front"], note["Back"] = front, back
        col.add_note(note, deck_id)
    col.export_anki_package(out_path=str(out), options=anki_collection.ExportAnkiPackageOptions(
        with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy,
    ), limit=None)  # fmt: skip
    return out


def test_anki_opens_our_export(
    anki: Any, services: Backend, deck_dir: Path, import_deck: Callable[..., Any], tmp_path: Path
) -> None:
    import_deck(services, deck_dir)
    loaded = services.decks.load(deckbuilder.DECK_ID)
    assert loaded is not None
    export_apkg(loaded, services.library, tmp_path / "uit.apkg")
    request = anki_collection.ImportAnkiPackageRequest(
        package_path=str(tmp_path / "uit.apkg"), options=anki_collection.ImportAnkiPackageOptions()
    )
    anki.import_anki_package(request)
    assert anki.note_count() == 5 and anki.card_count() == 5
    note = anki.get_note(anki.find_notes('"Term:de heftruck"')[0])
    assert note["ar"] == "heftruck (ar)"
    assert (Path(anki.media.dir()) / f"{deckbuilder.DECK_ID}-media-heftruck.png").is_file()
    assert "Magazijn (test)" in [deck.name for deck in anki.decks.all_names_and_ids()]


def test_we_import_a_package_anki_made(
    anki: Any, tmp_path: Path, library: PictogramLibrary
) -> None:
    source = read_apkg(anki_made(anki, tmp_path / "anki.apkg"))
    assert source.title == "Bouw - Veiligheid"
    deck = prepare_import(source, source.guess_mapping(), ImportSettings(), library).loaded.deck
    assert [(t.article, t.term, t.glosses["ar"]) for t in deck.terms] == [
        ("de", "helm", "خوذة"), (None, "veiligheid & zorg", "سلامة"),
    ]  # fmt: skip
    assert deck.terms[0].pictogram == "media/helm.png"


def test_a_package_in_the_newest_format_imports(
    anki: Any, tmp_path: Path, library: PictogramLibrary
) -> None:
    source = read_apkg(anki_made(anki, tmp_path / "new.apkg", legacy=False))
    deck = prepare_import(source, source.guess_mapping(), ImportSettings(), library).loaded.deck
    assert [t.term for t in deck.terms] == ["helm", "veiligheid & zorg"]
    assert deck.terms[0].pictogram == "media/helm.png"
