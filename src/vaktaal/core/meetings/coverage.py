"""Which main points and action items of a meeting a learner's summary covers.

Each item is a list of keyword groups (see coverage_items: content, person, day, time and
an action's optional deadline). A content group is found when one of its words or phrases
is in the summary, in any form (plural, verb form, a part of a compound, one letter off for
long words; see summary_text), anywhere: word order is free, and so is telegram style. A
part of a compound does not count when that compound is another item's keyword
("handschoenen" holds "schoenen", but it is the gloves of another action).
The other groups are judged next to the item's content, in the same clause first, then in
the same sentence: a person by name, first name, role or, for the learner, "ik"/"mij"; a day
or a time in any common form (see moments). Another person, day or time there, and not the
right one, is *wrong*: the item is at most "partly" and the check says what was written.
- "covered": at least COVERED_SHARE of the groups found, nothing wrong;
- "partly": some content found; "missed": no content found (a name, day or time alone
  covers nothing), or only content that another item shares while the action's owner is
  not named next to it.
A summary that is not Dutch (summary_language) covers nothing yet: the learner is asked to
write Dutch.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from vaktaal.core.meetings.coverage_items import (
    CONTENT,
    DAY,
    DEADLINE,
    PERSON,
    TIME,
    Group,
    ItemSpec,
    action_keywords,
    content_words,
    item_specs,
)
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.meetings.moments import Moment, meeting_weekday
from vaktaal.core.meetings.people import (
    LEARNER_OBJECT,
    LEARNER_SUBJECT,
    Mention,
    display_name,
    mentions,
)
from vaktaal.core.meetings.summary_language import DUTCH, OTHER, summary_language
from vaktaal.core.meetings.summary_text import SummaryText
from vaktaal.core.meetings.wordforms import words

__all__ = [
    "COVERED_SHARE", "LEVEL_SCORES", "Coverage", "Mismatch", "SummaryCheck", "action_keywords",
    "check_summary", "content_words", "summary_check_to_json",
]  # fmt: skip

COVERED_SHARE = 2 / 3
LEVEL_SCORES = {"covered": 1.0, "partly": 0.5, "missed": 0.0}
FOUND, MISSING, WRONG = "found", "missing", "wrong"


@dataclass(frozen=True)
class Mismatch:
    kind: str  # "person", "day" or "time"
    expected: str  # as the meeting says it: "Youssef", "vandaag om 10:00"
    written: str  # as the summary says it: "Linda", "11 uur"


@dataclass(frozen=True)
class Coverage:
    id: str
    text: str
    level: str  # "covered" | "partly" | "missed"
    matched: tuple[str, ...]  # the keyword groups found (each by its first word)
    missing: tuple[str, ...]  # the keyword groups not found
    wrong: tuple[Mismatch, ...] = ()  # a person, day or time that is not the right one


@dataclass(frozen=True)
class SummaryCheck:
    points: tuple[Coverage, ...]
    actions: tuple[Coverage, ...]
    language: str = DUTCH  # "nl", "mixed" (Dutch with English) or "other"

    @property
    def score(self) -> float:
        """0..1: covered counts 1, partly 0.5, missed 0, averaged over points and actions."""
        items = self.points + self.actions
        return sum(LEVEL_SCORES[item.level] for item in items) / len(items) if items else 0.0


def check_summary(meeting: Meeting, text: str) -> SummaryCheck:
    points, actions = item_specs(meeting)
    names = [part for speaker in meeting.speakers for part in speaker.name.split()]
    language = summary_language(text, _meeting_words(meeting), names)
    if language == OTHER:
        return SummaryCheck(_not_read(points), _not_read(actions), language)
    context = _Context(meeting, SummaryText(text))
    exact = {spec.id: context.exact_positions(spec) for spec in points + actions}

    def judged(specs: tuple[ItemSpec, ...]) -> tuple[Coverage, ...]:
        return tuple(context.coverage(spec, _claimed(exact, spec.id)) for spec in specs)

    return SummaryCheck(judged(points), judged(actions), language)


def summary_check_to_json(check: SummaryCheck) -> dict[str, Any]:
    return {
        "score": round(check.score, 2),
        "language": check.language,
        "points": [_coverage_to_json(item) for item in check.points],
        "actions": [_coverage_to_json(item) for item in check.actions],
    }


class _Located(Protocol):
    """A mention of a person, or a day or time, in the summary."""

    @property
    def position(self) -> int: ...

    @property
    def written(self) -> str: ...


class _Context:
    """The summary with the people, days and times it names."""

    def __init__(self, meeting: Meeting, summary: SummaryText) -> None:
        self.meeting = meeting
        self.summary = summary
        self.learner = meeting.learner
        self.mentions = mentions(summary, meeting)
        self.days = summary.days(meeting_weekday(words(meeting.situation)))

    def exact_positions(self, spec: ItemSpec) -> frozenset[int]:
        return frozenset().union(
            *(self.summary.find(w).exact for g in spec.groups if g.kind == CONTENT for w in g.words)
        )

    def coverage(self, spec: ItemSpec, claimed: frozenset[int]) -> Coverage:
        content = {g: self._content(g, claimed) for g in spec.groups if g.kind == CONTENT}
        if not any(content.values()):
            return _missed(spec)
        near = self._anchor(content)
        verdicts: dict[Group, tuple[str, Mismatch | None]] = {
            g: (FOUND if content[g] else MISSING, None)
            if g.kind == CONTENT
            else self._judge(g, spec, near)
            for g in spec.groups
        }
        if spec.action and _only_shared(spec, content, verdicts):
            return _missed(spec)
        return _level(spec, verdicts, self.owner_needed(spec))

    def _anchor(self, content: dict[Group, frozenset[int]]) -> frozenset[int]:
        """The content found in the clauses that hold the most of the item's content groups
        (a word the item shares with another may stand far from the item itself)."""
        clause_of = self.summary.clause_of
        counts: dict[int, int] = {}
        for positions in content.values():
            for clause in {clause_of[p] for p in positions}:
                counts[clause] = counts.get(clause, 0) + 1
        best = {clause for clause, count in counts.items() if count == max(counts.values())}
        return frozenset(p for ps in content.values() for p in ps if clause_of[p] in best)

    def owner_needed(self, spec: ItemSpec) -> bool:
        """An action is covered only with its owner, unless it is the learner's own task or
        one for the learner (then what happens matters more than who does it)."""
        own = any(self.learner in g.speakers for g in spec.groups if g.kind == PERSON)
        return spec.action and not own and not spec.for_learner

    def _content(self, group: Group, claimed: frozenset[int]) -> frozenset[int]:
        found = [self.summary.find(word, fuzzy=True) for word in group.words]
        return frozenset().union(*(f.exact | (f.parts - claimed) for f in found))

    def _judge(
        self, group: Group, spec: ItemSpec, near: frozenset[int]
    ) -> tuple[str, Mismatch | None]:
        if group.kind == PERSON:
            return self._person(group, spec, near)
        if group.kind in (DAY, TIME):
            return self._moment(group, near, group.kind)
        return self._deadline(group, near)

    def _person(
        self, group: Group, spec: ItemSpec, near: frozenset[int]
    ) -> tuple[str, Mismatch | None]:
        def right(m: Mention) -> bool:
            return bool(m.speakers & group.speakers)

        def other(m: Mention) -> bool:
            learner_acts = spec.action and not spec.for_learner  # else "ik" may be the receiver
            return (
                not m.weak and not right(m) and (learner_acts or m.written not in LEARNER_SUBJECT)
            )

        return self._near(group, self.mentions, near, right, other, "person")

    def _moment(self, group: Group, near: frozenset[int], kind: str) -> tuple[str, Mismatch | None]:
        moments = self.days if kind == DAY else self.summary.times
        wanted = group.days if kind == DAY else group.minutes

        def right(m: Moment) -> bool:
            return bool((m.days if kind == DAY else m.minutes) & wanted)

        return self._near(group, moments, near, right, lambda m: not right(m), kind)

    def _deadline(self, group: Group, near: frozenset[int]) -> tuple[str, Mismatch | None]:
        verdicts = [
            self._moment(group, near, kind)
            for kind, has in ((DAY, group.days), (TIME, group.minutes))
            if has
        ]
        wrong = next((v for v in verdicts if v[0] == WRONG), None)
        if wrong is not None:
            return wrong
        sentences = self._sentences(near)
        said = any(
            self.summary.sentence_of[p] in sentences
            for w in group.words
            for p in self.summary.find(w).exact
        )
        return (FOUND, None) if said or any(v[0] == FOUND for v in verdicts) else (MISSING, None)

    def _near(
        self,
        group: Group,
        found: Sequence[_Located],
        near: frozenset[int],
        right: Callable[[Any], bool],
        other: Callable[[Any], bool],
        kind: str,
    ) -> tuple[str, Mismatch | None]:
        """FOUND in the clauses of `near`, else WRONG when another is there, else FOUND in
        its sentences, else MISSING."""
        clauses = {self.summary.clause_of[p] for p in near}
        sentences = self._sentences(near)
        in_clauses = [m for m in found if self.summary.clause_of[m.position] in clauses]
        if any(right(m) for m in in_clauses):
            return FOUND, None
        wrong = next((m for m in in_clauses if other(m)), None)
        if wrong is not None:
            return WRONG, Mismatch(
                kind,
                self._name(group.speakers, group.label),
                self._name(getattr(wrong, "speakers", frozenset()), wrong.written),
            )
        in_sentences = (m for m in found if self.summary.sentence_of[m.position] in sentences)
        return (FOUND if any(right(m) for m in in_sentences) else MISSING), None

    def _name(self, speakers: frozenset[str], otherwise: str) -> str:
        """A speaker's name as the meeting writes it, when the words mean one speaker."""
        if len(speakers) != 1 or otherwise in LEARNER_SUBJECT + LEARNER_OBJECT:
            return otherwise
        return display_name(self.meeting, next(iter(speakers)))

    def _sentences(self, near: frozenset[int]) -> set[int]:
        return {self.summary.sentence_of[p] for p in near}


