"""Export a deck as .apkg: the legacy format Anki reads, and back again into Vaktaal."""

import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import deckbuilder
from vaktaal.app import Backend
from vaktaal.core.authoring.anki import export_apkg, import_apkg
from vaktaal.core.authoring.anki.convert import DEFAULT_PICTOGRAM

pytestmark = pytest.mark.both_databases


@pytest.fixture
def stored(services: Backend, deck_dir: Path, import_deck: Callable[..., Any]) -> Backend:
    import_deck(services, deck_dir)
    return services


def exported(services: Backend, out: Path, **kwargs: Any) -> Path:
    loaded = services.decks.load(deckbuilder.DECK_ID)
    assert loaded is not None
    export_apkg(loaded, services.library, out, **kwargs)
    return out


def collection(path: Path, tmp_path: Path) -> sqlite3.Connection:
    with zipfile.ZipFile(path) as bundle:
        (tmp_path / "collection.anki2").write_bytes(bundle.read("collection.anki2"))
    return sqlite3.connect(tmp_path / "collection.anki2")


def test_the_package_has_a_schema_11_collection_and_a_media_map(
    stored: Backend, tmp_path: Path
) -> None:
    path = exported(stored, tmp_path / "uit.apkg")
    database = collection(path, tmp_path)
    assert database.execute("SELECT ver FROM col").fetchone() == (11,)
    models = json.loads(database.execute("SELECT models FROM col").fetchone()[0])
    (model,) = models.values()
    fields = [field["name"] for field in model["flds"]]
    assert fields == [
        "Term",
        "Uitleg",
        "Voorbeeld",
        "Pictogram",
        "Geluid",
        "Id",
        *deckbuilder.LANGUAGES,
    ]
    notes = database.execute("SELECT flds FROM notes").fetchall()
    assert len(notes) == 5 and all(len(f.split("\x1f")) == len(fields) for (f,) in notes)
    assert database.execute("SELECT count(*) FROM cards").fetchone() == (5,)
    with zipfile.ZipFile(path) as bundle:
        media = json.loads(bundle.read("media"))
        assert {bundle.read(number) for number in media} >= set(
            deckbuilder.valid_media().values()
        ) - {
            deckbuilder.tiny_svg("#2ca02c")  # the deck's own pictogram is not on a card
        }


def test_glosses_right_to_left_and_audio_on_the_card(stored: Backend, tmp_path: Path) -> None:
    database = collection(exported(stored, tmp_path / "uit.apkg"), tmp_path)
    (template,) = json.loads(database.execute("SELECT models FROM col").fetchone()[0]).values()
    assert 'dir="rtl" lang="ar">{{ar}}' in template["tmpls"][0]["afmt"]
    fields = database.execute("SELECT flds FROM notes ORDER BY id").fetchone()[0].split("\x1f")
    assert fields[0] == "de heftruck"
    assert fields[4] == f"[sound:{deckbuilder.DECK_ID}-audio-heftruck.wav]"


def test_round_trip_keeps_terms_glosses_pictures_and_audio(stored: Backend, tmp_path: Path) -> None:
    original = stored.decks.load(deckbuilder.DECK_ID)
    assert original is not None
    back = import_apkg(exported(stored, tmp_path / "uit.apkg"), stored.decks, stored.library).loaded
    assert back.deck.gloss_languages == original.deck.gloss_languages
    for before, after in zip(original.deck.terms, back.deck.terms, strict=True):
        assert (after.id, after.term, after.article) == (before.id, before.term, before.article)
        assert (after.explanation, after.example, after.glosses) == (
            before.explanation, before.example, before.glosses,
        )  # fmt: skip
        assert after.tags == before.tags
    heftruck, helm, tillen, _pauze, pbm = back.deck.terms
    assert back.media[heftruck.pictogram] == deckbuilder.tiny_png()
    assert back.media[helm.pictogram] == deckbuilder.tiny_svg()
    assert back.media[heftruck.audio or ""] == deckbuilder.tiny_wav()
    assert back.media[tillen.pictogram].startswith(b"<")  # the shipped SVG went along
    assert pbm.pictogram == DEFAULT_PICTOGRAM  # an mdi: icon needs a renderer


def test_a_renderer_draws_icon_pictograms(stored: Backend, tmp_path: Path) -> None:
    drawn = deckbuilder.tiny_png((0, 0, 255))
    path = exported(
        stored, tmp_path / "uit.apkg", render=lambda ref: drawn if ref == "mdi:forklift" else None
    )
    back = import_apkg(path, stored.decks, stored.library).loaded
    assert back.media[back.deck.terms[-1].pictogram] == drawn


def test_export_is_atomic(stored: Backend, tmp_path: Path) -> None:
    out = tmp_path / "uit.apkg"
    out.write_bytes(b"old")
    loaded = stored.decks.load(deckbuilder.DECK_ID)
    assert loaded is not None

    def broken(ref: str) -> bytes:
        raise OSError("disk full")

    with pytest.raises(OSError):
        export_apkg(loaded, stored.library, out, render=broken)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".vaktaal")] == []
