"""Every bundled deck brings a meeting (nine or more in all) that loads, fits the guide, and
uses real terms."""

import pytest

from vaktaal import app
from vaktaal.core.deckformat import load_deck
from vaktaal.paths import Paths

pytestmark = pytest.mark.both_databases

DECKS = Paths.create("/nonexistent-vaktaal-test").bundled_decks_dir
MEETINGS = sorted(DECKS.glob("*/meetings/*.toml"))


def test_every_bundled_deck_brings_a_meeting_and_nine_in_all():
    assert len(MEETINGS) >= 9
    decks = {path.parent for path in DECKS.glob("*/deck.toml")}
    assert {path.parent.parent for path in MEETINGS} == decks


@pytest.mark.parametrize("path", MEETINGS, ids=lambda p: p.stem)
def test_bundled_meeting_is_valid_and_complete(path, library):
    deck = load_deck(path.parent.parent, library).deck
    meeting = next(m for m in deck.meetings if m.id == path.stem)
    term_ids = {term.id for term in deck.terms}
    assert meeting.terms and set(meeting.terms) <= term_ids
    assert 12 <= len(meeting.lines) <= 25
    assert 2 <= len(meeting.speakers) <= 4 and all(s.role for s in meeting.speakers)
    assert 2 <= len(meeting.main_points) <= 4
    assert all(len(p.keywords) >= 2 for p in meeting.main_points)
    assert 2 <= len(meeting.action_items) <= 4
    assert all(a.when and a.keywords for a in meeting.action_items)
    assert 3 <= len(meeting.distractors) <= 5
    assert {line.speaker for line in meeting.lines} == {s.id for s in meeting.speakers}


def test_short_sentences_as_spoken_on_the_floor():
    for path in MEETINGS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("text = "):
                assert len(line.split()) <= 25, (path.name, line)


def test_installing_the_bundled_decks_installs_their_meetings(make_services):
    services = make_services("data")
    app.install_bundled_decks(services)
    installed = {m.id for m in services.meetings.list_meetings()}
    assert installed == {path.stem for path in MEETINGS}
