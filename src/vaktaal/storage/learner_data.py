"""Managing one learner's profile and data: edit, PIN reset, decks, delete, read for export."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.orm import Session

from vaktaal.core import languages, pin
from vaktaal.core.i18n import _
from vaktaal.storage.learner_store import STAFF_ROLES, LearnerInputError
from vaktaal.storage.tables import (
    BuddySessionRow,
    CardRow,
    DeckRow,
    LearnerDeckRow,
    LearnerRow,
    MeetingResultRow,
    ReviewLogRow,
    SpeechAttemptRow,
    TermRow,
)


@dataclass(frozen=True)
class Footprint:
    """What a learner has stored besides the profile."""

    answers: int
    recordings: int  # spoken answers (speech attempts)
    meeting_results: int
    buddy_sessions: int = 0  # practised together with a buddy (with the buddy's notes)


class LearnerData:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def edit(self, learner_id: int, name: str, learner_languages: list[str], avatar: str) -> None:
        _check_details(name, learner_languages, avatar)
        with Session(self.engine) as session, session.begin():
            row = _row(session, learner_id)
            row.name, row.languages, row.avatar = name.strip(), learner_languages, avatar

    def set_pin(self, learner_id: int, pin_code: str | None) -> None:
        """A new PIN (or none); clears wrong attempts and a lock-out."""
        if pin_code is not None and not pin.is_valid_pin(pin_code):
            raise LearnerInputError(_("Een pincode heeft precies 4 cijfers."))
        with Session(self.engine) as session, session.begin():
            row = _row(session, learner_id)
            row.pin_hash = pin.hash_pin(pin_code) if pin_code else None
            row.failed_pin_attempts, row.locked_until = 0, None

    def change_decks(self, learner_id: int, add: list[str], remove: list[str]) -> None:
        """A coach chose decks: from now on new decks no longer reach this learner by itself."""
        with Session(self.engine) as session, session.begin():
            row = _row(session, learner_id)
            _check_installed(session, add + remove)
            have = set(session.scalars(_decks_of(learner_id)))
            new = [deck for deck in dict.fromkeys(add) if deck not in have]
            if new:
                rows = [{"learner_id": learner_id, "deck_id": deck} for deck in new]
                session.execute(insert(LearnerDeckRow), rows)
            session.execute(
                delete(LearnerDeckRow).where(
                    LearnerDeckRow.learner_id == learner_id, LearnerDeckRow.deck_id.in_(remove)
                )
            )
            row.decks_chosen = True

    def footprint(self, learner_id: int) -> Footprint:
        with Session(self.engine) as session:
            _row(session, learner_id)
            return _footprint(session, learner_id)

    def delete(self, learner_id: int) -> Footprint:
        """The learner and everything of theirs, in one transaction."""
        with Session(self.engine) as session, session.begin():
            _row(session, learner_id)
            gone = _footprint(session, learner_id)
            cards = select(CardRow.id).where(CardRow.learner_id == learner_id)
            logs = select(ReviewLogRow.id).where(ReviewLogRow.card_id.in_(cards))
            session.execute(
                delete(SpeechAttemptRow).where(SpeechAttemptRow.review_log_id.in_(logs))
            )
            session.execute(delete(ReviewLogRow).where(ReviewLogRow.card_id.in_(cards)))
            for table in (CardRow, MeetingResultRow, LearnerDeckRow):
                session.execute(delete(table).where(table.learner_id == learner_id))
            session.execute(delete(LearnerRow).where(LearnerRow.id == learner_id))
            return gone  # other tables that point at the learner cascade (foreign keys on)

    def delete_staff(self, staff_id: int, acting_id: int) -> None:
        """A buddy or coach; never the one logged in, never the last coach."""
        with Session(self.engine) as session, session.begin():
            row = _row(session, staff_id)
            if row.role not in STAFF_ROLES:
                raise LearnerInputError(_("Dit is geen begeleider."))
            if staff_id == acting_id:
                raise LearnerInputError(_("Je kunt jezelf niet verwijderen."))
            coaches = select(func.count()).where(LearnerRow.role == "coach")
            if row.role == "coach" and (session.scalar(coaches) or 0) <= 1:
                raise LearnerInputError(_("Er moet altijd een coach zijn."))
            session.execute(delete(LearnerRow).where(LearnerRow.id == staff_id))

    def export_data(self, learner_id: int) -> "LearnerExport":
        """Everything about one learner: the profile and one table per kind of data."""
        with Session(self.engine) as session:
            row = _row(session, learner_id)
            queries = {
                "reviews": _reviews(learner_id),
                "speaking": _speaking(learner_id),
                "meeting_results": _meetings(learner_id),
                **_other_tables(learner_id),
            }
            tables = {name: _table(session, query) for name, query in queries.items()}
            return LearnerExport(
                _profile(row, list(session.scalars(_decks_of(learner_id)))), tables
            )


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[dict[str, Any]]


@dataclass(frozen=True)
class LearnerExport:
    profile: dict[str, Any]
    tables: dict[str, Table]


def _row(session: Session, learner_id: int) -> LearnerRow:
    row = session.get(LearnerRow, learner_id)
    if row is None:
        raise LearnerInputError(_("Er is geen profiel met nummer {id}.").format(id=learner_id))
    return row


def _check_details(name: str, learner_languages: list[str], avatar: str) -> None:
    if not name.strip():
        raise LearnerInputError(_("Geef een naam."))
    if not learner_languages:
        raise LearnerInputError(_("Geef minstens één taal."))
    unknown = [code for code in learner_languages if not languages.is_known(code)]
    if unknown:
        raise LearnerInputError(_("Onbekende taalcode: {codes}.").format(codes=", ".join(unknown)))
    if not avatar.strip():
        raise LearnerInputError(_("Kies een pictogram."))


def _check_installed(session: Session, decks: list[str]) -> None:
    installed = set(session.scalars(select(DeckRow.id)))
    missing = [deck for deck in decks if deck not in installed]
    if missing:
        message = _("Dit pakket is niet geïnstalleerd: {decks}.")
        raise LearnerInputError(message.format(decks=", ".join(missing)))


def _decks_of(learner_id: int) -> Any:
    return (
        select(LearnerDeckRow.deck_id)
        .where(LearnerDeckRow.learner_id == learner_id)
        .order_by(LearnerDeckRow.deck_id)
    )


def _footprint(session: Session, learner_id: int) -> Footprint:
    logs = select(ReviewLogRow.id).join(CardRow).where(CardRow.learner_id == learner_id)
    answers = session.scalar(select(func.count()).select_from(logs.subquery()))
    spoken = select(func.count()).where(SpeechAttemptRow.review_log_id.in_(logs))
    results = select(func.count()).where(MeetingResultRow.learner_id == learner_id)
    buddies = select(func.count()).where(BuddySessionRow.learner_id == learner_id)
    return Footprint(
        answers or 0,
        session.scalar(spoken) or 0,
        session.scalar(results) or 0,
        session.scalar(buddies) or 0,
    )


def _profile(row: LearnerRow, decks: list[str]) -> dict[str, Any]:
    return {
        "id": row.id, "name": row.name, "languages": list(row.languages), "avatar": row.avatar,
        "has_pin": row.pin_hash is not None, "created_at": row.created_at.isoformat(),
        "role": row.role, "decks": decks, "decks_chosen": row.decks_chosen,
        "preferences": dict(row.preferences),
    }  # fmt: skip


def _reviews(learner_id: int) -> Any:
    return (
        select(
            ReviewLogRow.id.label("review_id"),
            TermRow.deck_id,
            TermRow.term_id,
            TermRow.term,
            ReviewLogRow.rating,
            ReviewLogRow.reviewed_at,
            ReviewLogRow.duration_ms,
            ReviewLogRow.exercise_kind,
        )  # fmt: skip
        .join(CardRow, ReviewLogRow.card_id == CardRow.id)
        .join(TermRow, CardRow.term_pk == TermRow.id)
        .where(CardRow.learner_id == learner_id)
        .order_by(ReviewLogRow.reviewed_at, ReviewLogRow.id)
    )


def _speaking(learner_id: int) -> Any:
    return (
        select(
            SpeechAttemptRow.review_log_id.label("review_id"),
            TermRow.term,
            SpeechAttemptRow.heard,
            SpeechAttemptRow.machine_verdict,
            SpeechAttemptRow.final_verdict,
            SpeechAttemptRow.overruled,
            ReviewLogRow.reviewed_at,
        )  # fmt: skip
        .join(ReviewLogRow, SpeechAttemptRow.review_log_id == ReviewLogRow.id)
        .join(CardRow, ReviewLogRow.card_id == CardRow.id)
        .join(TermRow, CardRow.term_pk == TermRow.id)
        .where(CardRow.learner_id == learner_id)
        .order_by(ReviewLogRow.reviewed_at, SpeechAttemptRow.id)
    )


def _meetings(learner_id: int) -> Any:
    return (
        select(
            MeetingResultRow.meeting_id,
            MeetingResultRow.exercise,
            MeetingResultRow.score,
            MeetingResultRow.recorded_at,
            MeetingResultRow.details,
        )  # fmt: skip
        .where(MeetingResultRow.learner_id == learner_id)
        .order_by(MeetingResultRow.recorded_at, MeetingResultRow.id)
    )


_KNOWN = {"cards", "learner_decks", "meeting_results"}


def _other_tables(learner_id: int) -> dict[str, Any]:
    """Any other table with a learner_id (session notes, for example)."""
    return {
        table.name: select(table).where(table.c.learner_id == learner_id)
        for table in LearnerRow.metadata.sorted_tables
        if "learner_id" in table.c and table.name not in _KNOWN
    }


def _table(session: Session, query: Any) -> Table:
    result = session.execute(query)
    return Table(list(result.keys()), [dict(row._mapping) for row in result])
