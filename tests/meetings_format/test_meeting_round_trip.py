"""The deck writer writes meetings back; the loader reads the very same meetings again."""

from dataclasses import replace
from pathlib import Path

from meetingbuilder import write_deck_with_meeting

from vaktaal.core.deckformat import load_deck, write_deck_archive, write_deck_folder
from vaktaal.core.meetings.codec import meeting_from_document, meeting_to_document


def test_round_trip_through_a_folder_and_an_archive(tmp_path: Path, library):
    loaded = load_deck(write_deck_with_meeting(tmp_path / "deck"), library)
    write_deck_folder(loaded.deck, loaded.media, tmp_path / "copy")
    write_deck_archive(loaded.deck, loaded.media, tmp_path / "copy.vaktaal")

    for target in (tmp_path / "copy", tmp_path / "copy.vaktaal"):
        again = load_deck(target, library)
        assert again.deck.meetings == loaded.deck.meetings
        assert again.deck.terms == loaded.deck.terms
    assert (tmp_path / "copy" / "meetings" / "werkoverleg.toml").is_file()


def test_writing_a_folder_keeps_other_meetings_unless_asked(tmp_path: Path, library):
    loaded = load_deck(write_deck_with_meeting(tmp_path / "deck"), library)
    folder = tmp_path / "deck"
    write_deck_folder(replace(loaded.deck, meetings=()), loaded.media, folder)
    assert [m.id for m in load_deck(folder, library).deck.meetings] == ["werkoverleg"]

    renamed = replace(loaded.deck.meetings[0], id="dagstart")
    changed = replace(loaded.deck, meetings=(renamed,))
    write_deck_folder(changed, loaded.media, folder, prune_meetings=True)
    assert sorted(p.name for p in (folder / "meetings").iterdir()) == ["dagstart.toml"]
    assert [m.id for m in load_deck(folder, library).deck.meetings] == ["dagstart"]


def test_the_document_form_keeps_every_field(tmp_path: Path, library):
    meeting = load_deck(write_deck_with_meeting(tmp_path / "deck"), library).deck.meetings[0]
    document = meeting_to_document(meeting)
    assert "id" not in document["meeting"]
    assert meeting_from_document(meeting.id, document) == meeting
