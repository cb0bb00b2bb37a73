"""Meetings of the installed decks: list, open, check a summary, record exercise results,
and put the words a learner did not know into their practice.

The app's meeting screens and `vaktaal meeting ...` call the same methods, so a summary is
checked, and a result recorded, by the same rules everywhere.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vaktaal.core.i18n import _
from vaktaal.core.meetings.coverage import SummaryCheck, check_summary, summary_check_to_json
from vaktaal.core.meetings.feedback_text import Feedback, summary_feedback
from vaktaal.core.meetings.model import Meeting
from vaktaal.storage.meeting_store import (
    InstalledMeeting,
    MeetingResult,
    MeetingStore,
    MeetingSummary,
)
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.meeting_authoring import MeetingAuthoring

__all__ = [
    "MAX_SUMMARY_CHARACTERS",
    "UNKNOWN_WORDS",
    "EmptySummary",
    "ExerciseResult",
    "Feedback",
    "InstalledMeeting",
    "MeetingNotFound",
    "MeetingResult",
    "MeetingSummary",
    "Meetings",
    "SummaryCheck",
    "SummaryProblem",
    "SummaryReport",
    "SummaryTooLong",
    "summary_feedback",
    "summary_text",
]

MAX_SUMMARY_CHARACTERS = 100_000  # a summary is a few sentences; this is far beyond any
UNKNOWN_WORDS = "unknown_words"  # the exercise whose tapped words join the practice


class MeetingNotFound(UseCaseError, LookupError):
    def __init__(self, meeting_id: str) -> None:
        super().__init__(_("Er is geen vergadering '{id}'.").format(id=meeting_id))
        self.meeting_id = meeting_id


class SummaryProblem(UseCaseError, ValueError):
    """A summary that cannot be checked; the message says why."""


class EmptySummary(SummaryProblem):
    def __init__(self) -> None:
        super().__init__(_("De samenvatting is leeg. Schrijf of zeg eerst een paar zinnen."))


class SummaryTooLong(SummaryProblem):
    def __init__(self) -> None:
        message = _("De samenvatting is te lang (meer dan {n} tekens). Schrijf een paar zinnen.")
        super().__init__(message.format(n=MAX_SUMMARY_CHARACTERS))


@dataclass(frozen=True)
class SummaryReport:
    """One summary of one installed meeting, checked."""

    meeting_id: str
    deck_id: str
    check: SummaryCheck

    @property
    def feedback(self) -> Feedback:
        """What the learner reads, as the app shows it."""
        return summary_feedback(self.check)

    def to_json(self) -> dict[str, Any]:
        header = {"meeting": self.meeting_id, "deck": self.deck_id}
        return header | summary_check_to_json(self.check) | {"feedback": self.feedback.to_json()}


@dataclass(frozen=True)
class ExerciseResult:
    """A learner finished one exercise of a meeting (details as the exercise gives them)."""

    learner_id: int
    deck_id: str
    meeting_id: str
    exercise: str
    score: float
    details: dict[str, Any]

    @property
    def unknown_words(self) -> list[str]:
        """The term ids the learner tapped as unknown (only in the unknown-words exercise)."""
        tapped = self.details.get("unknown") if self.exercise == UNKNOWN_WORDS else None
        return [str(term_id) for term_id in tapped or ()]


def summary_text(text: str) -> str:
    """The summary, if it can be checked: not empty, not huge (SummaryProblem)."""
    if not text.strip():
        raise EmptySummary()
    if len(text) > MAX_SUMMARY_CHARACTERS:
        raise SummaryTooLong()
    return text


class Meetings:
    def __init__(self, store: MeetingStore) -> None:
        self._store = store
        self.authoring = MeetingAuthoring()

    def list_meetings(self) -> list[MeetingSummary]:
        return self._store.list_meetings()

    def get(self, meeting_id: str) -> InstalledMeeting | None:
        """The installed meeting, or None (removed meanwhile, or never there)."""
        return self._store.get(meeting_id)

    def installed(self, meeting_id: str) -> InstalledMeeting:
        """The installed meeting (MeetingNotFound when there is none)."""
        found = self._store.get(meeting_id.strip())
        if found is None:
            raise MeetingNotFound(meeting_id)
        return found

    def check_summary(self, meeting: Meeting, text: str) -> SummaryCheck:
        """Which main points and action items the summary covers (SummaryProblem); its
        `summary_feedback` is what the learner reads."""
        return check_summary(meeting, summary_text(text))

    def check_installed_summary(self, meeting_id: str, text: str) -> SummaryReport:
        """check_summary for an installed meeting (MeetingNotFound, SummaryProblem)."""
        installed = self.installed(meeting_id)
        check = self.check_summary(installed.meeting, text)
        return SummaryReport(installed.meeting.id, installed.deck_id, check)

    def record_exercise(self, result: ExerciseResult) -> int:
        """Record the result; the words tapped as unknown join the learner's practice.
        Returns how many words joined."""
        self.record_result(
            result.learner_id, result.meeting_id, result.exercise, result.score, result.details
        )
        unknown = result.unknown_words
        return self.add_unknown_words(result.learner_id, result.deck_id, unknown) if unknown else 0

    def record_result(
        self, learner_id: int, meeting_id: str, exercise: str, score: float, details: dict[str, Any]
    ) -> None:
        self._store.record_result(learner_id, meeting_id, exercise, score, details)

    def results(self, learner_id: int) -> list[MeetingResult]:
        return self._store.results(learner_id)

    def add_unknown_words(self, learner_id: int, deck_id: str, term_ids: Sequence[str]) -> int:
        """These terms join the learner's practice; how many were found in the deck."""
        return self._store.add_unknown_words(learner_id, deck_id, term_ids)
