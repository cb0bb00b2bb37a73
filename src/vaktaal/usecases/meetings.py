"""Meetings of the installed decks: list, open, results, and words a learner did not know."""

from collections.abc import Sequence
from typing import Any

from vaktaal.storage.meeting_store import (
    InstalledMeeting,
    MeetingResult,
    MeetingStore,
    MeetingSummary,
)

__all__ = ["InstalledMeeting", "MeetingResult", "MeetingSummary", "Meetings"]


class Meetings:
    def __init__(self, store: MeetingStore) -> None:
        self._store = store

    def list_meetings(self) -> list[MeetingSummary]:
        return self._store.list_meetings()

    def get(self, meeting_id: str) -> InstalledMeeting | None:
        return self._store.get(meeting_id)

    def record_result(
        self, learner_id: int, meeting_id: str, exercise: str, score: float, details: dict[str, Any]
    ) -> None:
        self._store.record_result(learner_id, meeting_id, exercise, score, details)

    def results(self, learner_id: int) -> list[MeetingResult]:
        return self._store.results(learner_id)

    def add_unknown_words(self, learner_id: int, deck_id: str, term_ids: Sequence[str]) -> int:
        """These terms join the learner's practice; how many were found in the deck."""
        return self._store.add_unknown_words(learner_id, deck_id, term_ids)
