"""Decks in the database: import atomically, keep progress across versions, export again."""

from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session

from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.i18n import _
from vaktaal.core.model import Deck, Term
from vaktaal.core.problems import DeckProblems, Problem
from vaktaal.storage.media_store import MediaStore, sha256_of
from vaktaal.storage.meeting_rows import load_meetings, save_meetings
from vaktaal.storage.tables import (
    DeckMediaRow,
    DeckRow,
    LearnerDeckRow,
    LearnerRow,
    MediaBlobRow,
    TermRow,
)
from vaktaal.storage.types import utc_now

_DECK_COLUMNS = (
    "id", "title", "description", "organisation", "job_function", "task_profile", "level",
    "gloss_languages", "needs_native_check", "version", "authors", "licence", "pictogram",
)  # fmt: skip


class OlderDeckVersion(Exception):
    """The database already has a newer version of this deck."""


@dataclass(frozen=True)
class DeckSummary:
    id: str
    title: str
    organisation: str
    job_function: str | None
    level: str
    version: int
    terms: int
    pictogram: str | None
    imported_at: datetime


@dataclass(frozen=True)
class ImportResult:
    deck_id: str
    version: int
    added: int
    updated: int
    removed: int


class DeckStore:
    def __init__(self, engine: Engine, media: MediaStore) -> None:
        self.engine = engine
        self.media = media

    def import_deck(self, loaded: LoadedDeck, allow_older: bool = False) -> ImportResult:
        """All or nothing: media files first (content-addressed), then one transaction."""
        deck = loaded.deck
        if not allow_older:
            _refuse_older(self.installed_versions().get(deck.id), deck.version)
        new_blobs = self._blobs_missing(loaded.media)
        try:
            counts = self._store(loaded, allow_older)
        except DataError as error:
            self._drop_unused(new_blobs)  # a failed import leaves no media behind
            _refuse_nul(deck, error)
            raise
        except BaseException:
            self._drop_unused(new_blobs)
            raise
        return ImportResult(deck.id, deck.version, *counts)

    def _store(self, loaded: LoadedDeck, allow_older: bool) -> tuple[int, int, int]:
        deck = loaded.deck
        hashes = self.media.put_all(loaded.media)
        with Session(self.engine) as session, session.begin():
            installed = session.get(DeckRow, deck.id)
            if not allow_older:
                _refuse_older(installed.version if installed else None, deck.version)
            _save_deck_row(session, deck, installed)
            if installed is None:
                _give_to_learners(session, deck.id)
            counts = _save_terms(session, deck)
            _save_media(session, deck.id, loaded.media, hashes)
            save_meetings(session, deck)
        return counts

    def _blobs_missing(self, media: dict[str, bytes]) -> set[str]:
        """The hashes of these files that the database does not have yet."""
        hashes = sorted({sha256_of(data) for data in media.values()})
        return set(hashes) - _found(self.engine, MediaBlobRow.sha256, hashes)

    def _drop_unused(self, hashes: set[str]) -> None:
        """Remove the blobs (and cached files) of `hashes` that no deck refers to."""
        used = _found(self.engine, DeckMediaRow.sha256, sorted(hashes))
        for sha256 in sorted(hashes - used):
            self.media.discard(sha256)

    def installed_versions(self) -> dict[str, int]:
        with Session(self.engine) as session:
            return dict(session.execute(select(DeckRow.id, DeckRow.version)).all())

    def list_decks(self) -> list[DeckSummary]:
        counts = (
            select(TermRow.deck_id, func.count().label("n"))
            .where(TermRow.removed.is_(False))
            .group_by(TermRow.deck_id)
            .subquery()
        )
        query = (
            select(DeckRow, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.deck_id == DeckRow.id)
            .order_by(DeckRow.title)
        )
        with Session(self.engine) as session:
            return [_summary(row, n) for row, n in session.execute(query)]

    def load(self, deck_id: str) -> LoadedDeck | None:
        """The deck as it was imported, with its media, for export."""
        with Session(self.engine) as session:
            row = session.get(DeckRow, deck_id)
            if row is None:
                return None
            terms = session.scalars(
                select(TermRow)
                .where(TermRow.deck_id == deck_id, TermRow.removed.is_(False))
                .order_by(TermRow.position)
            ).all()
            media = session.execute(
                select(DeckMediaRow.path, DeckMediaRow.sha256).where(
                    DeckMediaRow.deck_id == deck_id
                )
            )
            deck = replace(_deck_from_rows(row, terms), meetings=load_meetings(session, deck_id))
            return LoadedDeck(deck, {path: self.media.get(sha) for path, sha in media})


def _found(engine: Engine, column: Any, hashes: list[str]) -> set[str]:
    """Which of `hashes` are in `column` (asked 500 at a time)."""
    found: set[str] = set()
    with Session(engine) as session:
        for start in range(0, len(hashes), 500):
            batch = hashes[start : start + 500]
            found.update(session.scalars(select(column).where(column.in_(batch))))
    return found


