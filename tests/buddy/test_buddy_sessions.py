"""The buddy-session use case on a real database: the plan, answers marked with the session
and counted for FSRS like any other, the notes, the history."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.plan import SessionOptions
from vaktaal.core.practice.rating import AGAIN, GOOD
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage.tables import CardRow, ReviewLogRow
from vaktaal.usecases.errors import UseCaseError

pytestmark = pytest.mark.both_databases

START = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
DECK = "magazijn-installatie"


@pytest.fixture
def world(tmp_path):
    clock = FakeClock(START)
    backend = open_backend(tmp_path / "data", clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    learners = backend.services.learners
    amal = learners.add("Amal", ["ar"], decks=[DECK])
    twin = learners.add("Twin", ["ar"], decks=[DECK])
    buddy = learners.add_staff("Bram", "buddy", "1357")
    yield backend, clock, amal, twin, buddy
    backend.close()


def answer_all(session, clock, record, wrong=frozenset()) -> None:
    while not session.finished:
        exercise = session.show()
        clock.advance(4)
        bad = exercise.item.term.term in wrong
        if exercise.kind.is_objective:
            outcome = session.answer(Verdict.WRONG if bad else Verdict.RIGHT)
        else:
            outcome = session.rate(AGAIN if bad else GOOD)
        record(outcome)


def test_a_new_learner_gets_new_words_to_fill_the_plan(world) -> None:
    backend, _clock, amal, _twin, _buddy = world
    session = backend.services.buddy.plan(amal.id, 15)
    assert len(session.exercises) == 30
    assert all(exercise.item.is_new for exercise in session.exercises)


def test_answers_are_marked_and_count_for_fsrs_like_any_other(world) -> None:
    backend, clock, amal, twin, buddy = world
    buddies = backend.services.buddy
    session_id = buddies.start(amal.id, buddy, 20)
    session = buddies.plan(amal.id, 20)
    same = [e for e in session.exercises]  # the twin answers the same words alone
    answer_all(session, clock, lambda o: buddies.record(amal.id, session_id, o))
    clock.advance(-4 * len(same))
    for exercise in same:
        clock.advance(4)
        alone = type(session)([exercise], clock)
        alone.show()
        objective = exercise.kind.is_objective
        outcome = alone.answer(Verdict.RIGHT) if objective else alone.rate(GOOD)
        backend.services.practice.record(twin.id, outcome)
    with backend.engine.connect() as db:
        marks = (
            db.execute(
                select(ReviewLogRow.buddy_session_id)
                .join(CardRow, CardRow.id == ReviewLogRow.card_id)
                .where(CardRow.learner_id == amal.id)
            )
            .scalars()
            .all()
        )
        cards = {
            learner: sorted(
                db.execute(
                    select(CardRow.term_pk, CardRow.stability, CardRow.due).where(
                        CardRow.learner_id == learner
                    )
                ).all()
            )
            for learner in (amal.id, twin.id)
        }
    assert len(marks) == 40 and set(marks) == {session_id}
    assert cards[amal.id] == cards[twin.id]  # the same scheduling as answers given alone
    assert buddies.history(amal.id)[0].answers == 40


def test_due_must_know_then_the_weakest_seen_words_come_first(world) -> None:
    backend, clock, amal, _twin, _buddy = world
    practice = backend.services.practice
    everything = practice.start_session(amal.id, options=SessionOptions(size=45, new_terms=45))
    plain = [e.item.term.term for e in everything.exercises if not e.item.term.safety_critical]
    wrong = set(plain[5:8])
    answer_all(everything, clock, lambda o: practice.record(amal.id, o), wrong)
    clock.advance(3600)
    plan = backend.services.buddy.plan(amal.id, 15)
    words = [e.item for e in plan.exercises]
    critical = [item for item in words if item.term.safety_critical]
    assert not any(item.is_new for item in words)  # 45 seen words: no new ones needed
    assert len({item.term_pk for item in words}) == 30
    assert all(item.term.safety_critical for item in words[: len(critical)])
    assert {item.term.term for item in words[len(critical) : len(critical) + 3]} == wrong


def test_notes_history_and_the_last_note(world) -> None:
    backend, clock, amal, _twin, buddy = world
    buddies = backend.services.buddy
    assert buddies.last_note(amal.id) is None
    first = buddies.start(amal.id, buddy, 15)
    clock.advance(900)
    buddies.finish(first, "Goed geluisterd.", "Nog oefenen: de ladder", " Begin met de ladder. ")
    clock.advance(3600)
    second = buddies.start(amal.id, buddy, 30)
    clock.advance(60)
    buddies.finish(second, "", "", "")  # no note: the last note stays the first one
    note = buddies.last_note(amal.id)
    assert note is not None and (note.id, note.next_note) == (first, "Begin met de ladder.")
    assert [(s.id, s.minutes, s.buddy_name) for s in buddies.history(amal.id)] == [
        (second, 30, "Bram"),
        (first, 15, "Bram"),
    ]


def test_only_staff_start_and_only_the_three_lengths(world) -> None:
    backend, _clock, amal, twin, buddy = world
    with pytest.raises(UseCaseError):
        backend.services.buddy.start(amal.id, twin, 15)
    with pytest.raises(UseCaseError):
        backend.services.buddy.start(amal.id, buddy, 25)
    with pytest.raises(UseCaseError):
        backend.services.buddy.plan(amal.id, 45)


def test_the_suggestion_names_the_words_right_at_once_and_those_to_repeat(world) -> None:
    backend, clock, amal, _twin, _buddy = world
    buddies = backend.services.buddy
    session = buddies.plan(amal.id, 15)
    words = [e.item.term for e in session.exercises]
    wrong = {words[1].term}
    answer_all(session, clock, lambda o: None, wrong)
    suggestion = buddies.suggest(session.summary(), session.outcomes)
    assert suggestion.went_well.startswith("29 van 30 woorden meteen goed: ")
    assert words[0].display in suggestion.went_well and suggestion.went_well.endswith(", …")
    assert suggestion.to_practise == f"Nog oefenen: {words[1].display}"
    assert suggestion.next_note == f"Begin met: {words[1].display}"
    nothing = buddies.suggest(type(session)([], clock).summary())
    assert (nothing.to_practise, nothing.next_note) == ("", "")
