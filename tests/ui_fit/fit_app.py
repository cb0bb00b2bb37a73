"""What the small-screen tests share: the screen, the demo day, and the demo data."""

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from vaktaal.core.practice.exercises import PracticeItem
from vaktaal.usecases.learners import Learner

SMALL = (1024, 600)
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
DECK = "magazijn-installatie"
DAY = 86_400


@dataclass(frozen=True)
class Demo:
    folder: Path
    learner: Learner
    pool: list[PracticeItem]  # the practice items of DECK and of 'eerste-werkweken'
