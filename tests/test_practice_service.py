"""The learner's use cases on a real database: home numbers, sessions, recording, progress."""

from datetime import UTC, datetime

import pytest

from deckbuilder import bundled_term_count
from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.core.practice.plan import SessionOptions
from vaktaal.core.practice.rating import AGAIN, GOOD
from vaktaal.speech.tts import FakeSpeaker

WORDS = bundled_term_count("magazijn-installatie")

pytestmark = pytest.mark.both_databases

START = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
DAY = 86_400


@pytest.fixture
def world(tmp_path):
    clock = FakeClock(START)
    services = open_backend(tmp_path / "data", clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(services)
    learner = services.learners.add("Amal", ["ar"], decks=["magazijn-installatie"])
    yield services, clock, learner
    services.close()


def practise(services, clock, learner, session, wrong: set[int] = frozenset()) -> None:
    while not session.finished:
        exercise = session.show()
        clock.advance(5)
        bad = exercise.item.term_pk in wrong
        if exercise.kind.is_objective:
            outcome = session.answer(Verdict.WRONG if bad else Verdict.RIGHT)
        else:
            outcome = session.rate(AGAIN if bad else GOOD)
        services.practice.record(learner.id, outcome)


def test_a_new_learner_sees_only_new_words(world) -> None:
    services, _clock, learner = world
    home = services.practice.home(learner.id)
    assert [d.deck_id for d in home.decks] == ["magazijn-installatie"]
    deck = home.decks[0]
    assert (deck.total, deck.due, deck.new, deck.learned) == (WORDS, 0, WORDS, 0)
    assert (home.done_today, home.streak, home.daily_goal) == (0, 0, 20)


def test_first_session_introduces_new_words_and_stores_every_answer(world) -> None:
    services, clock, learner = world
    session = services.practice.start_session(learner.id, options=SessionOptions(new_terms=6))
    assert {e.kind for e in session.exercises} == {ExerciseKind.RECALL}
    first = session.exercises[0].item.term_pk

    practise(services, clock, learner, session, wrong={first})

    home = services.practice.home(learner.id)
    assert home.decks[0].new == WORDS - 6
    assert home.done_today == len(session.outcomes) == 7  # the wrong word came back once
    card = services.reviews.card_for_term(learner.id, first)
    assert card is not None and services.reviews.review_count(card) == 2
    assert home.streak == 1


def test_later_sessions_mix_exercise_kinds_and_count_days(world) -> None:
    services, clock, learner = world
    services.practice._rng.seed(7)  # the plan draws kinds at random: the same draw each run
    practise(services, clock, learner, services.practice.start_session(learner.id))
    clock.advance(3 * DAY)
    session = services.practice.start_session(learner.id)
    kinds = {e.kind for e in session.exercises if not e.item.is_new}
    assert len(kinds) >= 3
    practise(services, clock, learner, session)

    progress = services.practice.progress(learner.id, days=30)
    assert len(progress.per_day) == 30
    counts = [n for _day, n in progress.per_day]
    assert counts[-1] == len(session.outcomes)
    assert sum(counts) == services.practice.home(learner.id).done_today + counts[-4]
    assert services.practice.home(learner.id).streak == 1  # a gap of two days broke it


def test_words_from_a_meeting_are_shown_as_new_words_before_any_exercise(world) -> None:
    services, clock, learner = world
    practise(services, clock, learner, services.practice.start_session(learner.id))
    clock.advance(3 * DAY)
    never_seen = [item.term.id for item in services.practice_store.new_items(learner.id, WORDS)]
    unknown = never_seen[-3:]  # "kende ik niet" in a meeting: due now, never shown
    assert services.meetings.add_unknown_words(learner.id, "magazijn-installatie", unknown) == 3

    session = services.practice.start_session(learner.id)
    from_meeting = [e for e in session.exercises if e.item.term.id in unknown]
    assert [e.item.term.id for e in from_meeting] == unknown
    assert all(e.kind is ExerciseKind.RECALL and e.item.is_new for e in from_meeting)
    new_words = [e.item.term.id for e in session.exercises if e.item.is_new]
    assert new_words[:3] == unknown and len(new_words) == 8  # before the deck's next words
    practise(services, clock, learner, session)
    for exercise in from_meeting:  # the meeting's card was answered, no second card made
        card = services.reviews.card_for_term(learner.id, exercise.item.term_pk)
        assert card == exercise.item.card_id and services.reviews.review_count(card) == 1

    clock.advance(30 * DAY)
    later = services.practice.start_session(learner.id, options=SessionOptions(size=60))
    shown = [e for e in later.exercises if e.item.term.id in unknown]
    assert len(shown) == 3 and not any(e.item.is_new for e in shown)  # now they are tested


def test_practising_one_deck_only_uses_that_deck(world) -> None:
    services, _clock, learner = world
    session = services.practice.start_session(learner.id, deck_id="magazijn-installatie")
    assert {e.item.deck_id for e in session.exercises} == {"magazijn-installatie"}
    other = services.practice.start_session(learner.id, deck_id="it-servicedesk")
    assert other.exercises == []  # not one of this learner's decks


def test_preferences_and_app_settings_are_stored(world) -> None:
    services, _clock, learner = world
    assert services.settings.preferences(learner.id).text_size == "normal"
    services.settings.update_preferences(learner.id, text_size="xlarge", daily_goal=30)
    assert services.settings.preferences(learner.id).text_size == "xlarge"
    assert services.practice.home(learner.id).daily_goal == 30
    with pytest.raises(ValueError):
        services.settings.update_preferences(learner.id, text_size="huge")
    assert services.settings.preferences(learner.id).autoplay is True  # words play by themselves
    services.services.settings.set_autoplay(learner.id, False)
    assert services.settings.preferences(learner.id).autoplay is False
    assert services.settings.preferences(learner.id).text_size == "xlarge"  # the rest stays
    with pytest.raises(ValueError):
        services.settings.update_preferences(learner.id, autoplay="loud")
    settings = services.settings.app_settings()
    assert settings.idle_minutes == 5
    services.settings.save_app_settings(type(settings)(idle_minutes=2))
    assert services.settings.app_settings().idle_minutes == 2


def test_a_decks_own_pictures_reach_the_screen_as_stored_media(tmp_path, deck_dir) -> None:
    import deckbuilder
    from vaktaal.core.deckformat import load_deck

    services = open_backend(tmp_path / "own", speaker=FakeSpeaker())
    services.decks.import_deck(load_deck(deck_dir, services.library))
    learner = services.learners.add("Ali", ["ar"])

    items = {i.term.id: i for i in services.practice_store.new_items(learner.id, 10)}
    heftruck = items["heftruck"].term
    assert heftruck.pictogram.startswith("stored:")
    assert services.library.file_for(heftruck.pictogram).read_bytes() == deckbuilder.tiny_png()
    assert heftruck.audio.startswith("stored:")
    assert items["tillen"].term.pictogram.startswith("asset:")  # library refs stay as they are
    deck = services.practice.home(learner.id).decks[0]
    assert services.library.file_for(deck.pictogram) is not None
    services.close()


def test_speaking_answers_store_what_was_heard_and_buddy_overrules(world) -> None:
    from sqlalchemy import select

    from vaktaal.core.practice.exercises import Exercise
    from vaktaal.core.practice.rating import HARD
    from vaktaal.core.practice.session import PracticeSession
    from vaktaal.storage.tables import ReviewLogRow, SpeechAttemptRow

    services, clock, learner = world
    items = services.practice_store.new_items(learner.id, 2)
    session = PracticeSession([Exercise(ExerciseKind.SPEAK, item) for item in items], clock)
    session.show()
    clock.advance(3)
    machine = session.answer(Verdict.ALMOST, heard="heftrok")
    session.show()
    buddy = session.answer(Verdict.RIGHT, heard="", overruled_from=Verdict.WRONG)
    for outcome in (machine, buddy):
        services.practice.record(learner.id, outcome)

    assert machine.rating == HARD and buddy.rating == GOOD
    query = select(
        SpeechAttemptRow.heard, SpeechAttemptRow.machine_verdict,
        SpeechAttemptRow.final_verdict, SpeechAttemptRow.overruled, ReviewLogRow.exercise_kind,
    ).join(ReviewLogRow, ReviewLogRow.id == SpeechAttemptRow.review_log_id)  # fmt: skip
    with services.engine.connect() as connection:
        rows = sorted(connection.execute(query).all())
    assert rows == [
        ("", "wrong", "right", True, "speak"),
        ("heftrok", "almost", "almost", False, "speak"),
    ]


def test_speaking_exercises_are_planned_only_when_speech_works(world) -> None:
    services, clock, learner = world
    practise(services, clock, learner, services.practice.start_session(learner.id))
    clock.advance(3 * DAY)

    def planned(options: SessionOptions) -> set[ExerciseKind]:
        """Kinds in ten planned sessions (the kind of each exercise is chosen at random)."""
        sessions = [services.practice.start_session(learner.id, options=options) for _ in range(10)]
        return {e.kind for session in sessions for e in session.exercises}

    assert ExerciseKind.SPEAK not in planned(SessionOptions(size=40))
    assert ExerciseKind.SPEAK in planned(SessionOptions(size=40, speaking=True))
