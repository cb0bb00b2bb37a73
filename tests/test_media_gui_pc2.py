"""The whole app on PC 2 (real controller, task manager, strict threads): a deck imported on
PC 1 while PC 2 runs shows its own pictures in practice, fetched on the database lane."""

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

import deckbuilder
from vaktaal.app import open_backend
from vaktaal.core.deckformat import load_deck
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage.media_store import sha256_of
from vaktaal.ui.launcher import create_window
from vaktaal.ui.pictogram_icons import placeholder_pixmap

pytestmark = pytest.mark.both_databases

LEFT = Qt.MouseButton.LeftButton
WAIT = 10_000
COLOURS = [(200, 30, 30), (30, 160, 30), (30, 30, 200), (200, 160, 30), (120, 30, 160)]


def deck_of_own_pictures(folder: Path, version: int) -> Path:
    """Version 1 has library pictograms only, version 2 its own pictures."""
    manifest = deckbuilder.valid_manifest()
    manifest["deck"]["version"] = version
    media = deckbuilder.valid_media()
    for term, colour in zip(manifest["terms"], COLOURS, strict=True):
        if version == 1:
            term["pictogram"] = "mdi:forklift"
            continue
        term["pictogram"] = f"media/{term['id']}.png"
        media[term["pictogram"]] = deckbuilder.tiny_png(colour)
    return deckbuilder.write_deck(folder / str(version), manifest, media=media)


def cached(data_dir: Path) -> set[str]:
    return {path.name for path in (data_dir / "media").rglob("*") if path.is_file()}


def test_pc2_shows_pictures_of_a_deck_pc1_imported_while_it_ran(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc1 = open_backend(tmp_path / "pc1", speaker=FakeSpeaker())
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", pc1.paths.database_url)
    pc1.decks.import_deck(load_deck(deck_of_own_pictures(tmp_path, 1), pc1.library))
    pc1.learners.add("Bram", ["en"], decks=[deckbuilder.DECK_ID])
    window = create_window(tmp_path / "pc2", speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT)

    window.tasks.wait_until_idle()
    pictures = {sha256_of(deckbuilder.tiny_png(colour)) for colour in COLOURS}
    assert not pictures & cached(tmp_path / "pc2")
    pc1.decks.import_deck(load_deck(deck_of_own_pictures(tmp_path, 2), pc1.library))

    qtbot.mouseClick(window.picker.grid.tiles[0], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT)
    qtbot.mouseClick(window.home.practice_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.practice, timeout=WAIT)
    picture = window.practice.recall.card.picture
    qtbot.waitUntil(lambda: picture.pixmap() is not None and not picture.pixmap().isNull())
    assert picture.pixmap().toImage() != placeholder_pixmap(picture.pixmap().width()).toImage()
    assert pictures <= cached(tmp_path / "pc2")
    if os.environ.get("VAKTAAL_SCREENSHOTS"):
        window.grab().save(os.environ["VAKTAAL_SCREENSHOTS"])
    window.tasks.shutdown()
    pc1.close()
