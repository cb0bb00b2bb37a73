"""Read and check meetings/<id>.toml: every problem located (file, line, field) in plain Dutch.

Layout (see docs/deck-format.md, "Vergaderingen"): a [meeting] table (title, situation,
recording, learner, terms, distractors) and the arrays [[speakers]], [[lines]], [[main_points]] and
[[action_items]]. The meeting id is the file name.
"""

import re
from collections.abc import Callable, Collection, Sequence
from typing import Any, Protocol, TypeVar

from vaktaal.core.deckformat.fields import ID_PATTERN, FieldReader
from vaktaal.core.deckformat.parse import read_toml
from vaktaal.core.i18n import _
from vaktaal.core.meetings.model import ActionItem, Keywords, Line, MainPoint, Meeting, Speaker
from vaktaal.core.problems import Problem


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Item = TypeVar("Item")


def parse_meeting(
    raw: bytes, meeting_id: str, file: str, term_ids: Collection[str] | None
) -> tuple[Meeting | None, list[Problem]]:
    """The meeting, or None with every problem; `term_ids` are the terms of its deck
    (None: the deck is not known here, so its terms are not checked)."""
    problems: list[Problem] = []
    if not ID_PATTERN.match(meeting_id):
        message = _("De bestandsnaam '{name}' kan niet: gebruik a-z, 0-9 en '-' (bv. dagstart).")
        problems.append(Problem(file, message.format(name=meeting_id)))
    data = read_toml(raw, file, problems)
    if data is None:
        return None, problems
    lines = _HeaderLines(raw)
    header = _Table(data, "meeting", file, problems, lines.of("meeting"))
    speakers = _each(data, "speakers", file, problems, lines, _speaker)
    known = {s.id for s in speakers if s.id}
    spoken = _each(data, "lines", file, problems, lines, lambda r: _line(r, known))
    points = _each(data, "main_points", file, problems, lines, _main_point)
    actions = _each(data, "action_items", file, problems, lines, lambda r: _action(r, known))
    _check_unique(speakers, "speakers", file, problems, lines.all("speakers"))
    _check_unique(points, "main_points", file, problems, lines.all("main_points"))
    _check_unique(actions, "action_items", file, problems, lines.all("action_items"))
    _check_times(data.get("lines"), file, problems, lines.all("lines"))
    meeting_fields = _meeting_fields(header.reader, term_ids)
    meeting_fields["learner"] = _learner(header.reader, known)
    if not data.get("main_points"):
        message = _("De vergadering heeft geen hoofdpunten. Voeg [[main_points]] toe.")
        problems.append(Problem(file, message, field="main_points"))
    if problems:
        return None, problems
    meeting = Meeting(
        id=meeting_id, speakers=tuple(speakers), lines=tuple(spoken),
        main_points=tuple(points), action_items=tuple(actions), **meeting_fields,
    )  # fmt: skip
    return meeting, problems


class _HeaderLines:
    """Line numbers of the [meeting] header and of each [[speakers]], [[lines]], ... header."""

    def __init__(self, raw: bytes) -> None:
        self._found: dict[str, list[int]] = {}
        text = raw.decode("utf-8", errors="replace")
        pattern = re.compile(r"^[ \t]*\[\[?[ \t]*([a-z_]+)[ \t]*\]", re.MULTILINE)
        for number, line in enumerate(text.split("\n"), start=1):  # as TOML counts lines
            match = pattern.match(line)
            if match:
                self._found.setdefault(match.group(1), []).append(number)

    def all(self, name: str) -> list[int]:
        return self._found.get(name, [])

    def of(self, name: str, index: int = 0) -> int | None:
        found = self.all(name)
        return found[index] if index < len(found) else None


class _Table:
    def __init__(
        self, data: dict[str, Any], key: str, file: str, problems: list[Problem], line: int | None
    ) -> None:
        value = data.get(key)
        if not isinstance(value, dict):
            message = _("De tabel [{key}] ontbreekt (met title en situation).")
            problems.append(Problem(file, message.format(key=key), line, field=key))
            value = {}
        self.reader = FieldReader(value, problems, file, line)


def _each(
    data: dict[str, Any],
    key: str,
    file: str,
    problems: list[Problem],
    lines: _HeaderLines,
    build: Callable[[FieldReader], Item | None],
) -> list[Item]:
    """Build an item from each table of the array `key`; a bad table gives problems and an
    item with blanks, kept so that the checks after this one still see it (its id, ...)."""
    tables = data.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        message = _("Schrijf elk onderdeel als [[{key}]] met velden eronder.")
        problems.append(Problem(file, message.format(key=key), field=key))
        return []
    if not tables and key in ("speakers", "lines"):
        message = _("De vergadering heeft geen [[{key}]]. Voeg er minstens een toe.")
        problems.append(Problem(file, message.format(key=key), field=key))
    items: list[Item] = []
    for index, table in enumerate(tables):
        item = build(FieldReader(table, problems, file, lines.of(key, index)))
        if item is not None:
            items.append(item)
    return items


