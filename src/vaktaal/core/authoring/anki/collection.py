"""The notes and note types in an Anki collection, read from bytes.

Schema 11 (up to Anki 2.1.49) keeps note types and decks as JSON in `col`; schema 18
(collection.anki21b) keeps them in the tables `notetypes`, `fields` and `decks`.
Bounded: at most MAX_NOTES notes and MAX_FIELD_CHARS characters of fields in all.
"""

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from vaktaal.core.authoring.anki.package import refuse
from vaktaal.core.i18n import _

FIELD_SEPARATOR = "\x1f"
MAX_NOTES = 200_000
MAX_FIELD_CHARS = 64 * 1024**2
MAX_SETTINGS = 16 * 1024**2  # note types and decks: a row counts as 100 characters
READ_ERRORS = (
    sqlite3.Error,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    RecursionError,
    OverflowError,
)


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
    connection.create_collation("unicase", _unicase)
    try:
        connection.deserialize(_without_wal(data))
        _check_size(connection, label)
        return _read(connection)
    except READ_ERRORS:
        message = _("De Anki-verzameling in het pakket is kapot of onbekend. Exporteer opnieuw.")
        raise refuse(label, message) from None
    finally:
        connection.close()


def _without_wal(data: bytes) -> bytes:
    """Anki 2.1.50+ leaves its databases in WAL mode, which SQLite cannot open from memory;
    bytes 18 and 19 of the header say so, and 1 means the plain (rollback journal) mode."""
    if data[18:20] == b"\x02\x02":
        return data[:18] + b"\x01\x01" + data[20:]
    return data


def _unicase(left: str, right: str) -> int:
    """Anki's collation for names: case does not count."""
    return (left.casefold() > right.casefold()) - (left.casefold() < right.casefold())


def _check_size(connection: sqlite3.Connection, label: str) -> None:
    notes, chars = connection.execute("SELECT count(*), sum(length(flds)) FROM notes").fetchone()
    if notes > MAX_NOTES:
        message = _("Het pakket heeft meer dan 200.000 notities. Maak het kleiner in Anki.")
        raise refuse(label, message)
    if (chars or 0) > MAX_FIELD_CHARS:
        message = _(
            "De tekst in het pakket is te groot (meer dan 64 MB). Maak het kleiner in Anki."
        )
        raise refuse(label, message)
    if _settings_size(connection) > MAX_SETTINGS:
        raise refuse(label, _("De instellingen in het pakket zijn te groot. Exporteer opnieuw."))


def _settings_size(connection: sqlite3.Connection) -> int:
    """Characters of note types and decks as JSON (schema 11) plus their rows (schema 18)."""
    size = connection.execute("SELECT max(length(models)) + max(length(decks)) FROM col")
    total = int(size.fetchone()[0] or 0)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    for table in ("notetypes", "fields", "decks"):  # a fixed list: no names from the file
        if table in tables:
            total += 100 * connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return total


def _read(connection: sqlite3.Connection) -> Collection:
    models_json, decks_json = connection.execute("SELECT models, decks FROM col").fetchone()
    if models_json:
        note_types = _note_types(json.loads(models_json))
        deck_names = _deck_names(json.loads(decks_json))
    else:
        note_types, deck_names = _note_type_tables(connection), _deck_tables(connection)
    rows = connection.execute("SELECT id, mid, flds, tags FROM notes ORDER BY id")
    notes = tuple(_note(*row) for row in rows if row[1] in note_types)
    return Collection(note_types, notes, _main_deck(connection, deck_names))


def _note_type_tables(connection: sqlite3.Connection) -> dict[int, NoteType]:
    """Schema 18: one row per note type, one per field."""
    fields: dict[int, list[tuple[int, str]]] = {}
    for type_id, order, name in connection.execute("SELECT ntid, ord, name FROM fields"):
        fields.setdefault(int(type_id), []).append((int(order), str(name)))
    types = {}
    for type_id, name in connection.execute("SELECT id, name FROM notetypes"):
        names = tuple(field_name for _, field_name in sorted(fields.get(int(type_id), [])))
        types[int(type_id)] = NoteType(int(type_id), str(name), names)
    return types


def _deck_tables(connection: sqlite3.Connection) -> dict[int, str]:
    return {int(i): str(name) for i, name in connection.execute("SELECT id, name FROM decks")}


def _deck_names(decks: dict[str, Any]) -> dict[int, str]:
    names = {}
    for key, deck in decks.items():
        name = deck.get("name") if isinstance(deck, dict) else None
        if isinstance(name, str):
            names[int(key)] = name
    return names


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


def _main_deck(connection: sqlite3.Connection, deck_names: dict[int, str]) -> str | None:
    row = connection.execute(
        "SELECT did FROM cards GROUP BY did ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    name = deck_names.get(row[0]) if row and isinstance(row[0], int) else None
    if name is None:
        return None
    return name.replace("\x1f", " - ").replace("::", " - ")
