"""The exercises after listening to a meeting, built from the Meeting and scored; no Qt.

1. main points: the meeting's main points among its distractors (choose all that apply);
2. action items: for each item, who does it and by when;
3. unknown words: the deck terms the meeting uses, as chips the learner taps;
4. summary: scored from vaktaal.core.meetings.coverage.check_summary's result.
"""

import random
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from vaktaal.core.i18n import _
from vaktaal.core.meetings.model import ActionItem, Meeting, Speaker
from vaktaal.core.model import Term

MAX_WHEN_OPTIONS = 4
PLAUSIBLE_DEADLINES = ("vandaag", "morgen", "vrijdag", "volgende week")
_WORD = re.compile(r"[\w'-]+", re.UNICODE)


def no_deadline() -> str:
    """How an action item without a deadline is shown among the deadlines."""
    return _("geen datum")


# 1. Main points ------------------------------------------------------------------------


@dataclass(frozen=True)
class PointOption:
    text: str
    correct: bool  # a main point of the meeting (else a distractor)


@dataclass(frozen=True)
class MainPointsExercise:
    options: tuple[PointOption, ...]

    @property
    def correct_indexes(self) -> frozenset[int]:
        return frozenset(i for i, option in enumerate(self.options) if option.correct)


def build_main_points(meeting: Meeting, seed: int = 0) -> MainPointsExercise:
    """The main points mixed with the distractors, shuffled the same way for the same seed."""
    options = [PointOption(point.text, True) for point in meeting.main_points]
    options += [PointOption(text, False) for text in meeting.distractors]
    random.Random(f"{meeting.id}:{seed}").shuffle(options)
    return MainPointsExercise(tuple(options))


def score_main_points(exercise: MainPointsExercise, chosen: Collection[int]) -> float:
    """Right choices minus wrong choices, over the number of main points (0..1)."""
    correct = exercise.correct_indexes
    if not correct:
        return 1.0 if not chosen else 0.0
    hits = len(correct.intersection(chosen))
    wrong = len(set(chosen) - correct)
    return max(0.0, (hits - wrong) / len(correct))


# 2. Action items -----------------------------------------------------------------------


@dataclass(frozen=True)
class ActionQuestion:
    item_id: str
    what: str
    who_options: tuple[Speaker, ...]
    right_who: str  # a Speaker id
    when_options: tuple[str, ...]
    right_when: str  # one of when_options

    def is_right(self, who: str, when: str) -> tuple[bool, bool]:
        return who == self.right_who, when == self.right_when


def build_action_items(meeting: Meeting, seed: int = 0) -> tuple[ActionQuestion, ...]:
    """One question per action item: all speakers for who; the item's deadline among others."""
    deadlines = _unique(_deadline(item) for item in meeting.action_items)
    return tuple(
        _question(meeting, item, deadlines, random.Random(f"{meeting.id}:{item.id}:{seed}"))
        for item in meeting.action_items
    )


def _question(
    meeting: Meeting, item: ActionItem, deadlines: Sequence[str], rng: random.Random
) -> ActionQuestion:
    right = _deadline(item)
    meeting_ones = [d for d in deadlines if d != right]
    rng.shuffle(meeting_ones)  # the meeting's own deadlines first, then plausible ones
    others = [d for d in _unique([*meeting_ones, *PLAUSIBLE_DEADLINES]) if d != right]
    whens = [right, *others[: MAX_WHEN_OPTIONS - 1]]
    rng.shuffle(whens)
    return ActionQuestion(item.id, item.what, meeting.speakers, item.who, tuple(whens), right)


def _deadline(item: ActionItem) -> str:
    return item.when.strip() if item.when and item.when.strip() else no_deadline()


def _unique(texts: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for text in texts:
        seen.setdefault(text.casefold(), text)
    return list(seen.values())


def score_action_items(
    questions: Sequence[ActionQuestion], answers: Sequence[tuple[str, str]]
) -> float:
    """One point for the right person and one for the right deadline, per item (0..1)."""
    if not questions:
        return 1.0
    points = sum(sum(q.is_right(*a)) for q, a in zip(questions, answers, strict=False))
    return points / (2 * len(questions))


# 3. Unknown words ----------------------------------------------------------------------


@dataclass(frozen=True)
class WordChip:
    term_id: str
    text: str  # the term as the learner sees it (with its article)


def unknown_word_chips(meeting: Meeting, terms: Sequence[Term]) -> tuple[WordChip, ...]:
    """The meeting's own terms first, then the other deck terms said in its lines."""
    by_id = {term.id: term for term in terms}
    chosen = [by_id[i] for i in dict.fromkeys(meeting.terms) if i in by_id]
    taken = {term.id for term in chosen}
    forms = {term.id: [tuple(_words(f)) for f in (term.term, term.plural) if f] for term in terms}
    longest = max((len(form) for fs in forms.values() for form in fs), default=0)
    spoken = _phrases(_words(" ".join(line.text for line in meeting.lines)), longest)
    chosen += [t for t in terms if t.id not in taken and any(f in spoken for f in forms[t.id])]
    return tuple(WordChip(term.id, term.display) for term in chosen)


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def _phrases(words: Sequence[str], longest: int) -> set[tuple[str, ...]]:
    """Every run of 1 to `longest` words, so a term of several words is found as a whole."""
    return {
        tuple(words[i : i + size])
        for size in range(1, longest + 1)
        for i in range(len(words) - size + 1)
    }


def score_unknown_words(chips: Sequence[WordChip], unknown: Collection[str]) -> float:
    """The part of the words the learner knew (0..1)."""
    if not chips:
        return 1.0
    return 1.0 - len({c.term_id for c in chips} & set(unknown)) / len(chips)


# 4. Summary ----------------------------------------------------------------------------

LEVEL_POINTS = {"covered": 1.0, "partly": 0.5, "missed": 0.0}


class CoverageLike(Protocol):
    @property
    def level(self) -> str: ...


class SummaryCheckLike(Protocol):
    @property
    def points(self) -> Sequence[CoverageLike]: ...

    @property
    def actions(self) -> Sequence[CoverageLike]: ...


def score_summary(check: SummaryCheckLike) -> float:
    """Covered counts whole, partly half, missed nothing; over main points and actions."""
    levels = [c.level for c in (*check.points, *check.actions)]
    if not levels:
        return 1.0
    return sum(LEVEL_POINTS.get(level, 0.0) for level in levels) / len(levels)
