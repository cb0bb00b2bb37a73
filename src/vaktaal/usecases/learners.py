"""Learner profiles: list, add, and the PIN check with its lock-out."""

from enum import StrEnum

from vaktaal.core.clock import Clock
from vaktaal.storage.learner_data import LearnerData
from vaktaal.storage.learner_store import (
    DEFAULT_AVATAR,
    STAFF_AVATAR,
    STAFF_ROLES,
    Learner,
    LearnerInputError,
    LearnerStore,
)
from vaktaal.usecases.learner_management import LearnerManagement

__all__ = ["DEFAULT_AVATAR", "Learner", "LearnerInputError", "Learners", "PinCheck"]
__all__ += ["STAFF_AVATAR", "STAFF_ROLES"]


class PinCheck(StrEnum):
    """What the check of a typed PIN said."""

    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


class Learners:
    def __init__(self, store: LearnerStore, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self.manage = LearnerManagement(store, LearnerData(store.engine))  # staff: edit, delete

    def all(self) -> list[Learner]:
        return self._store.all()

    def add(
        self,
        name: str,
        languages: list[str],
        avatar: str = DEFAULT_AVATAR,
        pin_code: str | None = None,
        decks: list[str] | None = None,
    ) -> Learner:
        """A new profile; by default it practises every installed deck."""
        return self._store.add(name, languages, avatar, pin_code, decks)

    def add_staff(self, name: str, role: str, pin_code: str, avatar: str = STAFF_AVATAR) -> Learner:
        """A buddy or coach (added by a coach, or on the command line); a PIN is required."""
        return self._store.add_staff(name, role, pin_code, avatar)

    def add_first_coach(self, name: str, pin_code: str, avatar: str = STAFF_AVATAR) -> Learner:
        """First start: the very first profile may be a coach; refused once any profile exists."""
        return self._store.add_staff(name, "coach", pin_code, avatar, first=True)

    def staff(self) -> list[Learner]:
        """Buddies and coaches; `all()` lists only the learners who practise."""
        return self._store.staff()

    def has_profiles(self) -> bool:
        return self._store.has_profiles()

    def check_pin(self, learner_id: int, pin_code: str) -> PinCheck:
        """Three wrong PINs lock the profile for a minute (scrypt: slow on purpose)."""
        now = self._clock.now()
        if self._store.check_pin(learner_id, pin_code, now):
            return PinCheck.OK
        return PinCheck.LOCKED if self._store.is_locked(learner_id, now) else PinCheck.WRONG
