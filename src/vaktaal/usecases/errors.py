"""The failures a use case can report; each carries a message for the user or is explained
by the app and the command line in plain Dutch."""

from vaktaal.core.problems import DeckProblems
from vaktaal.storage.database import DatabaseTooNew
from vaktaal.storage.deck_store import OlderDeckVersion
from vaktaal.storage.learner_store import LearnerInputError
from vaktaal.storage.recordings import UnknownTerm

__all__ = [
    "DatabaseTooNew",
    "DeckProblems",
    "LearnerInputError",
    "OlderDeckVersion",
    "UnknownTerm",
]
