"""The decks that ship with vaktaal are complete: 40+ terms, five gloss languages, valid."""

from pathlib import Path

import pytest

from vaktaal.core.deckformat import load_deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths

pytestmark = pytest.mark.both_databases

PATHS = Paths.create("/nonexistent")
REQUIRED_LANGUAGES = {"ar", "ti", "tr", "fa", "en"}
EXPECTED = {"it-servicedesk", "magazijn-installatie", "eerste-werkweken"}


def bundled_folders() -> list[Path]:
    return sorted(p for p in PATHS.bundled_decks_dir.iterdir() if (p / "deck.toml").is_file())


def test_the_three_workplace_decks_are_bundled() -> None:
    library = PictogramLibrary(PATHS.assets_dir)
    ids = {load_deck(folder, library).deck.id for folder in bundled_folders()}
    assert ids >= EXPECTED


@pytest.mark.parametrize("folder", bundled_folders(), ids=lambda p: p.name)
def test_bundled_deck_is_complete(folder: Path) -> None:
    deck = load_deck(folder, PictogramLibrary(PATHS.assets_dir)).deck
    assert len(deck.terms) >= 40
    assert set(deck.gloss_languages) >= REQUIRED_LANGUAGES
    for term in deck.terms:
        assert set(term.glosses) >= REQUIRED_LANGUAGES, term.id
        assert all(term.glosses[code].strip() for code in REQUIRED_LANGUAGES), term.id
        if term.word_class == "noun":
            assert term.article in ("de", "het", "de/het"), term.id
            assert term.plural is not None, f"{term.id}: a plural, or plural = false"
        assert term.explanation and term.example and term.pictogram, term.id


def test_installed_bundled_decks_are_not_read_again_at_the_next_start(tmp_path, monkeypatch):
    from vaktaal import app
    from vaktaal.usecases import decks

    services = app.open_backend(tmp_path)
    assert len(app.install_bundled_decks(services)) >= 3

    def must_not_load(*_args: object) -> None:
        raise AssertionError("an installed bundled deck was loaded again")

    monkeypatch.setattr(decks, "load_deck", must_not_load)
    assert app.install_bundled_decks(services) == []
    services.close()
