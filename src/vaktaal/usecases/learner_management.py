"""Learner management for staff: edit, reset a PIN, choose decks, delete, export (one zip)."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from vaktaal.core.i18n import _
from vaktaal.storage.learner_data import Footprint, LearnerData
from vaktaal.storage.learner_store import Learner, LearnerInputError, LearnerStore
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.learner_export import write_export

__all__ = ["Footprint", "LearnerManagement", "UnknownLearner"]


class UnknownLearner(UseCaseError, LookupError):
    def __init__(self, name_or_id: str) -> None:
        super().__init__(_("Er is geen profiel '{name}'.").format(name=name_or_id))


class LearnerManagement:
    def __init__(self, store: LearnerStore, data: LearnerData) -> None:
        self._store = store
        self._data = data
        # After a delete: forget what was derived from the learner's data elsewhere (the
        # dashboard's figures kept on disk); set by the composition root (app.py).
        self.after_delete: Callable[[], None] = _nothing

    def find(self, name_or_id: str) -> Learner:
        """A learner by number or by name (any case); a shared name needs the number."""
        learners = self._store.all()
        wanted = name_or_id.strip()
        if wanted.isdigit():
            found = [x for x in learners if x.id == int(wanted)]
        else:
            found = [x for x in learners if x.name.casefold() == wanted.casefold()]
        if len(found) > 1:
            message = _("Meer profielen heten '{name}'. Gebruik het nummer.")
            raise UseCaseError(message.format(name=wanted))
        if not found:
            raise UnknownLearner(wanted)
        return found[0]

    def get(self, learner_id: int) -> Learner:
        return self.find(str(learner_id))

    def edit(
        self,
        learner: Learner,
        name: str | None = None,
        languages: list[str] | None = None,
        avatar: str | None = None,
    ) -> Learner:
        """Changes only what is given; the rest stays."""
        with _plain_errors():
            self._data.edit(
                learner.id,
                learner.name if name is None else name,
                list(learner.languages) if languages is None else languages,
                learner.avatar if avatar is None else avatar,
            )
        return self.get(learner.id)

    def reset_pin(self, learner: Learner, pin_code: str | None) -> Learner:
        """A new PIN, or none (then the profile opens without one)."""
        with _plain_errors():
            self._data.set_pin(learner.id, pin_code)
        return self.get(learner.id)

    def assign(self, learner: Learner, decks: list[str]) -> Learner:
        with _plain_errors():
            self._data.change_decks(learner.id, add=decks, remove=[])
        return self.get(learner.id)

    def unassign(self, learner: Learner, decks: list[str]) -> Learner:
        with _plain_errors():
            self._data.change_decks(learner.id, add=[], remove=decks)
        return self.get(learner.id)

    def set_decks(self, learner: Learner, decks: list[str]) -> Learner:
        """Exactly these decks, in one transaction (as assign + unassign)."""
        remove = [deck for deck in learner.decks if deck not in decks]
        with _plain_errors():
            self._data.change_decks(learner.id, add=decks, remove=remove)
        return self.get(learner.id)

    def staff_pin(self, person: Learner, pin_code: str) -> None:
        """A new PIN for a buddy or coach; staff always have one."""
        if not person.is_staff or not pin_code:
            raise UseCaseError(_("Een begeleider heeft altijd een pincode."))
        with _plain_errors():
            self._data.set_pin(person.id, pin_code)

    def delete_staff(self, person: Learner, acting: Learner) -> None:
        """Refused for the one logged in (`acting`) and for the last coach."""
        with _plain_errors():
            self._data.delete_staff(person.id, acting.id)

    def footprint(self, learner: Learner) -> Footprint:
        """What a delete would take away besides the profile."""
        with _plain_errors():
            return self._data.footprint(learner.id)

    def delete(self, learner: Learner) -> Footprint:
        with _plain_errors():
            footprint = self._data.delete(learner.id)
        self.after_delete()
        return footprint

    def export(self, learner: Learner, out: Path) -> Path:
        """One zip with JSON and CSV: all of this learner's data (right to see one's data)."""
        with _plain_errors():
            data = self._data.export_data(learner.id)
        write_export(data, out)
        return out


@contextmanager
def _plain_errors() -> Iterator[None]:
    try:
        yield
    except LearnerInputError as error:
        raise UseCaseError(str(error)) from error


def _nothing() -> None:
    """Nothing derived from learners' data to forget."""
