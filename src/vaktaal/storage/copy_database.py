"""Copy a single-PC database (a SQLite file) to the server this PC uses (PostgreSQL):
`vaktaal db copy-from-sqlite PATH`.

The user's file is never changed: a copy of it is brought to the newest schema in a
temporary folder, with its data folder's media files (storage/copy_source.py). Every table
is copied in foreign-key order in ONE transaction on the server, which other PCs may read
but not write meanwhile.

Which rows are "the same" (so a second run copies nothing twice):
- a row with its own key (a deck, a setting, a media file) by that key;
- a row with a number the database gave it (a learner, a card, an answer) by what it is:
  a learner by name and moment of creation, a card by learner and word, an answer by all
  its values. Its number is kept when it is free on the server, else it gets a new one, and
  everything that refers to it follows (two PCs both have a learner 1: both are kept).
A known row with other values: for learners, cards, buddy sessions, settings and deck
media (a word's own recording) the server's row stays (it lived on after an earlier copy;
it is counted, never overwritten); an own recording only on the PC fills in the server's
empty one; for anything else (a deck of another version, say) nothing is copied and the
differences are listed (`CopyConflicts`). Afterwards the rows per table are counted, and
the server's number sequences are set past the highest number.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Integer, LargeBinary, Table, func, select, text
from sqlalchemy.schema import sort_tables

from vaktaal.core.i18n import _
from vaktaal.storage.copy_source import CopyRefused, check_target, find_source, source_copy
from vaktaal.storage.database import open_database
from vaktaal.storage.tables import Base, DeckMediaRow, LearnerRow, MediaBlobRow

__all__ = ["CopyConflicts", "CopyRefused", "CopyResult", "TableCount", "copy_from_sqlite"]

PART = 1_000  # rows read and written at a time
BLOB_PART = 20  # of a table with files in it (media_blobs)
SHOWN_CONFLICTS = 12

# What a row with a database-given number is known by (else: all its values).
IDENTITY = {
    "learners": ("name", "created_at"),
    "cards": ("learner_id", "term_pk"),
    "terms": ("deck_id", "term_id"),
    "buddy_sessions": ("learner_id", "started_at"),
}
# Rows that live on after a copy (on a second run the server's row is the newer one), or
# of which the server keeps one (a word's own recording, one PC's settings).
SERVER_WINS = {"learners", "cards", "buddy_sessions", "settings", "deck_media"}
# Columns the PC's value fills in when the server's is empty: a recording made on one PC.
FILLED_IN = {"terms": ("own_audio",)}
IGNORED = {"decks": {"imported_at"}, "media_blobs": {"data"}}  # data: named by its sha256
# Numbers that refer to another table without a foreign key (added to old tables).
EXTRA_REFERENCES = {
    "review_logs": {"buddy_session_id": "buddy_sessions"},
    "buddy_sessions": {"buddy_id": "learners"},
}


class CopyConflicts(CopyRefused):
    def __init__(self, conflicts: list[str]) -> None:
        shown = conflicts[:SHOWN_CONFLICTS]
        more = len(conflicts) - len(shown)
        lines = [_("Niets gekopieerd: deze gegevens zijn anders op de server:"), *shown]
        if more:
            lines.append(_("… en nog {n}.").format(n=more))
        super().__init__("\n".join(lines))
        self.conflicts = conflicts


@dataclass
class TableCount:
    table: str
    source: int = 0  # rows in the PC's database
    copied: int = 0  # new on the server
    present: int = 0  # already on the server, the same
    kept: int = 0  # already on the server with other values: the server's stayed
    filled: int = 0  # already on the server, an empty column filled in (FILLED_IN)
    conflicts: int = 0  # already on the server with other values: nothing is copied
    before: int = 0  # rows on the server before
    after: int = 0  # rows on the server afterwards (counted)


@dataclass(frozen=True)
class CopyResult:
    tables: list[TableCount]
    media_missing: int  # media files a deck refers to that the server has no bytes of
    same_names: list[str]  # names of two or more profiles on the server (one person twice?)


@dataclass(frozen=True)
class Rule:
    table: Table
    id_column: str | None  # a number the database gives (mapped when taken)
    key: tuple[str, ...]
    compared: tuple[str, ...]
    filled: tuple[str, ...]  # FILLED_IN: neither key nor compared
    references: dict[str, str]  # column -> table it refers to


@dataclass(frozen=True)
class Found:
    """A row on the server: its number, compared values and values that may be filled in."""

    number: Any
    compared: tuple[Any, ...]
    filled: tuple[Any, ...]


@dataclass
class _Copy:
    target: Connection
    numbers: dict[str, dict[Any, Any]] = field(default_factory=dict)  # table: old -> new id
    conflicts: list[str] = field(default_factory=list)


def copy_from_sqlite(
    path: Path, target_url: str, backups_dir: Path, progress: Callable[[TableCount], None]
) -> CopyResult:
    """Copy the database at `path` to the server at `target_url`; the counts per table."""
    database, media = find_source(path)
    check_target(target_url, database)
    with source_copy(database, media) as source:
        target = open_database(target_url, backups_dir)
        try:
            result = _copy_all(source, target, progress)
            _refresh_statistics(target)
            return result
        finally:
            target.dispose()


def _refresh_statistics(target: Engine) -> None:
    """The planner's figures of the tables just filled; without them the first minutes of
    practice on the server (until autovacuum comes by) read the next card 10x slower."""
    if target.dialect.name == "postgresql":
        with target.connect() as connection:
            connection.execute(text("ANALYZE"))
            connection.commit()


def _copy_all(source: Engine, target: Engine, progress: Callable[[TableCount], None]) -> CopyResult:
    tables = _ordered_tables()
    counts: list[TableCount] = []
    with source.connect() as reading, target.begin() as writing:
        work = _Copy(writing)
        _lock(writing, tables)
        for table in tables:
            counts.append(_copy_table(reading, work, rule_for(table)))
            progress(counts[-1])
        if work.conflicts:
            raise CopyConflicts(work.conflicts)
        _count_afterwards(writing, counts)
        _move_sequences(writing, tables)
        return CopyResult(counts, _media_missing(writing), _same_names(writing))


def _media_missing(connection: Connection) -> int:
    """Pictures and sounds no PC has uploaded yet (missing from the PC's media folder too)."""
    query = (
        select(func.count(func.distinct(DeckMediaRow.sha256)))
        .outerjoin(MediaBlobRow, MediaBlobRow.sha256 == DeckMediaRow.sha256)
        .where(MediaBlobRow.sha256.is_(None))
    )
    return connection.execute(query).scalar_one()


def _same_names(connection: Connection) -> list[str]:
    query = (
        select(LearnerRow.name)
        .group_by(LearnerRow.name)
        .having(func.count() > 1)
        .order_by(LearnerRow.name)
    )
    return list(connection.execute(query).scalars())


def _ordered_tables() -> list[Table]:
    """Foreign-key order; buddy sessions before the answers given in them."""
    tables = Base.metadata.tables
    extra = [
        (tables[referred], tables[name])
        for name, columns in EXTRA_REFERENCES.items()
        for referred in columns.values()
    ]
    return list(sort_tables(tables.values(), extra_dependencies=extra))


def rule_for(table: Table) -> Rule:
    """How rows of `table` are recognised, compared and renumbered."""
    primary = [column.name for column in table.primary_key.columns]
    numbered = len(primary) == 1 and isinstance(table.c[primary[0]].type, Integer)
    id_column = primary[0] if numbered else None
    others = [c.name for c in table.columns if c.name != id_column]
    key = tuple(IDENTITY.get(table.name, others)) if numbered else tuple(primary)
    filled = FILLED_IN.get(table.name, ())
    skipped = {*key, *filled, *IGNORED.get(table.name, ())}
    compared = tuple(name for name in others if name not in skipped)
    references = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
    references.update(EXTRA_REFERENCES.get(table.name, {}))
    return Rule(table, id_column, key, compared, filled, references)


def _lock(connection: Connection, tables: list[Table]) -> None:
    """Other PCs may read, not write, until the copy is done (numbers stay free)."""
    if connection.dialect.name == "postgresql":
        names = ", ".join(f'"{table.name}"' for table in tables)
        connection.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))


