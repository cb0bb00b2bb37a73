"""The exercises after listening to a meeting, one after the other. Results are recorded
through the meetings use case (words tapped as unknown join the learner's practice), as ops
on the app's task manager."""

import logging
import random
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.meetings import exercises as core
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.model import Term
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import dutch
from vaktaal.ui.fit import PageStack, VerticalScroll
from vaktaal.ui.meetings.action_items_view import ActionItemsView
from vaktaal.ui.meetings.exercise_parts import MeetingExerciseView
from vaktaal.ui.meetings.main_points_view import MainPointsView
from vaktaal.ui.meetings.summary_view import SummarySpeech, SummaryView
from vaktaal.ui.meetings.unknown_words_view import UnknownWordsView
from vaktaal.ui.practice.common import MUTED
from vaktaal.ui.tasks import Op, TaskManager
from vaktaal.ui.widgets import text_label
from vaktaal.usecases.changes import PROGRESS
from vaktaal.usecases.meetings import ExerciseResult, InstalledMeeting, Meetings

log = logging.getLogger(__name__)


class DeckLoader(Protocol):
    def load(self, deck_id: str) -> LoadedDeck | None: ...


class MeetingServices(Protocol):
    """What the exercises use of the app's Services."""

    @property
    def decks(self) -> DeckLoader: ...

    @property
    def meetings(self) -> Meetings: ...


class MeetingExercises(QWidget):
    """Main points, action items, unknown words, summary; `finished` after the last.

    Speaking the summary needs `speech` (summary_speech.summary_speech(engine)); without it
    the learner types. Reads and writes run as ops on `tasks`, the app's task manager."""

    finished = Signal()

    def __init__(
        self,
        services: MeetingServices,
        library: PictogramLibrary,
        tasks: TaskManager,
        speech: SummarySpeech | None = None,
        seed: int | None = None,  # None: a new order of the options each time
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.seed = seed
        self.learner_id = 0
        self.deck_id = ""
        self.meeting: Meeting | None = None
        self.steps: list[tuple[str, MeetingExerciseView, Any]] = []
        self.step = -1
        self.main_points = MainPointsView(library)
        self.action_items = ActionItemsView(library)
        self.unknown_words = UnknownWordsView(library)
        self.summary = SummaryView(library, tasks, services.meetings, speech)
        self.title = text_label("", 1.2, bold=True)
        self.progress = text_label("", 1.0)
        self.progress.setStyleSheet(MUTED)
        self.pages = PageStack()  # as high as the exercise on screen
        for view in (self.main_points, self.action_items, self.unknown_words, self.summary):
            self.pages.addWidget(view)
            view.done.connect(self._done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 24, 16)  # a page of the main window
        header = QHBoxLayout()
        header.addWidget(self.title, stretch=1)
        header.addWidget(self.progress)
        layout.addLayout(header)
        scroll = VerticalScroll(self.pages)  # scrolls on a small screen
        layout.addWidget(scroll, stretch=1)

    def deck_terms(self, deck_id: str) -> tuple[Term, ...]:
        """The terms of the meeting's deck (slow: on the database lane)."""
        loaded = self.services.decks.load(deck_id)
        return loaded.deck.terms if loaded is not None else ()

    def start(self, installed: InstalledMeeting, learner_id: int) -> None:
        """Begin with the first exercise once the deck's terms are read (in the background)."""
        meeting = installed.meeting
        self.meeting, self.deck_id, self.learner_id = meeting, installed.deck_id, learner_id
        self.title.setText(dutch(meeting.title))
        self.steps, self.step = [], -1
        deck_id = installed.deck_id
        self.tasks.run(
            Op(
                lambda: self.deck_terms(deck_id),
                lambda terms: self._begin(meeting, terms),
                lambda _error: self._begin(meeting, ()),  # the exercises without the words
            )
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
        self._record(self.current_exercise, score, details)
        if self.step + 1 < len(self.steps):
            self._show(self.step + 1)
        else:
            self.step = len(self.steps)
            self.finished.emit()

    def _record(self, exercise: str, score: float, details: dict[str, Any]) -> None:
        assert self.meeting is not None
        result = ExerciseResult(
            self.learner_id, self.deck_id, self.meeting.id, exercise, score, dict(details)
        )
        meetings = self.services.meetings
        self.tasks.run(
            Op(
                lambda: meetings.record_exercise(result),
                lambda added: log.info("%s meeting words added to practice", added),
                lambda error: log.warning("meeting result not saved: %s", error),
                changes=PROGRESS,
            )
        )

    def shutdown(self) -> None:
        self.summary.shutdown()