def _level(
    spec: ItemSpec, verdicts: dict[Group, tuple[str, Mismatch | None]], owner_needed: bool
) -> Coverage:
    counted = [g for g in spec.groups if g.kind != DEADLINE or verdicts[g][0] != MISSING]
    found = [g for g in counted if verdicts[g][0] == FOUND]
    wrong = tuple(m for g in spec.groups if (m := verdicts[g][1]) is not None)
    share = len(found) / len(counted)
    owner_missing = owner_needed and any(
        verdicts[g][0] != FOUND for g in spec.groups if g.kind == PERSON
    )
    level = "covered" if share >= COVERED_SHARE and not wrong and not owner_missing else "partly"
    matched = tuple(g.label for g in spec.groups if verdicts[g][0] == FOUND)
    missing = tuple(g.label for g in spec.groups if verdicts[g][0] == MISSING)
    return Coverage(spec.id, spec.text, level, matched, missing, wrong)


def _only_shared(
    spec: ItemSpec,
    content: dict[Group, frozenset[int]],
    verdicts: dict[Group, tuple[str, Mismatch | None]],
) -> bool:
    """Only content that other items share, and the owner not named next to it."""
    found = [g for g, positions in content.items() if positions]
    owner = [g for g in spec.groups if g.kind == PERSON]
    return all(g.shared for g in found) and not any(verdicts[g][0] == FOUND for g in owner)


