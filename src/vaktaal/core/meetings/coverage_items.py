"""What a summary must hold to cover each main point and action item: keyword groups, each
of one kind, built once per meeting.

- "content": what is said or done (the author's keywords, or the content words of the text);
- "person": a group of names or roles (an action's owner is one: name, first name, role);
- "day": weekdays or "vandaag"/"morgen"; "time": a clock time ("acht uur", "8:00");
- "deadline": an action's `when`: its days, its clock time and its long words. It is
  optional: left out it costs nothing; wrong, it does.
A content group is *shared* when another item has one of its words too ("link" is in the
phishing point and in the action to escalate a clicked link).
"""

from dataclasses import dataclass, replace

from vaktaal.core.meetings.model import ActionItem, Keywords, Meeting
from vaktaal.core.meetings.moments import day_key, meeting_weekday, parse_time, time_moments
from vaktaal.core.meetings.people import display_name, speakers_of
from vaktaal.core.meetings.wordforms import keys, plain, words

CONTENT, PERSON, DAY, TIME, DEADLINE = "content", "person", "day", "time", "deadline"
_DEADLINE_WORD = 5  # deadline words this long or longer count alone ("vrijdag", "morgen")
_SMALL_WORDS = """aan alle als bij dan dat die dit door een eerst elke en er gaan gaat heeft
    hebben het hij hun iets ik in is je jij kan kunnen maar met moet moeten na naar niet nog
    nu of om ook op over te tot uit van veel voor waar wat we wel wie wij worden wordt zal
    ze zij zijn zich zo zullen"""
_STOP_WORDS = frozenset(_SMALL_WORDS.split())


@dataclass(frozen=True)
class Group:
    words: tuple[str, ...]  # the first one names the group in feedback
    kind: str = CONTENT
    speakers: frozenset[str] = frozenset()
    days: frozenset[str] = frozenset()
    minutes: frozenset[int] = frozenset()
    shared: bool = False

    @property
    def label(self) -> str:
        return self.words[0]


@dataclass(frozen=True)
class ItemSpec:
    id: str
    text: str
    groups: tuple[Group, ...]
    action: bool
    for_learner: bool = False  # the action's text names the learner: "ik" may receive it


def item_specs(meeting: Meeting) -> tuple[tuple[ItemSpec, ...], tuple[ItemSpec, ...]]:
    """The main points and the action items of the meeting, as groups to look for."""
    weekday = meeting_weekday(words(meeting.situation))
    points = [
        ItemSpec(
            p.id, p.text, _groups(meeting, p.keywords or content_words(p.text), weekday), False
        )
        for p in meeting.main_points
    ]
    actions = [_action_spec(meeting, action, weekday) for action in meeting.action_items]
    marked = _mark_shared(points + actions)
    return tuple(marked[: len(points)]), tuple(marked[len(points) :])


def action_keywords(meeting: Meeting, action: ActionItem) -> Keywords:
    """The author's keyword groups (or the content words), plus owner and deadline groups."""
    own, extra = _action_groups(meeting, action)
    return own + extra


def content_words(text: str) -> Keywords:
    """A text's own words as keyword groups, without small words: "De dozen opruimen"."""
    found = [word for word in words(text) if len(word) > 3 and word not in _STOP_WORDS]
    return tuple((word,) for word in dict.fromkeys(found))


def _action_spec(meeting: Meeting, action: ActionItem, weekday: int | None) -> ItemSpec:
    own, extra = _action_groups(meeting, action)
    groups = list(_groups(meeting, own, weekday))
    owner = _owner_group(meeting, action)
    if owner and owner in extra:
        groups.append(Group(owner, PERSON, speakers=frozenset((action.who,))))
    deadline = _deadline_group(action.when)
    if deadline and deadline in extra:
        groups.append(_deadline(deadline, weekday))
    learner = meeting.speaker(meeting.learner) if meeting.learner else None
    for_learner = learner is not None and bool(set(words(learner.name)) & set(words(action.what)))
    return ItemSpec(action.id, action.what, tuple(groups), True, for_learner)


def _action_groups(meeting: Meeting, action: ActionItem) -> tuple[Keywords, Keywords]:
    own = _non_empty(action.keywords or content_words(action.what))
    named = {plain(word) for group in own for word in group}
    extra = [_owner_group(meeting, action), _deadline_group(action.when)]
    return own, tuple(group for group in extra if group and not named & _plain(group))


def _groups(meeting: Meeting, keywords: Keywords, weekday: int | None) -> tuple[Group, ...]:
    return tuple(_group(meeting, group, weekday) for group in _non_empty(keywords))


def _group(meeting: Meeting, group: tuple[str, ...], weekday: int | None) -> Group:
    speakers = speakers_of(meeting, group)
    if speakers is not None:
        return Group(group, PERSON, speakers=speakers)
    days = [day_key(" ".join(words(word)), weekday) for word in group]
    if all(day is not None for day in days):
        return Group(group, DAY, days=frozenset(day for day in days if day is not None))
    minutes = [parse_time(words(word)) for word in group]
    if any(found is not None for found in minutes):
        return Group(group, TIME, minutes=frozenset().union(*(m for m in minutes if m)))
    return Group(group)


def _deadline(group: tuple[str, ...], weekday: int | None) -> Group:
    plain_words = words(group[0])
    days = {day_key(word, weekday) for word in plain_words}
    minutes = frozenset().union(*(m.minutes for m in time_moments(plain_words)))
    return Group(group, DEADLINE, days=frozenset(d for d in days if d), minutes=minutes)


def _owner_group(meeting: Meeting, action: ActionItem) -> tuple[str, ...]:
    speaker = meeting.speaker(action.who)
    if speaker is None:
        return (action.who,)
    names = (display_name(meeting, action.who), speaker.name.split()[0], speaker.role)
    return tuple(name for name in dict.fromkeys(names) if name.strip())


def _deadline_group(when: str | None) -> tuple[str, ...]:
    """The whole deadline as a phrase, and each long word of it alone ("vrijdag")."""
    if not when or not words(when):
        return ()
    long_words = [word for word in words(when) if len(word) >= _DEADLINE_WORD]
    return tuple(dict.fromkeys([when.strip(), *long_words]))


def _mark_shared(specs: list[ItemSpec]) -> list[ItemSpec]:
    """Mark content groups that have a word of another item's content groups."""
    key_sets = [_content_keys(spec) for spec in specs]
    marked = []
    for index, spec in enumerate(specs):
        others = set().union(*(k for i, k in enumerate(key_sets) if i != index))
        groups = tuple(
            replace(g, shared=bool(_group_keys(g) & others)) if g.kind == CONTENT else g
            for g in spec.groups
        )
        marked.append(replace(spec, groups=groups))
    return marked


def _content_keys(spec: ItemSpec) -> set[str]:
    return set().union(*(_group_keys(g) for g in spec.groups if g.kind == CONTENT))


def _group_keys(group: Group) -> set[str]:
    return {key for word in group.words for w in words(word) for key in keys(w)}


def _non_empty(groups: Keywords) -> Keywords:
    return tuple(group for group in groups if group)


def _plain(group: tuple[str, ...]) -> set[str]:
    return {plain(word) for word in group}
