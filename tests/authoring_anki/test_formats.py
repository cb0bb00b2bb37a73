"""Every Anki format in use, made by Anki itself: collection.anki2 / .anki21 (legacy export),
collection.anki21b (Anki 2.1.50+: zstd, protobuf media list, zstd media) and .colpkg."""

import zipfile
from pathlib import Path

import pytest

import deckbuilder
from vaktaal.core.authoring.anki import ImportSettings, prepare_import, read_apkg
from vaktaal.core.authoring.anki.package import open_apkg
from vaktaal.core.pictograms import PictogramLibrary

anki_made = pytest.importorskip("anki_made", exc_type=ImportError)

FIELDS = ["id", "Woord", "ru", "ru_sentence"]
ROWS = [
    ["0101", 'de heftruck <img src="heftruck.png">', "погрузчик", "Я вожу погрузчик."],
    ["0102", "veiligheid &amp; <b>zorg</b>[sound:zorg.wav]", "безопасность", "Это важно."],
]
MEDIA = {"heftruck.png": deckbuilder.tiny_png(), "zorg.wav": deckbuilder.tiny_wav()}


def package(tmp_path: Path, legacy: bool) -> Path:
    name = "oud.apkg" if legacy else "nieuw.apkg"
    made: Path = anki_made.anki_package(
        tmp_path / name, "Woordenlijst", FIELDS, ROWS, MEDIA, legacy
    )
    return made


Imported = list[tuple[str, str, str, str | None]]


def imported_terms(path: Path, library: PictogramLibrary) -> Imported:
    source = read_apkg(path)
    mapping = source.guess_mapping()
    mapping["Woordenlijst"].update({"id": "ignore", "Woord": "term", "ru": "ru"})
    mapping["Woordenlijst"]["ru_sentence"] = "example"
    deck = prepare_import(source, mapping, ImportSettings(), library).loaded.deck
    return [(t.term, t.glosses["ru"], t.pictogram, t.audio) for t in deck.terms]


@pytest.mark.parametrize("legacy", [True, False], ids=["anki21", "anki21b"])
def test_both_package_formats_import_the_same(
    tmp_path: Path, library: PictogramLibrary, legacy: bool
) -> None:
    path = package(tmp_path, legacy)
    members = zipfile.ZipFile(path).namelist()
    assert ("collection.anki21b" in members) is not legacy
    assert imported_terms(path, library) == [
        ("heftruck", "погрузчик", "media/heftruck.png", None),
        ("veiligheid & zorg", "безопасность", "openmoji:1F4AC", "audio/zorg.wav"),
    ]


def test_newer_package_media_are_unpacked_from_zstd(tmp_path: Path) -> None:
    opened = open_apkg(package(tmp_path, legacy=False))
    assert opened.compressed_media
    assert set(opened.media) == {"heftruck.png", "zorg.wav"}
    assert opened.read_media("heftruck.png") == MEDIA["heftruck.png"]
    assert opened.read_media("zorg.wav") == MEDIA["zorg.wav"]


@pytest.mark.parametrize("legacy", [True, False], ids=["legacy", "current"])
def test_a_collection_package_imports(tmp_path: Path, legacy: bool) -> None:
    rows = [["de helm", "шлем"], ["de ladder", "лестница"]]
    path = anki_made.collection_package(tmp_path / "alles.colpkg", rows, legacy)
    source = read_apkg(path)
    assert source.title == "Bouw"
    assert [note.fields for note in source.collection.notes] == [tuple(r) for r in rows]