def _refuse_nul(deck: Deck, error: DataError) -> None:
    """PostgreSQL cannot store the NUL character (SQLite can): say where it is. Looked for
    only after the database refused, so a good import pays nothing for it."""
    places = [term.id for term in deck.terms if _has_nul(term)]
    if _has_nul([getattr(deck, key) for key in _DECK_COLUMNS]) or _has_nul(deck.meetings):
        places.insert(0, deck.id)
    if places:
        message = _("Er staat een onzichtbaar teken (NUL) in de tekst. Haal het weg.")
        problems = [Problem(deck.id, message, term_id=place) for place in places[:20]]
        raise DeckProblems(problems) from error


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(item) for item in value)
    if hasattr(value, "__dataclass_fields__"):
        return any(_has_nul(getattr(value, field.name)) for field in dataclass_fields(value))
    return False


def _refuse_older(installed: int | None, offered: int) -> None:
    if installed is not None and installed > offered:
        message = _("Er staat al een nieuwere versie ({have}) van dit pakket. Dit is versie {new}.")
        raise OlderDeckVersion(message.format(have=installed, new=offered))


def _give_to_learners(session: Session, deck_id: str) -> None:
    """The deck rule: a new deck goes to every learner whose decks no coach chose."""
    learners = select(LearnerRow.id).where(
        LearnerRow.role == "learner", LearnerRow.decks_chosen.is_(False)
    )
    rows = [
        {"learner_id": learner_id, "deck_id": deck_id} for learner_id in session.scalars(learners)
    ]
    if rows:
        session.execute(insert(LearnerDeckRow), rows)


def _summary(row: DeckRow, terms: int) -> DeckSummary:
    return DeckSummary(
        row.id, row.title, row.organisation, row.job_function, row.level, row.version, terms,
        row.pictogram, row.imported_at,
    )  # fmt: skip


def _save_deck_row(session: Session, deck: Deck, installed: DeckRow | None) -> None:
    values = {key: _plain(getattr(deck, key)) for key in _DECK_COLUMNS}
    if installed is None:
        session.add(DeckRow(**values, imported_at=utc_now()))
    else:
        for key, value in values.items():
            setattr(installed, key, value)
        installed.imported_at = utc_now()
    session.flush()


def _save_terms(session: Session, deck: Deck) -> tuple[int, int, int]:
    existing = dict(
        session.execute(select(TermRow.term_id, TermRow.id).where(TermRow.deck_id == deck.id)).all()
    )
    rows = [_term_values(deck.id, position, term) for position, term in enumerate(deck.terms)]
    new = [row for row in rows if row["term_id"] not in existing]
    changed = [
        {**row, "id": existing[row["term_id"]]} for row in rows if row["term_id"] in existing
    ]
    gone = set(existing) - {row["term_id"] for row in rows}
    if new:
        session.execute(insert(TermRow.metadata.tables["terms"]), new)  # Core: no ORM per row
    if changed:
        session.execute(update(TermRow), changed)
    if gone:
        session.execute(
            update(TermRow)
            .where(TermRow.deck_id == deck.id, TermRow.term_id.in_(gone))
            .values(removed=True)
        )
    return len(new), len(changed), len(gone)


def _term_values(deck_id: str, position: int, term: Term) -> dict[str, Any]:
    # not asdict(): its deep copy took most of the time of a large import (flat fields)
    values = {f.name: _plain(getattr(term, f.name)) for f in dataclass_fields(term)}
    values["term_id"] = values.pop("id")
    return {**values, "deck_id": deck_id, "position": position, "removed": False}


def _save_media(
    session: Session, deck_id: str, media: dict[str, bytes], hashes: dict[str, str]
) -> None:
    """The deck's files replace the old ones; own recordings (not part of the deck) stay."""
    own = set(
        session.scalars(
            select(TermRow.own_audio).where(
                TermRow.deck_id == deck_id, TermRow.own_audio.is_not(None)
            )
        )
    )
    session.execute(
        delete(DeckMediaRow).where(DeckMediaRow.deck_id == deck_id, DeckMediaRow.path.not_in(own))
    )
    rows = [
        {"deck_id": deck_id, "path": path, "sha256": hashes[path], "size": len(data)}
        for path, data in media.items()
        if path not in own
    ]
    if rows:
        session.execute(insert(DeckMediaRow), rows)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _deck_from_rows(row: DeckRow, terms: Any) -> Deck:
    fields = {key: getattr(row, key) for key in _DECK_COLUMNS}
    for key in ("gloss_languages", "needs_native_check", "authors"):
        fields[key] = tuple(fields[key])
    return Deck(terms=tuple(term_from_row(t) for t in terms), **fields)


def term_from_row(row: TermRow) -> Term:
    return Term(
        id=row.term_id, term=row.term, word_class=row.word_class, explanation=row.explanation,
        example=row.example, pictogram=row.pictogram, glosses=dict(row.glosses),
        article=row.article, plural=row.plural, audio=row.own_audio or row.audio,
        category=row.category,
        tags=tuple(row.tags), safety_critical=row.safety_critical,
    )  # fmt: skip