def _speaker(r: FieldReader) -> Speaker | None:
    speaker_id, name, role = r.identifier("id"), r.text("name"), r.text("role")
    voice = r.text("voice", required=False)
    return Speaker(id=speaker_id or "", name=name or "", role=role or "", voice=voice)


def _line(r: FieldReader, speakers: set[str]) -> Line | None:
    speaker = r.text("speaker")
    if speaker is not None and speaker not in speakers:
        message = _("Spreker '{id}' staat niet bij [[speakers]]. Voeg die spreker toe.")
        r.report("speaker", message.format(id=speaker))
    return Line(
        speaker=speaker or "", text=r.text("text") or "", audio=r.text("audio", required=False),
        start=_seconds(r, "start"), end=_seconds(r, "end"),
    )  # fmt: skip


def _seconds(r: FieldReader, key: str) -> float | None:
    value = r.table.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        r.report(key, _("Dit veld moet een aantal seconden zijn, 0 of meer (bv. 12.5)."))
        return None
    return float(value)


def _main_point(r: FieldReader) -> MainPoint | None:
    point_id, text = r.identifier("id"), r.text("text")
    return MainPoint(id=point_id or "", text=text or "", keywords=_keywords(r, required=True))


def _action(r: FieldReader, speakers: set[str]) -> ActionItem | None:
    item_id = r.identifier("id")
    who = r.table.get("who")
    if who is None or (isinstance(who, str) and not who.strip()):
        r.report("who", _("Wie doet dit? Vul bij 'who' de id van een spreker in."))
    elif isinstance(who, str) and who.strip() not in speakers:
        message = _("Spreker '{id}' staat niet bij [[speakers]]. Kies een spreker die er is.")
        r.report("who", message.format(id=who.strip()))
    what, when = r.text("what"), r.text("when", required=False)
    who_id = r.text("who", required=False) or ""
    return ActionItem(item_id or "", who_id, what or "", when, _keywords(r, required=False))


def _keywords(r: FieldReader, required: bool) -> Keywords:
    value = r.table.get("keywords")
    if value is None or value == []:
        if required:
            r.report("keywords", _('Geef trefwoorden, zoals keywords = [["pallet", "pallets"]].'))
        return ()
    groups: list[tuple[str, ...]] = []
    for group in value if isinstance(value, list) else [None]:
        words = [group] if isinstance(group, str) else group
        if not isinstance(words, list) or not words or not all(_is_word(w) for w in words):
            message = _('Elk trefwoord is een tekst of een lijst teksten: ["dock", "laadperron"].')
            r.report("keywords", message)
            return ()
        groups.append(tuple(w.strip() for w in words))
    return tuple(groups)


def _is_word(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _check_unique(
    items: Sequence[_HasId], key: str, file: str, problems: list[Problem], lines: list[int]
) -> None:
    seen = {""}  # a missing id was reported already
    for index, item in enumerate(items):
        if item.id in seen and item.id:
            message = _("De id '{id}' staat twee keer bij [[{key}]]. Maak elke id anders.")
            line = lines[index] if index < len(lines) else None
            problems.append(
                Problem(file, message.format(id=item.id, key=key), line, field=f"{key}.id")
            )
        seen.add(item.id)


def _check_times(tables: Any, file: str, problems: list[Problem], header_lines: list[int]) -> None:
    """Each line ends after it starts, and starts no earlier than the line before it."""
    previous = None
    for index, table in enumerate(tables if isinstance(tables, list) else []):
        start, end = (_number(table, key) for key in ("start", "end"))
        line = header_lines[index] if index < len(header_lines) else None
        if start is not None and end is not None and end < start:
            message = _("Het einde ({end}) ligt voor het begin ({start}). Verbeter de tijden.")
            problems.append(Problem(file, message.format(end=end, start=start), line, field="end"))
        if start is not None and previous is not None and start < previous:
            message = _("De tijd gaat terug: {start} s komt na {previous} s. Verbeter de tijden.")
            problems.append(
                Problem(file, message.format(start=start, previous=previous), line, field="start")
            )
        previous = start if start is not None else previous


def _number(table: Any, key: str) -> float | None:
    value = table.get(key) if isinstance(table, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _learner(r: FieldReader, speakers: set[str]) -> str | None:
    learner = r.text("learner", required=False)
    if learner is not None and learner not in speakers:
        message = _("Spreker '{id}' staat niet bij [[speakers]]. Kies bij 'learner' een spreker.")
        r.report("learner", message.format(id=learner))
    return learner


def _meeting_fields(r: FieldReader, term_ids: Collection[str] | None) -> dict[str, Any]:
    terms = r.text_list("terms", required=False)
    unknown = [term for term in terms if term not in term_ids] if term_ids is not None else []
    for term in unknown:
        message = _("De term '{id}' staat niet in dit pakket. Gebruik een id uit deck.toml.")
        r.report("terms", message.format(id=term))
    return {
        "title": r.text("title") or "",
        "situation": r.text("situation") or "",
        "recording": r.text("recording", required=False),
        "terms": terms,
        "distractors": r.text_list("distractors", required=False),
    }
