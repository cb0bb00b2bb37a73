"""Learner profiles on a shared PC: name, languages, avatar, optional PIN with lock-out."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.orm import Session

from vaktaal.core import languages, pin
from vaktaal.core.i18n import _
from vaktaal.storage.tables import DeckRow, LearnerDeckRow, LearnerRow

MAX_PIN_ATTEMPTS = 3
LOCK_TIME = timedelta(minutes=1)
DEFAULT_AVATAR = "openmoji:1F642"


class LearnerInputError(ValueError):
    """A learner's details were not usable; the message says why, in Dutch."""


@dataclass(frozen=True)
class Learner:
    id: int
    name: str
    languages: tuple[str, ...]
    avatar: str
    has_pin: bool
    decks: tuple[str, ...]


class LearnerStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(
        self,
        name: str,
        learner_languages: list[str],
        avatar: str = DEFAULT_AVATAR,
        pin_code: str | None = None,
        decks: list[str] | None = None,
    ) -> Learner:
        """A new profile; by default it practises every installed deck."""
        _check(name, learner_languages, pin_code)
        with Session(self.engine) as session, session.begin():
            chosen = _existing_decks(session, decks)
            row = LearnerRow(
                name=name.strip(),
                languages=learner_languages,
                avatar=avatar,
                pin_hash=pin.hash_pin(pin_code) if pin_code else None,
            )
            session.add(row)
            session.flush()
            _set_decks(session, row.id, chosen)
            return _learner(row, chosen)

    def all(self) -> list[Learner]:
        with Session(self.engine) as session:
            rows = session.scalars(select(LearnerRow).order_by(LearnerRow.name)).all()
            links = session.execute(select(LearnerDeckRow.learner_id, LearnerDeckRow.deck_id))
            decks: dict[int, list[str]] = {}
            for learner_id, deck_id in links:
                decks.setdefault(learner_id, []).append(deck_id)
            return [_learner(row, sorted(decks.get(row.id, []))) for row in rows]

    def is_locked(self, learner_id: int, now: datetime) -> bool:
        with Session(self.engine) as session:
            row = session.get_one(LearnerRow, learner_id)
            return row.locked_until is not None and row.locked_until > now

    def check_pin(self, learner_id: int, pin_code: str, now: datetime) -> bool:
        """True when the PIN is right; three wrong PINs lock the profile for a minute."""
        with Session(self.engine) as session, session.begin():
            row = session.get_one(LearnerRow, learner_id)
            if row.pin_hash is None:
                return True
            if row.locked_until and row.locked_until > now:
                return False
            if pin.verify_pin(pin_code, row.pin_hash):
                row.failed_pin_attempts = 0
                return True
            row.failed_pin_attempts += 1
            if row.failed_pin_attempts >= MAX_PIN_ATTEMPTS:
                row.failed_pin_attempts = 0
                row.locked_until = now + LOCK_TIME
            return False


def _check(name: str, learner_languages: list[str], pin_code: str | None) -> None:
    if not name.strip():
        raise LearnerInputError(_("Geef een naam."))
    unknown = [code for code in learner_languages if not languages.is_known(code)]
    if unknown:
        raise LearnerInputError(_("Onbekende taalcode: {codes}.").format(codes=", ".join(unknown)))
    if pin_code is not None and not pin.is_valid_pin(pin_code):
        raise LearnerInputError(_("Een pincode heeft precies 4 cijfers."))


def _existing_decks(session: Session, wanted: list[str] | None) -> list[str]:
    installed = set(session.scalars(select(DeckRow.id)))
    if wanted is None:
        return sorted(installed)
    missing = [deck for deck in wanted if deck not in installed]
    if missing:
        message = _("Dit pakket is niet geïnstalleerd: {decks}.")
        raise LearnerInputError(message.format(decks=", ".join(missing)))
    return wanted


def _set_decks(session: Session, learner_id: int, decks: list[str]) -> None:
    session.execute(delete(LearnerDeckRow).where(LearnerDeckRow.learner_id == learner_id))
    if decks:
        rows = [{"learner_id": learner_id, "deck_id": deck} for deck in decks]
        session.execute(insert(LearnerDeckRow), rows)


def _learner(row: LearnerRow, decks: list[str]) -> Learner:
    return Learner(
        row.id, row.name, tuple(row.languages), row.avatar, row.pin_hash is not None, tuple(decks)
    )
