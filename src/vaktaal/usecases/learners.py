"""Learner profiles: list, add, and the PIN check with its lock-out."""

from enum import StrEnum

from vaktaal.core.clock import Clock
from vaktaal.storage.learner_store import (
    DEFAULT_AVATAR,
    Learner,
    LearnerInputError,
    LearnerStore,
)

__all__ = ["DEFAULT_AVATAR", "Learner", "LearnerInputError", "Learners", "PinCheck"]


class PinCheck(StrEnum):
    """What the check of a typed PIN said."""

    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


class Learners:
    def __init__(self, store: LearnerStore, clock: Clock) -> None:
        self._store = store
        self._clock = clock

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

    def check_pin(self, learner_id: int, pin_code: str) -> PinCheck:
        """Three wrong PINs lock the profile for a minute (scrypt: slow on purpose)."""
        now = self._clock.now()
        if self._store.check_pin(learner_id, pin_code, now):
            return PinCheck.OK
        return PinCheck.LOCKED if self._store.is_locked(learner_id, now) else PinCheck.WRONG
