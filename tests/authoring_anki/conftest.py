"""Fixtures for the Anki tests: Anki-like packages with pictures, sound and a custom type;
the app's task manager for the dialogs."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from anki_builder import BASIC, NoteType, Package

import deckbuilder
from vaktaal.ui.tasks import TaskManager

CUSTOM = NoteType(
    1600000000123, "Vaktaal woord", ["Woord", "Uitleg", "Voorbeeld", "Arabisch", "Plaatje", "Audio"]
)


@pytest.fixture
def basic_package() -> Package:
    """Basic notes (Front: Dutch, Back: Arabic) with HTML and entities, one picture, one sound."""
    package = Package(
        media={"heftruck.png": deckbuilder.tiny_png(), "heftruck.wav": deckbuilder.tiny_wav()}
    )
    package.add(
        BASIC,
        'de heftruck<br><img src="heftruck.png">[sound:heftruck.wav]',
        "رافعة شوكية",
        tags="magazijn",
    )
    package.add(BASIC, "het <b>pallet</b>&nbsp;", "&lt;منصة&gt;")
    package.add(BASIC, "tillen", "<div>رفع</div>")
    return package


@pytest.fixture
def custom_package() -> Package:
    """A custom note type with Dutch field names, next to a Basic note."""
    package = Package(note_types=[BASIC, CUSTOM], media={"helm.svg": deckbuilder.tiny_svg()})
    package.add(
        CUSTOM,
        "de helm",
        "Die zet je op je hoofd.<br>Altijd op de bouw.",
        "Zet je helm op.",
        "خوذة",
        '<img src="helm.svg">',
        "",
    )
    package.add(
        CUSTOM, "veiligheid &amp; gezondheid", "Goed voor jezelf zorgen.", "", "السلامة", "", ""
    )
    package.add(BASIC, "de ladder", "سلم")
    return package


@pytest.fixture
def apkg(tmp_path: Path, basic_package: Package) -> Path:
    return basic_package.write(tmp_path / "magazijn.apkg")


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    """A task manager as the app has one; its queued ops have run after the test."""
    manager = TaskManager()
    yield manager
    manager.shutdown()
