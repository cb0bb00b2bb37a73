"""A real data folder for the CLI and dialog tests: bundled decks, two learners who answered
on a few days in November 2026, a coach and a buddy session with a note."""

from datetime import UTC, datetime
from pathlib import Path

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.rating import AGAIN, GOOD
from vaktaal.core.practice.session import PracticeSession
from vaktaal.speech.tts import FakeSpeaker

START = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
DECK = "magazijn-installatie"
AMAL = "أمل حداد"
YONAS = "Yonas"
QUIET = "Stil"  # never practised
NOTE = "Begin met de pakbon."
WORDS = ("nooduitgang", "helm", "pakbon")


def make_data(folder: Path) -> Path:
    clock = FakeClock(START)
    backend = open_backend(folder, clock=clock, speaker=FakeSpeaker())
    try:
        install_bundled_decks(backend)
        amal = backend.learners.add(AMAL, ["ar"], decks=[DECK])
        yonas = backend.learners.add(YONAS, ["ti"], decks=[DECK])
        backend.learners.add(QUIET, ["tr"], decks=[DECK])
        coach = backend.learners.add_staff("Sanne", "coach", "4826")
        session = backend.buddies.start(amal.id, coach.id, coach.name, 15, clock.now())
        backend.buddies.finish(session, clock.now(), "Helm goed gezegd.", "de pakbon", NOTE)
        pool = {item.term.id: item for item in backend.practice_store.pools([DECK])[DECK]}
        for _day in range(3):
            for number, term_id in enumerate(WORDS):
                _answer(backend, clock, pool[term_id], amal.id, right=number != 1)
            _answer(backend, clock, pool[WORDS[0]], yonas.id, right=True)
            clock.advance(86_400)
    finally:
        backend.close()
    return folder


def _answer(backend, clock, found, learner_id: int, right: bool) -> None:  # type: ignore[no-untyped-def]
    item = PracticeItem(found.term_pk, found.deck_id, found.term)
    session = PracticeSession([Exercise(ExerciseKind.RECALL, item)], clock)
    session.show()
    clock.advance(5)
    backend.practice.record(learner_id, session.rate(GOOD if right else AGAIN))