def _copy_table(source: Connection, work: _Copy, rule: Rule) -> TableCount:
    count = TableCount(rule.table.name)
    known, taken = _server_rows(work.target, rule)
    count.before = len(known)
    numbers = work.numbers.setdefault(rule.table.name, {}) if rule.id_column else {}
    fresh = max(taken, default=0) + 1
    size = BLOB_PART if _has_files(rule.table) else PART
    for part in source.execute(select(rule.table)).partitions(size):
        new_rows: list[dict[str, Any]] = []
        for row in part:
            values = _renumbered(dict(row._mapping), rule, work.numbers)
            found = known.get(_frozen(values, rule.key))
            if found is None:
                fresh = _place(values, rule, taken, numbers, fresh)
                new_rows.append(values)
            else:
                _compare(values, found, rule, count, work)
                _fill_in(values, found, rule, count, work.target)
                if rule.id_column:
                    numbers[values[rule.id_column]] = found.number
        if new_rows:
            work.target.execute(rule.table.insert(), new_rows)
        count.source += len(part)
        count.copied += len(new_rows)
    return count


def _has_files(table: Table) -> bool:
    return any(isinstance(column.type, LargeBinary) for column in table.columns)


def _server_rows(target: Connection, rule: Rule) -> tuple[dict[tuple[Any, ...], Found], set[int]]:
    """The server's rows by key; and the numbers taken."""
    table = rule.table
    id_column = [table.c[rule.id_column]] if rule.id_column else []
    named = (*rule.key, *rule.compared, *rule.filled)
    known: dict[tuple[Any, ...], Found] = {}
    taken: set[int] = set()
    for row in target.execute(select(*id_column, *(table.c[name] for name in named))):
        values = dict(row._mapping)
        number = values.get(rule.id_column) if rule.id_column else None
        found = Found(number, _frozen(values, rule.compared), _frozen(values, rule.filled))
        known[_frozen(values, rule.key)] = found
        if number is not None:
            taken.add(number)
    return known, taken