def _missed(spec: ItemSpec) -> Coverage:
    return Coverage(spec.id, spec.text, "missed", (), tuple(g.label for g in spec.groups))


def _not_read(specs: tuple[ItemSpec, ...]) -> tuple[Coverage, ...]:
    return tuple(_missed(spec) for spec in specs)


def _claimed(exact: dict[str, frozenset[int]], item_id: str) -> frozenset[int]:
    """Words that are another item's keyword: no compound part of them counts here."""
    return frozenset().union(*(positions for other, positions in exact.items() if other != item_id))


def _meeting_words(meeting: Meeting) -> list[str]:
    texts = [meeting.title, meeting.situation, *(line.text for line in meeting.lines)]
    texts += [p.text for p in meeting.main_points] + [a.what for a in meeting.action_items]
    keywords = [p.keywords for p in meeting.main_points] + [
        a.keywords for a in meeting.action_items
    ]
    texts += [word for groups in keywords for group in groups for word in group]
    return [word for text in texts for word in words(text)]


def _coverage_to_json(item: Coverage) -> dict[str, Any]:
    return {
        "id": item.id,
        "text": item.text,
        "level": item.level,
        "matched": list(item.matched),
        "missing": list(item.missing),
        "wrong": [vars(m) for m in item.wrong],
    }
