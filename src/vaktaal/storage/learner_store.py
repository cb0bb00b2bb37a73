"""Learner profiles on a shared PC: name, languages, avatar, optional PIN with lock-out."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.orm import Session

from vaktaal.core import languages, pin
from vaktaal.core.i18n import _
from vaktaal.storage.tables import DeckRow, LearnerDeckRow, LearnerRow

MAX_PIN_ATTEMPTS = 3
LOCK_TIME = timedelta(minutes=1)
DEFAULT_AVATAR = "openmoji:1F642"
STAFF_AVATAR = "openmoji:1F9D1-200D-1F3EB"
LEARNER = "learner"
STAFF_ROLES = ("buddy", "coach")


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
    role: str = LEARNER  # "learner", or staff: "buddy" (taalbuddy) or "coach"

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES


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
                decks_chosen=decks is not None,  # chosen decks: new decks do not come by itself
            )
            session.add(row)
            session.flush()
            _set_decks(session, row.id, chosen)
            return _learner(row, chosen)

    def all(self) -> list[Learner]:
        with Session(self.engine) as session:
            learners = select(LearnerRow).where(LearnerRow.role == LEARNER)  # no staff
            rows = session.scalars(learners.order_by(LearnerRow.name)).all()
            links = session.execute(select(LearnerDeckRow.learner_id, LearnerDeckRow.deck_id))
            decks: dict[int, list[str]] = {}
            for learner_id, deck_id in links:
                decks.setdefault(learner_id, []).append(deck_id)
            return [_learner(row, sorted(decks.get(row.id, []))) for row in rows]

    def add_staff(
        self, name: str, role: str, pin_code: str, avatar: str = STAFF_AVATAR, first: bool = False
    ) -> Learner:
        """A buddy or coach, always with a PIN; `first`: only while there is no profile at all."""
        _check_staff(name, role, pin_code)
        with Session(self.engine) as session, session.begin():
            if first and session.scalar(select(func.count()).select_from(LearnerRow)):
                raise LearnerInputError(_("Er is al een profiel. Een coach maakt begeleiders."))
            row = LearnerRow(
                name=name.strip(),
                languages=["nl"],
                avatar=avatar,
                pin_hash=pin.hash_pin(pin_code),
                role=role,
            )
            session.add(row)
            session.flush()
            return _learner(row, [])

    def staff(self) -> list[Learner]:
        """Buddies and coaches, by name."""
        query = select(LearnerRow).where(LearnerRow.role.in_(STAFF_ROLES))
        with Session(self.engine) as session:
            return [_learner(row, []) for row in session.scalars(query.order_by(LearnerRow.name))]

    def has_profiles(self) -> bool:
        with Session(self.engine) as session:
            return bool(session.scalar(select(func.count()).select_from(LearnerRow)))

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


def _check_staff(name: str, role: str, pin_code: str) -> None:
    if role not in STAFF_ROLES:
        raise LearnerInputError(_("Kies de rol buddy of coach."))
    if not pin_code:
        raise LearnerInputError(_("Een begeleider heeft altijd een pincode."))
    _check(name, ["nl"], pin_code)


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
        row.id,
        row.name,
        tuple(row.languages),
        row.avatar,
        row.pin_hash is not None,
        tuple(decks),
        row.role,
    )
