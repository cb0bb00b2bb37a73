"""Believable demo data for the dashboard: learners who practise weeks long through the real
practice use case (some daily, some now and then), speaking with overrules, buddy sessions
with notes. Used by the widget tests and scripts/screenshot_dashboard.py."""

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vaktaal.app import Backend, install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.plan import SessionOptions
from vaktaal.core.practice.rating import AGAIN, GOOD, HARD
from vaktaal.core.practice.session import PracticeSession
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.usecases.practice import PracticeService

START = datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
DECKS = ["magazijn-installatie", "eerste-werkweken"]
COACH_PIN = "4826"


@dataclass(frozen=True)
class Person:
    name: str
    languages: list[str]
    diligence: float  # chance to practise on a work day
    skill: float  # chance of a right answer
    buddy: bool  # practises with a buddy each week


PEOPLE = [
    Person("Amal Haddad", ["ar"], 0.9, 0.85, True),
    Person("Bereket Tesfay", ["ti"], 0.7, 0.7, True),
    Person("Yusuf Demir", ["tr"], 0.5, 0.8, False),
    Person("Fatima Rahimi", ["fa"], 0.95, 0.9, True),
    Person("Samir Nouri", ["ar"], 0.3, 0.6, False),
    Person("Hiwet Gebre", ["ti"], 0.8, 0.75, False),
]
NOTES = [
    ("Veiligheidswoorden gingen goed.", "heftruck, stelling", "Begin met tillen."),
    ("Spreken ging beter.", "de/het", "Oefen nooduitgang hardop."),
    ("Snel en rustig.", "brandblusser", "Kijk naar de pictogrammen."),
]


def make_demo(folder: Path, days: int = 39, people: list[Person] | None = None) -> datetime:
    """Fill a data folder; returns the demo's 'now' (open the app with that clock)."""
    clock = FakeClock(START)
    backend = open_backend(folder, clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    backend.learners.add_staff("Sanne", "coach", COACH_PIN)
    piet = backend.learners.add_staff("Piet", "buddy", "1357")
    rng = random.Random(7)
    learners = [
        (backend.learners.add(p.name, p.languages, decks=DECKS), p) for p in people or PEOPLE
    ]
    for day in range(days):
        morning = START + timedelta(days=day)
        for index, (learner, person) in enumerate(learners):
            later = morning + timedelta(minutes=37 * index) - clock.now()
            clock.advance(max(later.total_seconds(), 0))
            buddy_day = person.buddy and morning.weekday() == 2  # with Piet every Wednesday
            if morning.weekday() < 5 and (rng.random() < person.diligence or buddy_day):
                buddy = _buddy_day(backend, learner.id, person, morning, piet.id, clock)
                _practise(backend, learner.id, person, clock, rng, buddy)
                if buddy is not None:
                    went, practise, note = NOTES[day % len(NOTES)]
                    backend.buddies.finish(buddy, clock.now(), went, practise, note)
    end = START + timedelta(days=days - 1, hours=9)  # the last day, after practice
    backend.close()
    return end


def _buddy_day(
    backend: Backend, learner_id: int, person: Person, morning: datetime, buddy_id: int, clock
) -> int | None:
    if not person.buddy or morning.weekday() != 2:
        return None
    return backend.buddies.start(learner_id, buddy_id, "Piet", 20, clock.now())


def _practise(
    backend: Backend, learner_id: int, person: Person, clock, rng: random.Random, buddy
) -> None:
    size = rng.randint(8, 20)
    options = SessionOptions(size, rng.randint(2, 6), listening=True, speaking=True)
    practice = PracticeService(backend.practice_store, backend.settings, clock, rng=rng)
    session = practice.start_session(learner_id, options=options)
    while not session.finished:
        _answer(backend, learner_id, session, person, clock, rng, buddy)


def _answer(backend, learner_id, session: PracticeSession, person, clock, rng, buddy) -> None:
    exercise = session.show()
    if exercise is None:
        return
    clock.advance(rng.uniform(3, 12))
    right = rng.random() < person.skill
    if not exercise.kind.is_objective:
        outcome = session.rate(GOOD if right else rng.choice((AGAIN, HARD)))
    elif exercise.kind.value == "speak":
        verdict = Verdict.RIGHT if right else Verdict.WRONG
        machine = Verdict.WRONG if right and rng.random() < 0.2 else None
        outcome = session.answer(verdict, heard=exercise.item.term.display, overruled_from=machine)
    else:
        outcome = session.answer(Verdict.RIGHT if right else Verdict.WRONG)
    backend.practice.record(learner_id, outcome, buddy)
