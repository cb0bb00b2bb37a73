"""Builds .apkg files as Anki 2.1 (legacy export) writes them: a zip with collection.anki2
(SQLite, schema 11, the tables and JSON columns of Anki's own schema), a `media` JSON map
and the media files named 0, 1, 2 ... Tests change the parts to make bad packages."""

import hashlib
import json
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ANKI_SCHEMA_11 = """
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null,
  factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
"""
DECK_ID = 1700000000001


@dataclass
class NoteType:
    id: int
    name: str
    fields: list[str]

    def as_json(self) -> dict[str, object]:
        """A note type as Anki keeps it in col.models."""
        return {
            "id": self.id, "name": self.name, "type": 0, "mod": 1700000000, "usn": -1,
            "sortf": 0, "did": DECK_ID, "tags": [], "vers": [], "latexPre": "",
            "latexPost": "", "css": ".card { font-family: arial; }", "req": [[0, "any", [0]]],
            "flds": [
                {"name": name, "ord": i, "sticky": False, "rtl": False, "font": "Arial",
                 "size": 20, "media": []}
                for i, name in enumerate(self.fields)
            ],
            "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": f"{{{{{self.fields[0]}}}}}",
                       "afmt": f"{{{{FrontSide}}}}<hr>{{{{{self.fields[-1]}}}}}",
                       "did": None, "bqfmt": "", "bafmt": ""}],
        }  # fmt: skip


BASIC = NoteType(1342697561419, "Basic", ["Front", "Back"])


@dataclass
class Package:
    note_types: list[NoteType] = field(default_factory=lambda: [BASIC])
    notes: list[tuple[NoteType, list[str], str]] = field(default_factory=list)  # type, fields, tags
    media: dict[str, bytes] = field(default_factory=dict)
    deck_name: str = "Magazijn"
    collection_name: str = "collection.anki2"

    def add(self, note_type: NoteType, *fields: str, tags: str = "") -> "Package":
        self.notes.append((note_type, list(fields), tags))
        return self

    def collection_bytes(self) -> bytes:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "collection.anki2"
            connection = sqlite3.connect(path)
            connection.executescript(ANKI_SCHEMA_11)
            self._fill(connection)
            connection.commit()
            connection.close()
            return path.read_bytes()

    def _fill(self, connection: sqlite3.Connection) -> None:
        models = {str(t.id): t.as_json() for t in self.note_types}
        decks = {
            "1": {"id": 1, "name": "Default", "conf": 1, "dyn": 0},
            str(DECK_ID): {"id": DECK_ID, "name": self.deck_name, "conf": 1, "dyn": 0},
        }
        connection.execute(
            "INSERT INTO col VALUES (1, 1700000000, 1700000000000, 1700000000000, 11, 0, 0, 0,"
            " '{}', ?, ?, '{}', '{}')",
            (json.dumps(models), json.dumps(decks)),
        )
        for index, (note_type, fields, tags) in enumerate(self.notes):
            note_id = 1700000000000 + index
            flds = "\x1f".join(fields)
            checksum = int(hashlib.sha1(fields[0].encode()).hexdigest()[:8], 16)
            connection.execute(
                "INSERT INTO notes VALUES (?, ?, ?, 1700000000, -1, ?, ?, ?, ?, 0, '')",
                (note_id, f"guid{index}", note_type.id, f" {tags} ", flds, fields[0], checksum),
            )
            connection.execute(
                "INSERT INTO cards VALUES (?, ?, ?, 0, 1700000000, -1, 0, 0, ?, 0, 0, 0, 0, 0,"
                " 0, 0, 0, '')",
                (note_id, note_id, DECK_ID, index + 1),
            )

    def write(self, path: Path, extra: dict[str, bytes] | None = None) -> Path:
        names = sorted(self.media)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr(self.collection_name, self.collection_bytes())
            bundle.writestr("media", json.dumps({str(i): n for i, n in enumerate(names)}))
            for index, name in enumerate(names):
                bundle.writestr(str(index), self.media[name])
            for name, data in (extra or {}).items():
                bundle.writestr(name, data)
        return path
