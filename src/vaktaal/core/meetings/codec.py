"""A meeting as a plain document (the TOML layout of meetings/<id>.toml) and back.

The same document is written to a deck file (without the id: that is the file name) and
stored as JSON in the database. `meeting_from_document` trusts its input: it reads what
`meeting_to_document` wrote; files from authors go through `format.parse_meeting`.
"""

from typing import Any

from vaktaal.core.meetings.model import ActionItem, Keywords, Line, MainPoint, Meeting, Speaker

MEETINGS_FOLDER = "meetings"


def meeting_path(meeting_id: str) -> str:
    """Where a meeting lives inside its deck."""
    return f"{MEETINGS_FOLDER}/{meeting_id}.toml"


def meeting_to_document(meeting: Meeting) -> dict[str, Any]:
    header = {
        "title": meeting.title,
        "situation": meeting.situation,
        "recording": meeting.recording,
        "learner": meeting.learner,
        "terms": list(meeting.terms),
        "distractors": list(meeting.distractors),
    }
    return {
        "meeting": _present(header),
        "speakers": [_present(vars(s)) for s in meeting.speakers],
        "lines": [_present(vars(line)) for line in meeting.lines],
        "main_points": [_with_keywords(vars(p)) for p in meeting.main_points],
        "action_items": [_with_keywords(vars(a)) for a in meeting.action_items],
    }


def meeting_from_document(meeting_id: str, document: dict[str, Any]) -> Meeting:
    header = document["meeting"]
    return Meeting(
        id=meeting_id,
        title=header["title"],
        situation=header["situation"],
        speakers=tuple(Speaker(**s) for s in document.get("speakers", [])),
        lines=tuple(Line(**line) for line in document.get("lines", [])),
        main_points=tuple(
            MainPoint(**{**p, "keywords": _keywords(p)}) for p in document.get("main_points", [])
        ),
        action_items=tuple(
            ActionItem(**{**a, "keywords": _keywords(a)}) for a in document.get("action_items", [])
        ),
        distractors=tuple(header.get("distractors", ())),
        terms=tuple(header.get("terms", ())),
        recording=header.get("recording"),
        learner=header.get("learner"),
    )


def _keywords(table: dict[str, Any]) -> Keywords:
    return tuple(tuple(group) for group in table.get("keywords", ()))


def _with_keywords(fields: dict[str, Any]) -> dict[str, Any]:
    table = _present(fields)
    if "keywords" in table:
        table["keywords"] = [list(group) for group in table["keywords"]]
    return table


def _present(fields: dict[str, Any]) -> dict[str, Any]:
    """Without empty optional fields; tuples as lists (TOML and JSON know no tuples)."""
    return {
        key: list(value) if isinstance(value, tuple) else value
        for key, value in fields.items()
        if value is not None and value != () and value != []
    }
