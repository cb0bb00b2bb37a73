"""Which main points and action items of a meeting a learner's summary covers.

Each point or action item has keyword groups (the author's synonyms, see model.Keywords).
A group is found when one of its words or phrases is in the summary, in any form (plural,
diminutive, verb form; see summary_text and wordforms), anywhere: word order is free.
- "covered": at least three quarters of the groups are found (all, when there are < 4);
- "partly": some are found; "missed": none.
Action items get two groups of their own, unless the author's keywords already name them:
the owner (the speaker's name, first name or role) and the deadline (its words, e.g.
"vrijdag"); these two only count next to at least one of the action's own groups: a
name alone covers nothing. A point or action item without keywords is matched on the content words
of its own text.
"""

from dataclasses import dataclass
from typing import Any

from vaktaal.core.meetings.model import ActionItem, Keywords, Meeting
from vaktaal.core.meetings.summary_text import SummaryText
from vaktaal.core.meetings.wordforms import plain, words

COVERED_SHARE = 0.75
LEVEL_SCORES = {"covered": 1.0, "partly": 0.5, "missed": 0.0}
_DEADLINE_WORD = 5  # deadline words this long or longer count alone ("vrijdag", "morgen")
_SMALL_WORDS = """aan alle als bij dan dat die dit door een eerst elke en er gaan gaat heeft
    hebben het
    hij hun iets ik in is je jij kan kunnen maar met moet moeten na naar niet nog nu of om
    ook op over te tot uit van veel voor waar wat we wel wie wij worden wordt zal ze zij zijn
    zich zo zullen"""
_STOP_WORDS = frozenset(_SMALL_WORDS.split())


@dataclass(frozen=True)
class Coverage:
    id: str
    text: str
    level: str  # "covered" | "partly" | "missed"
    matched: tuple[str, ...]  # the keyword groups found (each by its first word)
    missing: tuple[str, ...]  # the keyword groups not found


@dataclass(frozen=True)
class SummaryCheck:
    points: tuple[Coverage, ...]
    actions: tuple[Coverage, ...]

    @property
    def score(self) -> float:
        """0..1: covered counts 1, partly 0.5, missed 0, averaged over points and actions."""
        items = self.points + self.actions
        return sum(LEVEL_SCORES[item.level] for item in items) / len(items) if items else 0.0


def check_summary(meeting: Meeting, text: str) -> SummaryCheck:
    summary = SummaryText(text)
    points = tuple(
        _coverage(point.id, point.text, point.keywords or content_words(point.text), (), summary)
        for point in meeting.main_points
    )
    actions = tuple(
        _coverage(action.id, action.what, *_action_groups(meeting, action), summary)
        for action in meeting.action_items
    )
    return SummaryCheck(points, actions)


def action_keywords(meeting: Meeting, action: ActionItem) -> Keywords:
    """The author's keyword groups (or the content words), plus owner and deadline groups."""
    own, extra = _action_groups(meeting, action)
    return own + extra


def _action_groups(meeting: Meeting, action: ActionItem) -> tuple[Keywords, Keywords]:
    own = action.keywords or content_words(action.what)
    named = {plain(word) for group in own for word in group}
    extra = [_owner_group(meeting, action), _deadline_group(action.when)]
    return own, tuple(group for group in extra if group and not named & _plain(group))


def content_words(text: str) -> Keywords:
    """A text's own words as keyword groups, without small words: "De dozen opruimen"."""
    found = [word for word in words(text) if len(word) > 3 and word not in _STOP_WORDS]
    return tuple((word,) for word in dict.fromkeys(found))


def summary_check_to_json(check: SummaryCheck) -> dict[str, Any]:
    return {
        "score": round(check.score, 2),
        "points": [_coverage_to_json(item) for item in check.points],
        "actions": [_coverage_to_json(item) for item in check.actions],
    }


def _coverage(
    item_id: str, text: str, own: Keywords, extra: Keywords, summary: SummaryText
) -> Coverage:
    """`extra` (owner, deadline) count only next to at least one of the `own` groups."""
    own, extra = _non_empty(own), _non_empty(extra)
    found = {group: any(summary.has(word) for word in group) for group in own + extra}
    matched = tuple(group[0] for group in own + extra if found[group])
    missing = tuple(group[0] for group in own + extra if not found[group])
    if not any(found[group] for group in own):
        return Coverage(item_id, text, "missed", matched, missing)
    share = len(matched) / len(found)
    return Coverage(
        item_id, text, "covered" if share >= COVERED_SHARE else "partly", matched, missing
    )


def _non_empty(groups: Keywords) -> Keywords:
    return tuple(group for group in groups if group)


def _owner_group(meeting: Meeting, action: ActionItem) -> tuple[str, ...]:
    speaker = meeting.speaker(action.who)
    if speaker is None:
        return (action.who,)
    names = (speaker.name, speaker.name.split()[0] if speaker.name.split() else "", speaker.role)
    return tuple(name for name in dict.fromkeys(names) if name.strip())


def _deadline_group(when: str | None) -> tuple[str, ...]:
    """The whole deadline as a phrase, and each long word of it alone ("vrijdag")."""
    if not when or not words(when):
        return ()
    long_words = [word for word in words(when) if len(word) >= _DEADLINE_WORD]
    return tuple(dict.fromkeys([when.strip(), *long_words]))


def _plain(group: tuple[str, ...]) -> set[str]:
    return {plain(word) for word in group}


def _coverage_to_json(item: Coverage) -> dict[str, Any]:
    return {
        "id": item.id,
        "text": item.text,
        "level": item.level,
        "matched": list(item.matched),
        "missing": list(item.missing),
    }
