"""The notes and note types in an Anki collection (legacy SQLite schema 11), read from bytes."""

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from vaktaal.core.authoring.anki.package import refuse
from vaktaal.core.i18n import _

FIELD_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class NoteType:
    id: int
    name: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Note:
    id: int
    type_id: int
    fields: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Collection:
    note_types: dict[int, NoteType]
    notes: tuple[Note, ...]
    deck_name: str | None  # the Anki deck with the most cards

    def notes_of(self, type_id: int) -> list[Note]:
        return [note for note in self.notes if note.type_id == type_id]


def read_collection(data: bytes, label: str) -> Collection:
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(data)
        return _read(connection)
    except (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError):
        message = _("De Anki-verzameling in het pakket is kapot of onbekend. Exporteer opnieuw.")
        raise refuse(label, message) from None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection) -> Collection:
    models_json, decks_json = connection.execute("SELECT models, decks FROM col").fetchone()
    note_types = _note_types(json.loads(models_json))
    rows = connection.execute("SELECT id, mid, flds, tags FROM notes ORDER BY id")
    notes = tuple(_note(*row) for row in rows if row[1] in note_types)
    return Collection(note_types, notes, _main_deck(connection, json.loads(decks_json)))


def _note_types(models: dict[str, Any]) -> dict[int, NoteType]:
    types = {}
    for model in models.values():
        fields = sorted(model["flds"], key=lambda field: field["ord"])
        types[int(model["id"])] = NoteType(
            int(model["id"]), str(model["name"]), tuple(str(f["name"]) for f in fields)
        )
    return types


def _note(note_id: int, type_id: int, fields: str, tags: str) -> Note:
    return Note(note_id, type_id, tuple(fields.split(FIELD_SEPARATOR)), tuple(tags.split()))


def _main_deck(connection: sqlite3.Connection, decks: dict[str, Any]) -> str | None:
    row = connection.execute(
        "SELECT did FROM cards GROUP BY did ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    deck = decks.get(str(row[0])) if row else None
    name = deck.get("name") if isinstance(deck, dict) else None
    if not isinstance(name, str):
        return None
    return name.replace("\x1f", " - ").replace("::", " - ")
