"""The hand-graded summaries (graded_summaries.toml) and the checker's agreement with them.

Shared by the agreement tests and bench/bench_summary_coverage.py, so both measure alike.
"""

import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from vaktaal.core.deckformat import load_deck
from vaktaal.core.meetings.coverage import LEVEL_SCORES, SummaryCheck, check_summary
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths

GRADED = Path(__file__).with_name("graded_summaries.toml")
LEVELS = ("covered", "partly", "missed")


@dataclass(frozen=True)
class GradedSummary:
    id: str
    meeting: str  # "deck/meeting"
    style: str
    language: str  # "nl", "mixed" or "other"
    text: str
    grades: dict[str, str]  # item id -> level, as the teacher graded it
    holdout: bool = False  # written after the checker was tuned on the others


@dataclass
class Agreement:
    items: int = 0
    items_agreeing: int = 0
    two_apart: int = 0  # covered where the teacher said missed, or the other way round
    summaries: int = 0
    summaries_agreeing: int = 0  # every item of the summary agrees
    score_gap: float = 0.0  # summed |teacher score - checker score| per summary
    languages_agreeing: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (teacher, checker)
    disagreements: list[str] = field(default_factory=list)

    @property
    def item_share(self) -> float:
        return self.items_agreeing / self.items if self.items else 0.0

    @property
    def summary_share(self) -> float:
        return self.summaries_agreeing / self.summaries if self.summaries else 0.0

    @property
    def mean_score_gap(self) -> float:
        return self.score_gap / self.summaries if self.summaries else 0.0

    @property
    def language_share(self) -> float:
        return self.languages_agreeing / self.summaries if self.summaries else 0.0


def graded_summaries(path: Path = GRADED) -> list[GradedSummary]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        GradedSummary(
            s["id"],
            s["meeting"],
            s["style"],
            s["language"],
            s["text"],
            s["grades"],
            s.get("holdout", False),
        )  # fmt: skip
        for s in data["summary"]
    ]


def bundled_meetings(library: PictogramLibrary) -> dict[str, Meeting]:
    """Every bundled meeting by "deck/meeting"."""
    decks = Paths.create("/nonexistent-vaktaal-test").bundled_decks_dir
    found: dict[str, Meeting] = {}
    for deck_dir in sorted(p.parent.parent for p in decks.glob("*/meetings/*.toml")):
        for meeting in load_deck(deck_dir, library).deck.meetings:
            found[f"{deck_dir.name}/{meeting.id}"] = meeting
    return found


def levels(check: SummaryCheck) -> dict[str, str]:
    return {item.id: item.level for item in (*check.points, *check.actions)}


def score(grades: dict[str, str]) -> float:
    return sum(LEVEL_SCORES[level] for level in grades.values()) / len(grades)


def language_of(check: SummaryCheck) -> str:
    return str(getattr(check, "language", "nl"))


def measure(summaries: list[GradedSummary], meetings: dict[str, Meeting]) -> Agreement:
    result = Agreement()
    for summary in summaries:
        check = check_summary(meetings[summary.meeting], summary.text)
        found = levels(check)
        assert set(found) == set(summary.grades), f"{summary.id}: grade every item"
        same = True
        for item_id, teacher in summary.grades.items():
            checker = found[item_id]
            result.items += 1
            result.confusion[(teacher, checker)] += 1
            if teacher == checker:
                result.items_agreeing += 1
                continue
            same = False
            result.two_apart += {teacher, checker} == {"covered", "missed"}
            result.disagreements.append(f"{summary.id} {item_id}: teacher {teacher}, {checker}")
        result.summaries += 1
        result.summaries_agreeing += same
        result.score_gap += abs(score(summary.grades) - score(found))
        result.languages_agreeing += language_of(check) == summary.language
    return result
