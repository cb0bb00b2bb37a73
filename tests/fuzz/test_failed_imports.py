"""A failed import leaves nothing behind: no deck rows, no media blobs, no cached files; on
SQLite and on PostgreSQL (which refuses the NUL character that SQLite stores)."""

from pathlib import Path

import pytest
from fuzz_corpus import valid_deck
from sqlalchemy import func, select
from test_hostile_files import blobs, media_files

import deckbuilder
from vaktaal.app import Backend
from vaktaal.core.problems import DeckProblems
from vaktaal.storage import deck_store
from vaktaal.storage.tables import DeckRow

pytestmark = pytest.mark.both_databases


def decks(services: Backend) -> int:
    with services.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(DeckRow)) or 0)


def test_a_failed_import_leaves_no_media_behind(
    tmp_path: Path, services: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("the database failed half way")

    monkeypatch.setattr(deck_store, "save_meetings", broken)
    with pytest.raises(RuntimeError):
        services.services.decks.import_path(valid_deck(tmp_path / "deck"))
    with services.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(DeckRow)) == 0
    assert blobs(services) == 0 and media_files(services) == []


def test_media_of_an_installed_deck_stay_when_a_later_import_fails(
    tmp_path: Path, services: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    decks = services.services.decks
    decks.import_path(valid_deck(tmp_path / "deck"))
    before = blobs(services), sorted(media_files(services))

    def broken(*args: object) -> None:
        raise RuntimeError("the database failed half way")

    monkeypatch.setattr(deck_store, "save_meetings", broken)
    deck = valid_deck(tmp_path / "deck2")
    (deck / "media/helm.svg").write_bytes(deckbuilder.tiny_svg("#123456"))
    with pytest.raises(RuntimeError):
        decks.import_deck(decks.read(deck), allow_older=True)
    assert (blobs(services), sorted(media_files(services))) == before


def test_a_nul_character_is_stored_or_named_never_half(tmp_path: Path, services: Backend) -> None:
    deck = valid_deck(tmp_path / "deck")
    manifest = deckbuilder.valid_manifest()
    manifest["terms"][1]["explanation"] = "Een harde\u0000 hoed."
    (deck / "deck.toml").write_text(deckbuilder.manifest_text(manifest), encoding="utf-8")
    if services.engine.dialect.name == "sqlite":
        services.services.decks.import_path(deck)
        assert decks(services) == 1
        return
    with pytest.raises(DeckProblems) as refused:
        services.services.decks.import_path(deck)
    assert "onzichtbaar teken (NUL)" in str(refused.value) and "term 'helm'" in str(refused.value)
    assert (decks(services), blobs(services), media_files(services)) == (0, 0, [])
