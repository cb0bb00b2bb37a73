"""The meetings use case on a real database: the installed meeting or a plain message, and
an exercise result recorded with the words tapped as unknown made due in practice."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from meetingbuilder import MEETING_ID, write_deck_with_meeting

from vaktaal.core.clock import FakeClock
from vaktaal.core.deckformat import load_deck
from vaktaal.usecases.meetings import ExerciseResult, MeetingNotFound

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def backend(make_services, tmp_path: Path):
    opened = make_services("data", clock=FakeClock(NOW))
    opened.decks.import_deck(load_deck(write_deck_with_meeting(tmp_path / "deck"), opened.library))
    return opened


def test_installed_meeting_or_a_plain_message(backend):
    meetings = backend.services.meetings
    assert meetings.installed(f" {MEETING_ID} ").deck_id == "magazijn-test"
    with pytest.raises(MeetingNotFound, match="Er is geen vergadering 'weg'."):
        meetings.installed("weg")


def test_tapped_unknown_words_are_recorded_and_join_the_practice(backend):
    meetings = backend.services.meetings
    learner = backend.learners.add("Amal", ["ar"], "openmoji:1F642", None, [])
    tapped = ExerciseResult(
        learner.id, "magazijn-test", MEETING_ID, "unknown_words", 0.5, {"unknown": ["helm"]}
    )
    assert meetings.record_exercise(tapped) == 1
    assert backend.learners.all()[0].decks == ("magazijn-test",)
    points = ExerciseResult(
        learner.id, "magazijn-test", MEETING_ID, "main_points", 1.0, {"unknown": ["heftruck"]}
    )
    assert meetings.record_exercise(points) == 0  # only the unknown-words exercise adds words
    results = meetings.results(learner.id)
    assert [(r.exercise, r.score) for r in results] == [
        ("unknown_words", 0.5),
        ("main_points", 1.0),
    ]
    assert results[0].details == {"unknown": ["helm"]}


def test_a_bad_result_is_refused_and_adds_no_words(backend):
    meetings = backend.services.meetings
    learner = backend.learners.add("Bas", ["en"], "openmoji:1F642", None, [])
    wrong = ExerciseResult(
        learner.id, "magazijn-test", MEETING_ID, "unknown_words", 1.5, {"unknown": ["helm"]}
    )
    with pytest.raises(ValueError, match="between 0 and 1"):
        meetings.record_exercise(wrong)
    assert meetings.results(learner.id) == [] and backend.learners.all()[0].decks == ()
