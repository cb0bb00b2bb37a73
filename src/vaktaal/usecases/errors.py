"""The failures a use case can report; each carries a message for the user or is explained
by the app and the command line in plain Dutch."""

from vaktaal.core.i18n import _
from vaktaal.core.problems import DeckProblems
from vaktaal.storage.connection_errors import DatabaseConnectionError
from vaktaal.storage.database import DatabaseTooNew
from vaktaal.storage.deck_store import OlderDeckVersion
from vaktaal.storage.integrity import DatabaseDamaged
from vaktaal.storage.learner_store import LearnerInputError
from vaktaal.storage.migration_lock import ServerUpgradeNeeded, UpgradeWaitTimeout
from vaktaal.storage.recordings import UnknownTerm

__all__ = [
    "DatabaseConnectionError",
    "DatabaseDamaged",
    "DatabaseTooNew",
    "DeckNotFound",
    "UseCaseError",
    "DeckProblems",
    "LearnerInputError",
    "OlderDeckVersion",
    "ServerUpgradeNeeded",
    "UnknownTerm",
    "UpgradeWaitTimeout",
]


class UseCaseError(Exception):
    """A use case could not do what was asked; the message says why and what to do."""


class DeckNotFound(UseCaseError, LookupError):
    def __init__(self, deck_id: str) -> None:
        super().__init__(_("Pakket '{id}' bestaat niet.").format(id=deck_id))
        self.deck_id = deck_id
