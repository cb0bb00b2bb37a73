"""Learners, deck progress and overviews for the home and profile screen tests."""

from datetime import date, timedelta

from vaktaal.storage.learner_store import Learner
from vaktaal.storage.practice_store import DeckProgress
from vaktaal.usecases.practice import HomeOverview, ProgressOverview

SCREEN = (1366, 768)
TODAY = date(2025, 3, 30)


def learner(learner_id: int, name: str, has_pin: bool = False, avatar: str = "") -> Learner:
    return Learner(learner_id, name, ("ar",), avatar or "openmoji:1F642", has_pin, ())


AMAL = learner(1, "Amal", has_pin=True)
YONAS = learner(2, "Yonas", avatar="openmoji:1F981")
MEHMET = learner(3, "Mehmet", avatar="openmoji:1F6B2")
SHIRIN = learner(4, "Shirin", avatar="openmoji:1F337")
LEARNERS = [AMAL, YONAS, MEHMET, SHIRIN]
MANY_LEARNERS = LEARNERS + [
    learner(5, "Abdulrahman Al-Khatib", avatar="openmoji:1F431"),
    learner(6, "Semhar", has_pin=True, avatar="openmoji:1F98B"),
    learner(7, "Zahra", avatar="openmoji:26BD"),
]

MAGAZIJN = DeckProgress("magazijn", "Magazijn", "asset:magazijn.svg", 45, 5, 8, 20)
SERVICEDESK = DeckProgress("servicedesk", "Servicedesk", "asset:servicedesk.svg", 60, 0, 12, 30)
CONTRACT = DeckProgress("contract", "Werk en contract", "asset:contract.svg", 25, 0, 0, 25)


def home(
    decks: list[DeckProgress] | None = None, goal: int = 20, done: int = 12, streak: int = 3
) -> HomeOverview:
    return HomeOverview(
        decks=[MAGAZIJN, SERVICEDESK, CONTRACT] if decks is None else decks,
        daily_goal=goal,
        done_today=done,
        streak=streak,
    )


def answers_per_day(counts: list[int]) -> list[tuple[date, int]]:
    """The counts as the last len(counts) days up to TODAY, oldest first."""
    first = TODAY - timedelta(days=len(counts) - 1)
    return [(first + timedelta(days=i), count) for i, count in enumerate(counts)]


# 30 days, no two alike, with a few days off: easy to check bar by bar.
COUNTS = [0 if day % 7 == 3 else day * 2 + 1 for day in range(30)]


def progress(counts: list[int] | None = None) -> ProgressOverview:
    return ProgressOverview(
        [MAGAZIJN, SERVICEDESK, CONTRACT], answers_per_day(COUNTS if counts is None else counts)
    )