def _renumbered(
    values: dict[str, Any], rule: Rule, numbers: dict[str, dict[Any, Any]]
) -> dict[str, Any]:
    """Numbers referring to other rows, as those rows are numbered on the server. A
    reference to a row that is gone (a deleted buddy) becomes empty."""
    for column, table in rule.references.items():
        renumber = numbers.get(table)  # None: a table with keys of its own (decks)
        if renumber is not None and values[column] is not None:
            values[column] = renumber.get(values[column])
    return values


def _place(
    values: dict[str, Any], rule: Rule, taken: set[int], numbers: dict[Any, Any], fresh: int
) -> int:
    """The row keeps its number when the server has none such, else it gets a new one."""
    if rule.id_column is None:
        return fresh
    old = values[rule.id_column]
    if old in taken:
        while fresh in taken:
            fresh += 1
        values[rule.id_column] = fresh
    taken.add(values[rule.id_column])
    numbers[old] = values[rule.id_column]
    return fresh


def _compare(
    values: dict[str, Any], found: Found, rule: Rule, count: TableCount, work: _Copy
) -> None:
    if _frozen(values, rule.compared) == found.compared:
        count.present += 1
    elif rule.table.name in SERVER_WINS:
        count.kept += 1
    else:
        count.conflicts += 1
        work.conflicts.append(_conflict(values, found.compared, rule))


def _fill_in(
    values: dict[str, Any], found: Found, rule: Rule, count: TableCount, target: Connection
) -> None:
    """Columns empty on the server and not on the PC get the PC's value (never overwrite)."""
    empty = {
        name: values[name]
        for name, server in zip(rule.filled, found.filled, strict=True)
        if server is None and values[name] is not None
    }
    if empty and rule.id_column:
        column = rule.table.c[rule.id_column]
        target.execute(rule.table.update().where(column == found.number).values(empty))
        count.filled += 1


def _conflict(values: dict[str, Any], server: tuple[Any, ...], rule: Rule) -> str:
    here = _frozen(values, rule.compared)
    differ = [name for name, a, b in zip(rule.compared, here, server, strict=True) if a != b]
    key = ", ".join(str(values[name]) for name in rule.key)
    return _("- {table} {key}: {columns} anders").format(
        table=rule.table.name, key=key, columns=", ".join(differ)
    )


def _frozen(values: dict[str, Any], names: tuple[str, ...]) -> tuple[Any, ...]:
    """Values fit for a dictionary key (JSON values as sorted text)."""
    return tuple(_hashable(values[name]) for name in names)


def _hashable(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def _count_afterwards(connection: Connection, counts: list[TableCount]) -> None:
    """Every row of the PC is on the server, and nothing else was added."""
    wrong: list[str] = []
    for count in counts:
        table = Base.metadata.tables[count.table]
        count.after = connection.execute(select(func.count()).select_from(table)).scalar_one()
        whole = count.copied + count.present + count.kept == count.source  # no conflicts here
        if not whole or count.after != count.before + count.copied:
            wrong.append(f"{count.table} {count.source} → {count.after}")
    if wrong:
        message = _("Niets gekopieerd: de telling klopt niet ({tables}).")
        raise CopyRefused(message.format(tables=", ".join(wrong)))


def _move_sequences(connection: Connection, tables: list[Table]) -> None:
    """PostgreSQL hands out the next number after the highest one copied."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        rule = rule_for(table)
        if rule.id_column is None:
            continue
        column = rule.id_column
        statement = (
            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column}'),"
            f' coalesce(max("{column}"), 0) + 1, false) FROM "{table.name}"'
        )
        connection.execute(text(statement))
