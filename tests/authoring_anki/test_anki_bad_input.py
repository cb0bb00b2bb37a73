"""Bad packages are refused with a plain Dutch message; the database stays as it was."""

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from anki_builder import BASIC, Package

from vaktaal.app import Backend
from vaktaal.core.authoring.anki import import_apkg
from vaktaal.core.authoring.anki import package as package_module
from vaktaal.core.problems import DeckProblems

pytestmark = pytest.mark.both_databases

Dump = Callable[[Any], dict[str, list[tuple[Any, ...]]]]


def refusal(path: Path, services: Backend, dump_database: Dump, **kwargs: Any) -> str:
    """The message of a refused import, after checking that nothing was stored."""
    before = dump_database(services.engine)
    media_before = sorted(services.paths.media_dir.rglob("*"))
    with pytest.raises(DeckProblems) as refused:
        import_apkg(path, services.decks, services.library, **kwargs)
    assert dump_database(services.engine) == before
    assert sorted(services.paths.media_dir.rglob("*")) == media_before
    return str(refused.value)


def zipped(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
    return path


def test_not_a_zip(tmp_path: Path, services: Backend, dump_database: Dump) -> None:
    path = tmp_path / "x.apkg"
    path.write_text("hallo")
    assert "geen zip-bestand" in refusal(path, services, dump_database)


def test_missing_file(tmp_path: Path, services: Backend, dump_database: Dump) -> None:
    assert "bestaat niet" in refusal(tmp_path / "weg.apkg", services, dump_database)


def test_no_collection(tmp_path: Path, services: Backend, dump_database: Dump) -> None:
    path = zipped(tmp_path / "x.apkg", {"media": b"{}"})
    assert "geen Anki-verzameling" in refusal(path, services, dump_database)


def test_newer_anki_format_that_is_not_zstd_is_broken(
    tmp_path: Path, services: Backend, dump_database: Dump
) -> None:
    placeholder = Package().add(BASIC, "Please update to the latest Anki version", "")
    path = placeholder.write(tmp_path / "x.apkg", {"collection.anki21b": b"(zstd)"})
    assert "verzameling in het pakket is kapot" in refusal(path, services, dump_database)


def test_collection_that_is_no_database(
    tmp_path: Path, services: Backend, dump_database: Dump
) -> None:
    path = zipped(tmp_path / "x.apkg", {"collection.anki2": b"SQLite format 3\x00 kapot"})
    assert "kapot of onbekend" in refusal(path, services, dump_database)


def test_collection_without_notes(tmp_path: Path, services: Backend, dump_database: Dump) -> None:
    path = Package().write(tmp_path / "x.apkg")
    assert "geen notities" in refusal(path, services, dump_database)


def test_broken_media_list(tmp_path: Path, services: Backend, dump_database: Dump) -> None:
    package = Package().add(BASIC, "helm", "خوذة")
    path = zipped(
        tmp_path / "x.apkg", {"collection.anki2": package.collection_bytes(), "media": b"\x28\xb5"}
    )
    assert "lijst met plaatjes en geluid" in refusal(path, services, dump_database)


@pytest.mark.parametrize(
    "name", ["../../etc/cron.d/x", "/etc/passwd", "sub/helm.png", "C:evil.png"]
)
def test_media_names_outside_the_folder(
    tmp_path: Path, services: Backend, dump_database: Dump, name: str
) -> None:
    package = Package().add(BASIC, "helm", "خوذة")
    members = {
        "collection.anki2": package.collection_bytes(),
        "media": json.dumps({"0": name}).encode(),
        "0": b"x",
    }
    message = refusal(zipped(tmp_path / "x.apkg", members), services, dump_database)
    assert "buiten zijn eigen map" in message and name in message


def test_zip_members_outside_the_folder(
    tmp_path: Path, services: Backend, dump_database: Dump
) -> None:
    path = Package().add(BASIC, "helm", "خوذة").write(tmp_path / "x.apkg", {"../evil.sh": b"rm"})
    assert "buiten zijn eigen map" in refusal(path, services, dump_database)


def test_too_many_files(
    tmp_path: Path, services: Backend, dump_database: Dump, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_module, "MAX_FILES", 3)
    package = Package(media={f"{i}.wav": b"x" for i in range(3)}).add(BASIC, "helm", "خوذة")
    assert "te veel bestanden" in refusal(
        package.write(tmp_path / "x.apkg"), services, dump_database
    )


def test_unpacks_too_big(
    tmp_path: Path, services: Backend, dump_database: Dump, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_module, "MAX_UNPACKED_BYTES", 1024**2)
    package = Package(media={"stil.wav": bytes(2_000_000)}).add(BASIC, "helm", "خوذة")
    assert "groter dan 1 MB" in refusal(package.write(tmp_path / "x.apkg"), services, dump_database)


def test_no_translation_field(tmp_path: Path, services: Backend, dump_database: Dump) -> None:
    path = Package().add(BASIC, "helm", "Die zet je op.").write(tmp_path / "x.apkg")
    assert "taal van de vertaling" in refusal(path, services, dump_database)


def test_no_term_field(tmp_path: Path, services: Backend, dump_database: Dump) -> None:
    path = Package().add(BASIC, "helm", "خوذة").write(tmp_path / "x.apkg")
    message = refusal(path, services, dump_database, overrides=[("Front", "ignore")])
    assert "welk veld de term" in message


def test_unknown_field_in_an_override(
    tmp_path: Path, services: Backend, dump_database: Dump
) -> None:
    path = Package().add(BASIC, "helm", "خوذة").write(tmp_path / "x.apkg")
    assert "Achterkant" in refusal(path, services, dump_database, overrides=[("Achterkant", "ar")])


def test_all_notes_empty(tmp_path: Path, services: Backend, dump_database: Dump) -> None:
    path = Package().add(BASIC, "<br>", "خوذة").write(tmp_path / "x.apkg")
    assert "geen termen" in refusal(path, services, dump_database)


def test_a_refused_new_version_keeps_the_old_deck(
    tmp_path: Path, services: Backend, dump_database: Dump
) -> None:
    import_apkg(
        Package().add(BASIC, "helm", "خوذة").write(tmp_path / "a.apkg"),
        services.decks,
        services.library,
    )
    broken = Package().add(BASIC, "<script>x()</script>", "خوذة").write(tmp_path / "a.apkg")
    refusal(broken, services, dump_database)
    stored = services.decks.load("anki-magazijn")
    assert stored is not None and [t.term for t in stored.deck.terms] == ["helm"]
