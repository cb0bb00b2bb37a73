"""Hostile packages end quickly in a Dutch message: bounded sizes, linear-time parsing."""

import time
import zipfile
from pathlib import Path

import pytest
import zstandard
from anki_builder import BASIC, Package

from vaktaal.core.authoring.anki import collection as collection_module
from vaktaal.core.authoring.anki import members
from vaktaal.core.authoring.anki import package as package_module
from vaktaal.core.authoring.anki.convert import NoteConverter
from vaktaal.core.authoring.anki.html_text import field_text
from vaktaal.core.authoring.anki.importer import read_apkg
from vaktaal.core.authoring.anki.package import open_apkg
from vaktaal.core.authoring.spreadsheet.term_ids import IdMaker
from vaktaal.core.problems import DeckProblems


def quickly(seconds: float, work: object) -> None:
    start = time.perf_counter()
    assert callable(work)
    work()
    assert time.perf_counter() - start < seconds


@pytest.mark.parametrize(
    "html",
    ["{{c1::" + "::" * 6000, "{{c1::" * 4000, "<a " * 40_000, "<!--" * 30_000, "[sound:" * 20_000],
)
def test_hostile_field_html_takes_linear_time(html: str) -> None:
    quickly(1.0, lambda: field_text(html))


def test_cloze_and_sound_still_read_right() -> None:
    text = field_text("Zet je {{c1::helm::hoofd}} op[sound:a.mp3] {{c2::nu}} <b>x</b>")
    assert (text.text, text.sounds) == ("Zet je helm op nu x", ("a.mp3",))


def test_a_lone_angle_bracket_is_text_and_comments_go() -> None:
    assert field_text("3 < 4 <i>ja</i><!-- weg <b>ook</b> -->!").text == "3 < 4 ja!"


def test_many_notes_sharing_one_id_are_numbered_in_linear_time() -> None:
    converter = NoteConverter(None, ())  # type: ignore[arg-type]
    start = time.perf_counter()
    ids = [converter._new_id(["zelfde"], "woord") for _ in range(50_000)]
    assert time.perf_counter() - start < 2
    assert ids[:3] == ["zelfde", "zelfde-2", "zelfde-3"] and len(set(ids)) == 50_000


def test_spreadsheet_ids_for_one_term_are_made_in_linear_time() -> None:
    maker = IdMaker({"helm": "helm-3"}, ["helm"])
    start = time.perf_counter()
    ids = [maker.for_term("helm") for _ in range(50_000)]
    assert time.perf_counter() - start < 2
    assert ids[:4] == ["helm-3", "helm-2", "helm-4", "helm-5"] and len(set(ids)) == 50_000


def test_a_small_zip_of_a_huge_member_is_refused_without_unpacking_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_module, "MAX_COLLECTION_BYTES", 1024**2)
    path = tmp_path / "bom.apkg"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("collection.anki2", b"\0" * 50 * 1024**2)
    with pytest.raises(DeckProblems, match="groter dan 160 MB"):
        open_apkg(path)


def test_a_zstd_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package_module, "MAX_COLLECTION_BYTES", 1024**2)
    bomb = zstandard.ZstdCompressor().compress(b"\0" * 20 * 1024**2)
    path = Package().write(tmp_path / "x.apkg", {"collection.anki21b": bomb})
    with pytest.raises(DeckProblems, match="te groot"):
        open_apkg(path)


def test_member_reading_stops_at_its_cap() -> None:
    with pytest.raises(members.TooLarge):
        members.unzstd(zstandard.ZstdCompressor().compress(b"x" * 5000), 4999)
    assert members.unzstd(zstandard.ZstdCompressor().compress(b"x" * 5000), 5000) == b"x" * 5000


def test_media_over_the_total_cap_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_module, "MAX_MEDIA_BYTES", 1500)
    package = Package(media={"a.wav": b"a" * 1000, "b.wav": b"b" * 1000})
    opened = open_apkg(package.add(BASIC, "x", "y").write(tmp_path / "x.apkg"))
    assert opened.read_media("a.wav") == b"a" * 1000
    with pytest.raises(DeckProblems, match="samen te groot"):
        opened.read_media("b.wav")


@pytest.mark.parametrize(
    "data", [b"\x0a\x05ab", b"\x0a", b"\x0b\x00", b"\x0a\x02\x0a\xff", b"\x08\x01", b"\xff" * 11]
)
def test_a_broken_protobuf_media_list_is_refused(data: bytes, tmp_path: Path) -> None:
    newer = {
        "collection.anki21b": zstandard.ZstdCompressor().compress(Package().collection_bytes())
    }
    path = tmp_path / "x.apkg"
    with zipfile.ZipFile(path, "w") as bundle:
        for name, content in {**newer, "media": zstandard.ZstdCompressor().compress(data)}.items():
            bundle.writestr(name, content)
    with pytest.raises(DeckProblems, match="lijst met plaatjes"):
        open_apkg(path)


def test_the_protobuf_media_list_names_members_by_position() -> None:
    entry = b"\x0a\x05a.png\x10\x03\x1a\x02\x00\x01"
    renamed = b"\x0a\x05b.wav\xf8\x0f\x07"  # legacy_zip_filename (255) = 7
    data = b"\x0a" + bytes([len(entry)]) + entry + b"\x0a" + bytes([len(renamed)]) + renamed
    assert members.media_entries(data) == {"0": "a.png", "7": "b.wav"}


def test_too_many_notes_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collection_module, "MAX_NOTES", 2)
    package = Package().add(BASIC, "a", "b").add(BASIC, "c", "d").add(BASIC, "e", "f")
    with pytest.raises(DeckProblems, match="meer dan 200.000 notities"):
        read_apkg(package.write(tmp_path / "x.apkg"))


def test_huge_note_type_settings_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(collection_module, "MAX_SETTINGS", 100)
    package = Package().add(BASIC, "de helm", "шлем")
    with pytest.raises(DeckProblems, match="instellingen in het pakket zijn te groot"):
        read_apkg(package.write(tmp_path / "x.apkg"))


@pytest.mark.parametrize("flip", [100, 2000, 5000, 9000])
def test_a_damaged_database_gets_a_dutch_message(tmp_path: Path, flip: int) -> None:
    data = bytearray(Package().add(BASIC, "de helm", "шлем").collection_bytes())
    data[flip : flip + 64] = b"\xff" * 64
    path = tmp_path / "x.apkg"
    with zipfile.ZipFile(path, "w") as bundle:
        bundle.writestr("collection.anki2", bytes(data))
    try:
        read_apkg(path)
    except DeckProblems as refused:
        assert "kapot" in str(refused) or "geen notities" in str(refused)
