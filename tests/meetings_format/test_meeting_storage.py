"""Meetings are stored with their deck (all or nothing) and come back from DeckStore.load."""

from dataclasses import replace
from pathlib import Path

import pytest
from meetingbuilder import VALID_MEETING, write_deck_with_meeting

import deckbuilder
from vaktaal.core.deckformat import load_deck
from vaktaal.core.problems import DeckProblems

pytestmark = pytest.mark.both_databases


def test_import_stores_meetings_and_load_returns_them(services, tmp_path: Path):
    loaded = load_deck(write_deck_with_meeting(tmp_path / "deck"), services.library)
    services.decks.import_deck(loaded)
    again = services.decks.load(loaded.deck.id)
    assert again.deck.meetings == loaded.deck.meetings
    assert "audio/heftruck.wav" in again.media


def test_a_new_version_replaces_the_meetings(services, tmp_path: Path):
    loaded = load_deck(write_deck_with_meeting(tmp_path / "deck"), services.library)
    services.decks.import_deck(loaded)
    renamed = replace(loaded.deck.meetings[0], id="dagstart", title="Dagstart")
    newer = replace(loaded.deck, version=2, meetings=(renamed,))
    services.decks.import_deck(replace(loaded, deck=newer))
    assert [m.id for m in services.decks.load(newer.id).deck.meetings] == ["dagstart"]
    assert [s.id for s in services.meetings.list_meetings()] == ["dagstart"]


def test_a_meeting_id_of_another_deck_refuses_the_whole_import(
    services, tmp_path: Path, dump_database
):
    first = load_deck(write_deck_with_meeting(tmp_path / "deck"), services.library)
    services.decks.import_deck(first)
    manifest = deckbuilder.valid_manifest()
    manifest["deck"]["id"] = "ander-pakket"
    folder = tmp_path / "other"
    deckbuilder.write_deck(folder, manifest)
    (folder / "meetings").mkdir()
    (folder / "meetings" / "werkoverleg.toml").write_text(VALID_MEETING, encoding="utf-8")
    other = load_deck(folder, services.library)
    before = dump_database(services.engine)

    with pytest.raises(DeckProblems) as refused:
        services.decks.import_deck(other)

    [problem] = refused.value.problems
    assert "werkoverleg" in problem.message and "magazijn-test" in problem.message
    assert dump_database(services.engine) == before


def test_a_failing_meeting_insert_leaves_the_old_deck(services, tmp_path: Path, dump_database):
    loaded = load_deck(write_deck_with_meeting(tmp_path / "deck"), services.library)
    services.decks.import_deck(loaded)
    before = dump_database(services.engine)
    twice = loaded.deck.meetings * 2  # the same id twice: the database refuses
    broken = replace(loaded.deck, version=2, meetings=twice)
    with pytest.raises(Exception):  # noqa: B017 - any database error; nothing may change
        services.decks.import_deck(replace(loaded, deck=broken))
    assert dump_database(services.engine) == before
