"""Write a deck as deck.toml, as a folder, or as a .vaktaal zip, always atomically."""

import zipfile
from collections.abc import Mapping
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import tomli_w

from vaktaal.core.deckformat.sources import MANIFEST
from vaktaal.core.files import atomic_path
from vaktaal.core.meetings.codec import MEETINGS_FOLDER, meeting_path, meeting_to_document
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.model import SCHEMA_VERSION, Deck, Term

_DECK_KEYS = (
    "id", "title", "description", "organisation", "job_function", "task_profile", "level",
    "gloss_languages", "needs_native_check", "version", "authors", "licence", "pictogram",
)  # fmt: skip
_TERM_KEYS = (
    "id", "term", "article", "plural", "word_class", "explanation", "example", "pictogram",
    "audio", "category", "tags", "safety_critical", "glosses",
)  # fmt: skip


def deck_to_toml(deck: Deck) -> str:
    fields = asdict(replace(deck, meetings=(), terms=()))
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "deck": _present(fields, _DECK_KEYS),
        "terms": [_term_table(term) for term in deck.terms],
    }
    return tomli_w.dumps(document)


def meeting_to_toml(meeting: Meeting) -> str:
    """The text of meetings/<id>.toml (the id is the file name)."""
    return tomli_w.dumps(meeting_to_document(meeting))


def _term_table(term: Term) -> dict[str, Any]:
    table = _present(asdict(term), _TERM_KEYS)
    if term.plural == "":  # a noun without a plural
        table["plural"] = False
    if not term.safety_critical:
        table.pop("safety_critical")
    return table


def _present(fields: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """The fields in a fixed order, without empty optional ones; tuples as lists."""
    table: dict[str, Any] = {}
    for key in keys:
        value = fields[key]
        if value is None or value == () or value == {}:
            continue
        table[key] = list(value) if isinstance(value, tuple) else value
    return table


def write_deck_archive(deck: Deck, media: Mapping[str, bytes], out: Path) -> None:
    with atomic_path(out) as temporary, zipfile.ZipFile(temporary, "w") as bundle:
        bundle.writestr(MANIFEST, deck_to_toml(deck), compress_type=zipfile.ZIP_DEFLATED)
        for meeting in deck.meetings:
            text = meeting_to_toml(meeting)
            bundle.writestr(meeting_path(meeting.id), text, compress_type=zipfile.ZIP_DEFLATED)
        for name in sorted(media):
            bundle.writestr(name, media[name], compress_type=_compression(name))


def write_deck_folder(
    deck: Deck, media: Mapping[str, bytes], folder: Path, prune_meetings: bool = False
) -> None:
    """The deck into `folder`. Meeting files the deck does not have are kept, unless
    `prune_meetings` (a caller that edits the meetings too): no meeting is lost by accident.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in media.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(target) as temporary:
            temporary.write_bytes(data)
    _write_meetings(deck.meetings, folder, prune_meetings)
    with atomic_path(folder / MANIFEST) as temporary:
        temporary.write_text(deck_to_toml(deck), encoding="utf-8")


def _write_meetings(meetings: tuple[Meeting, ...], folder: Path, prune: bool) -> None:
    """Each meeting as meetings/<id>.toml; with `prune`, other meeting files go away."""
    wanted = {meeting_path(meeting.id) for meeting in meetings}
    if meetings:
        (folder / MEETINGS_FOLDER).mkdir(exist_ok=True)
    for meeting in meetings:
        with atomic_path(folder / meeting_path(meeting.id)) as temporary:
            temporary.write_text(meeting_to_toml(meeting), encoding="utf-8")
    for old in sorted((folder / MEETINGS_FOLDER).glob("*.toml")) if prune else []:
        if f"{MEETINGS_FOLDER}/{old.name}" not in wanted:
            old.unlink()


def _compression(name: str) -> int:
    already_compressed = (".png", ".jpg", ".jpeg", ".webp", ".mp3", ".ogg", ".m4a", ".opus")
    return zipfile.ZIP_STORED if name.lower().endswith(already_compressed) else zipfile.ZIP_DEFLATED
