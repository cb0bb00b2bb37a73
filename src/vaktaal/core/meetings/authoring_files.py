"""Meeting files for authors: read and write one meetings/<id>.toml outside a deck.

Writing goes through the deck format's own codec and parser (a round trip), so a saved file
always loads into a deck later. A *draft* (a fresh transcript) may still lack main points,
a situation, and use terms of a deck not known here; everything else must be right: nothing is
written when a line has an unknown speaker or an action item has no owner.
"""

import tomllib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import tomli_w

from vaktaal.core.deckformat.fields import ID_PATTERN
from vaktaal.core.i18n import _
from vaktaal.core.meetings.codec import meeting_from_document, meeting_to_document
from vaktaal.core.meetings.format import parse_meeting
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.problems import Problem

DRAFT_FIELDS = ("main_points", "terms", "situation")  # what a draft may still lack


class MeetingFileProblem(Exception):
    """The meeting cannot be read or saved; `messages` say every reason, in Dutch."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


def meeting_file_id(path: Path) -> str:
    """The meeting's id is the file name; refuses names the deck format does not allow."""
    if path.suffix.lower() != ".toml":
        message = _("Een vergadering wordt opgeslagen als .toml-bestand, niet als {name}.")
        raise MeetingFileProblem([message.format(name=path.name)])
    if not ID_PATTERN.match(path.stem):
        message = _("De bestandsnaam '{name}' kan niet: gebruik a-z, 0-9 en '-' (bv. dagstart).")
        raise MeetingFileProblem([message.format(name=path.stem)])
    return path.stem


def meeting_toml(meeting: Meeting) -> bytes:
    return tomli_w.dumps(meeting_to_document(meeting)).encode("utf-8")


def check_meeting(meeting: Meeting, draft: bool = True) -> list[Problem]:
    """What is wrong with the meeting as a file (a draft may still lack main points)."""
    _, problems = parse_meeting(meeting_toml(meeting), meeting.id, f"{meeting.id}.toml", ())
    return [p for p in problems if not (draft and p.field in DRAFT_FIELDS)]


def check_meeting_in_deck(meeting: Meeting, term_ids: Iterable[str]) -> list[Problem]:
    """What is wrong with the meeting as part of a deck with these terms (no draft leniency)."""
    raw = meeting_toml(meeting)
    _, problems = parse_meeting(raw, meeting.id, f"{meeting.id}.toml", tuple(term_ids))
    return problems


def validate_meeting_file(path: Path) -> list[Problem]:
    """Every problem of a meeting file as part of a deck, each with its line (its terms are
    checked against the deck's by `deck validate`, where the deck is known)."""
    label = str(path)
    if path.suffix.lower() != ".toml":
        message = _("Een vergadering wordt opgeslagen als .toml-bestand, niet als {name}.")
        return [Problem(label, message.format(name=path.name))]
    if not path.is_file():
        return [Problem(label, _("Dit bestand of deze map bestaat niet."))]
    try:
        raw = path.read_bytes()
    except OSError:
        return [Problem(label, _("Dit bestand kan niet gelezen worden (kapot?)."))]
    return parse_meeting(raw, path.stem, label, None)[1]


def write_meeting_file(meeting: Meeting, path: Path, draft: bool = True) -> Meeting:
    """Save the meeting as `path` (its id becomes the file name), atomically.
    Raises MeetingFileProblem (nothing written) or OSError."""
    saved = replace(meeting, id=meeting_file_id(path))
    problems = check_meeting(saved, draft)
    if problems:
        raise MeetingFileProblem([str(p) for p in problems])
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_bytes(meeting_toml(saved))
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return saved


def read_meeting_file(path: Path, draft: bool = True) -> Meeting:
    """A meeting file written by an author or by `write_meeting_file`.
    Raises MeetingFileProblem or OSError."""
    meeting_id = meeting_file_id(path)
    raw = path.read_bytes()
    meeting, problems = parse_meeting(raw, meeting_id, path.name, ())
    if meeting is not None:
        return meeting
    serious = [p for p in problems if not (draft and p.field in DRAFT_FIELDS)]
    if serious:
        raise MeetingFileProblem([str(p) for p in serious])
    return meeting_from_document(meeting_id, tomllib.loads(raw.decode("utf-8")))
