"""MeetingStore: list, get (playable audio), results, and unknown words made due now."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from meetingbuilder import MEETING_ID, write_deck_with_meeting
from sqlalchemy import select

from vaktaal.core.clock import FakeClock
from vaktaal.core.deckformat import load_deck
from vaktaal.storage.tables import CardRow

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def installed(make_services, clock, tmp_path: Path):
    services = make_services("data", clock=clock)
    loaded = load_deck(write_deck_with_meeting(tmp_path / "deck"), services.library)
    services.decks.import_deck(loaded)
    return services


def test_list_meetings(installed):
    [summary] = installed.meetings.list_meetings()
    assert (summary.id, summary.deck_id, summary.lines, summary.main_points) == (
        MEETING_ID, "magazijn-test", 2, 1,
    )  # fmt: skip
    assert summary.title == "Werkoverleg in het magazijn"


def test_get_gives_the_meeting_with_playable_audio(installed):
    found = installed.meetings.get(MEETING_ID)
    assert found.deck_id == "magazijn-test"
    audio = found.meeting.lines[1].audio
    assert audio.startswith("stored:")
    assert installed.library.file_for(audio).is_file()
    assert found.meeting.lines[0].audio is None
    assert installed.meetings.get("bestaat-niet") is None


def test_results_are_recorded_and_counted_in_progress(installed, clock):
    learner = installed.learners.add("Amal", ["ar"], "openmoji:1F642", None, None)
    installed.meetings.record_result(learner.id, MEETING_ID, "main_points", 0.5, {"chosen": [1]})
    clock.advance(60)
    installed.meetings.record_result(learner.id, MEETING_ID, "summary", 1.0, {})
    results = installed.meetings.results(learner.id)
    assert [(r.exercise, r.score) for r in results] == [("main_points", 0.5), ("summary", 1.0)]
    assert results[0].details == {"chosen": [1]} and results[0].recorded_at == NOW
    [progress] = _progress(installed, learner.id)
    assert progress.meetings_practised == 1


def _progress(services, learner_id):
    from vaktaal.storage.practice_store import PracticeStore

    return PracticeStore(services.engine, services.reviews).deck_progress(learner_id, NOW)


@pytest.mark.parametrize(("exercise", "score"), [("raden", 0.5), ("summary", 1.5)])
def test_bad_results_are_refused(installed, exercise, score):
    with pytest.raises(ValueError):
        installed.meetings.record_result(1, MEETING_ID, exercise, score, {})


def test_unknown_words_become_due_now(installed, clock, term_keys):
    learner = installed.learners.add("Amal", ["ar"], "openmoji:1F642", None, ["magazijn-test"])
    keys = term_keys(installed.engine, "magazijn-test")
    later = NOW + timedelta(days=20)
    installed.reviews.introduce(learner.id, keys["helm"], later)  # a card due in 20 days

    added = installed.meetings.add_unknown_words(
        learner.id, "magazijn-test", ["helm", "heftruck", "onbekend"]
    )

    assert added == 2
    with installed.engine.connect() as connection:
        rows = connection.execute(
            select(CardRow.term_pk, CardRow.due).where(CardRow.learner_id == learner.id)
        ).all()
    assert {pk: due for pk, due in rows} == {keys["helm"]: NOW, keys["heftruck"]: NOW}
    assert _due_terms(installed, learner.id) == {"helm", "heftruck"}


def test_unknown_words_add_the_deck_to_the_learner(make_services, tmp_path: Path, clock):
    services = make_services("data", clock=clock)
    services.decks.import_deck(
        load_deck(write_deck_with_meeting(tmp_path / "deck"), services.library)
    )
    other = services.learners.add("Bas", ["en"], "openmoji:1F642", None, [])
    assert services.learners.all()[0].decks == ()

    assert services.meetings.add_unknown_words(other.id, "magazijn-test", ["helm"]) == 1

    assert services.learners.all()[0].decks == ("magazijn-test",)
    assert _due_terms(services, other.id) == {"helm"}
    assert services.meetings.add_unknown_words(other.id, "bestaat-niet", ["helm"]) == 0


def _due_terms(services, learner_id):
    from vaktaal.storage.practice_store import PracticeStore

    store = PracticeStore(services.engine, services.reviews)
    return {item.term.id for item in store.due_items(learner_id, NOW, 10)}
