"""The exercises after listening to a meeting, one after the other; results are recorded
in the background (services.meetings, Part M1), tapped words go into the learner's practice."""

import logging
import random
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from vaktaal.core.meetings import coverage
from vaktaal.core.meetings import exercises as core
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.model import Deck, Term
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.meetings.action_items_view import ActionItemsView
from vaktaal.ui.meetings.exercise_parts import MeetingExerciseView
from vaktaal.ui.meetings.main_points_view import MainPointsView
from vaktaal.ui.meetings.summary_view import CheckSummary, SummarySpeech, SummaryView
from vaktaal.ui.meetings.unknown_words_view import UnknownWordsView
from vaktaal.ui.practice.common import MUTED
from vaktaal.ui.widgets import text_label
from vaktaal.ui.workers import TaskRunner

log = logging.getLogger(__name__)


class MeetingResults(Protocol):
    """Where results go (vaktaal.storage.meeting_store.MeetingStore fits)."""

    def record_result(
        self, learner_id: int, meeting_id: str, exercise: str, score: float, details: dict[str, Any]
    ) -> None: ...

    def add_unknown_words(self, learner_id: int, deck_id: str, term_ids: Sequence[str]) -> int: ...


class LoadedDeckLike(Protocol):
    @property
    def deck(self) -> Deck: ...


class DeckLoader(Protocol):
    def load(self, deck_id: str) -> LoadedDeckLike | None: ...


class MeetingServices(Protocol):
    """What the exercises use of the app's Services."""

    @property
    def decks(self) -> DeckLoader: ...

    @property
    def meetings(self) -> MeetingResults: ...


class InstalledMeetingLike(Protocol):
    """A meeting and the deck it belongs to (meeting_store.InstalledMeeting fits)."""

    @property
    def deck_id(self) -> str: ...

    @property
    def meeting(self) -> Meeting: ...


class MeetingExercises(QWidget):
    """Main points, action items, unknown words, summary; `finished` after the last.

    Speaking the summary needs `speech` (summary_speech.summary_speech(engine)); without it
    the learner types. Reads and writes run on `runner` (its own one when not given)."""

    finished = Signal()

    def __init__(
        self,
        services: MeetingServices,
        library: PictogramLibrary,
        runner: TaskRunner | None = None,
        speech: SummarySpeech | None = None,
        check_summary: CheckSummary = coverage.check_summary,
        seed: int | None = None,  # None: a new order of the options each time
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner or TaskRunner(self)
        self._own_runner = runner is None
        self.seed = seed
        self.learner_id = 0
        self.deck_id = ""
        self.meeting: Meeting | None = None
        self.steps: list[tuple[str, MeetingExerciseView, Any]] = []
        self.step = -1
        self.main_points = MainPointsView(library)
        self.action_items = ActionItemsView(library)
        self.unknown_words = UnknownWordsView(library)
        self.summary = SummaryView(library, self.runner, check_summary, speech)
        self.title = text_label("", 1.2, bold=True)
        self.progress = text_label("", 1.0)
        self.progress.setStyleSheet(MUTED)
        self.pages = QStackedWidget()
        for view in (self.main_points, self.action_items, self.unknown_words, self.summary):
            self.pages.addWidget(view)
            view.done.connect(self._done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.title, stretch=1)
        header.addWidget(self.progress)
        layout.addLayout(header)
        layout.addWidget(self.pages, stretch=1)

    def deck_terms(self, deck_id: str) -> tuple[Term, ...]:
        """The terms of the meeting's deck (slow: on the runner)."""
        loaded = self.services.decks.load(deck_id)
        return loaded.deck.terms if loaded is not None else ()

    def start(self, installed: InstalledMeetingLike, learner_id: int) -> None:
        """Begin with the first exercise once the deck's terms are read (in the background)."""
        meeting = installed.meeting
        self.meeting, self.deck_id, self.learner_id = meeting, installed.deck_id, learner_id
        self.title.setText(meeting.title)
        self.steps, self.step = [], -1
        deck_id = installed.deck_id
        self.runner.run(
            lambda: self.deck_terms(deck_id),
            lambda terms: self._begin(meeting, terms),
            lambda _error: self._begin(meeting, ()),
        )

    def _begin(self, meeting: Meeting, terms: Sequence[Term]) -> None:
        if meeting is not self.meeting:
            return  # another meeting was started meanwhile
        seed = self.seed if self.seed is not None else random.randrange(1_000_000)
        steps: list[tuple[str, MeetingExerciseView, Any]] = []
        if meeting.main_points or meeting.distractors:
            steps.append(("main_points", self.main_points, core.build_main_points(meeting, seed)))
        if questions := core.build_action_items(meeting, seed):
            steps.append(("action_items", self.action_items, questions))
        if chips := core.unknown_word_chips(meeting, terms):
            steps.append(("unknown_words", self.unknown_words, chips))
        steps.append(("summary", self.summary, meeting))
        self.steps = steps
        self._show(0)

    @property
    def current_exercise(self) -> str:
        return self.steps[self.step][0] if 0 <= self.step < len(self.steps) else ""

    def _show(self, index: int) -> None:
        self.step = index
        _name, view, data = self.steps[index]
        self.progress.setText(
            self.tr("Oefening {n} van {total}").format(n=index + 1, total=len(self.steps))
        )
        view.show_exercise(data)  # type: ignore[attr-defined]
        self.pages.setCurrentWidget(view)
        view.focus_main()

    def _done(self, score: float, details: dict[str, Any]) -> None:
        if self.meeting is None or not 0 <= self.step < len(self.steps):
            return
        exercise = self.current_exercise
        self._record(exercise, score, details)
        if exercise == "unknown_words" and details.get("unknown"):
            self._add_unknown_words(list(details["unknown"]))
        if self.step + 1 < len(self.steps):
            self._show(self.step + 1)
        else:
            self.step = len(self.steps)
            self.finished.emit()

    def _record(self, exercise: str, score: float, details: dict[str, Any]) -> None:
        assert self.meeting is not None
        learner, meeting_id, store = self.learner_id, self.meeting.id, self.services.meetings
        self.runner.run(
            lambda: store.record_result(learner, meeting_id, exercise, score, details),
            lambda _none: None,
            lambda error: log.warning("meeting result not saved: %s", error),
        )

    def _add_unknown_words(self, term_ids: list[str]) -> None:
        learner, deck_id = self.learner_id, self.deck_id
        self.runner.run(
            lambda: self.services.meetings.add_unknown_words(learner, deck_id, term_ids),
            lambda added: log.info("%s meeting words added to practice", added),
            lambda error: log.warning("meeting words not added: %s", error),
        )

    def shutdown(self) -> None:
        self.summary.shutdown()
        if self._own_runner:
            self.runner.shutdown()
