"""From the learner's home to the meetings: the list, the player, then the exercises.

The meetings are read through the meetings use case, as ops on the window's task manager.
Without the exercises screen (vaktaal.ui.meetings.exercises) the learner sees a short "well
listened" page instead.
"""

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.meetings.end_page import ListenedPage
from vaktaal.ui.meetings.exercises import MeetingExercises
from vaktaal.ui.meetings.meeting_list import MeetingListPage
from vaktaal.ui.meetings.player import MeetingPlayer
from vaktaal.ui.meetings.summary_view import SummarySpeech
from vaktaal.ui.meetings.voice import MeetingVoice, QtMeetingVoice, library_fetcher
from vaktaal.ui.tasks import Op
from vaktaal.usecases import Services
from vaktaal.usecases.learners import Learner
from vaktaal.usecases.meetings import InstalledMeeting, MeetingSummary

log = logging.getLogger(__name__)


class MeetingSource(Protocol):
    """The reading side of the meetings use case (usecases.meetings.Meetings)."""

    def list_meetings(self) -> Sequence[MeetingSummary]: ...
    def get(self, meeting_id: str) -> InstalledMeeting | None: ...


class Home(Protocol):
    """The controller: who is practising, and the way back to the home page."""

    learner: Learner | None

    def show_home(self) -> None: ...


ExercisesFactory = Callable[[], QWidget | None]


class MeetingFlow(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: Services,
        home: Home,
        voice: MeetingVoice | None = None,
        meetings: MeetingSource | None = None,
        exercises: ExercisesFactory | None = None,
        speech: SummarySpeech | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.services, self.home = window, services, home
        self.meetings: MeetingSource = meetings or services.meetings
        self.voice = voice or QtMeetingVoice(library_fetcher(services.audio), window.tasks, self)
        self.make_exercises = exercises or (lambda: default_exercises(services, window, speech))
        self.list_page = MeetingListPage(window.library)
        self.player = MeetingPlayer(window.library, self.voice)
        self.listened = ListenedPage(window.library)
        self.exercises: QWidget | None = None
        self.installed: InstalledMeeting | None = None
        for page in (self.list_page, self.player, self.listened):
            window.stack.addWidget(page)
        self._connect()

    def _connect(self) -> None:
        self.window.home.meetings_requested.connect(self.show_list)
        self.list_page.back_requested.connect(self.home.show_home)
        self.list_page.start_requested.connect(self.open_meeting)
        self.player.back_requested.connect(self.show_list)
        self.player.done_requested.connect(self.after_listening)
        self.listened.again_requested.connect(self._listen_again)
        self.listened.list_requested.connect(self.show_list)

    def show_list(self) -> None:
        meetings = self.meetings
        self.window.tasks.run(
            Op(lambda: list(meetings.list_meetings()), self._list_ready, self._failed)
        )

    def _list_ready(self, meetings: list[MeetingSummary]) -> None:
        self.window.show_page(self.list_page)
        self.list_page.show_meetings(meetings)

    def open_meeting(self, meeting_id: str) -> None:
        meetings = self.meetings
        self.window.tasks.run(
            Op(lambda: meetings.get(meeting_id), self._meeting_ready, self._failed)
        )

    def _meeting_ready(self, installed: InstalledMeeting | None) -> None:
        if installed is None:  # removed meanwhile (a deck update): show what is there now
            self.show_list()
            return
        self.installed = installed
        self.window.show_page(self.player)
        self.player.load(installed.meeting)

    def after_listening(self) -> None:
        """The exercises of this meeting; without them, the 'well listened' page."""
        learner, installed = self.home.learner, self.installed
        exercises = self._exercises()
        if exercises is None or learner is None or installed is None:
            self.window.show_page(self.listened)
            self.listened.show_meeting(installed.meeting.title if installed else "")
            return
        self.window.show_page(exercises)
        exercises.start(installed, learner.id)  # type: ignore[attr-defined]

    def _exercises(self) -> QWidget | None:
        if self.exercises is None:
            self.exercises = self.make_exercises()
            if self.exercises is not None:
                self.window.stack.addWidget(self.exercises)
                self.exercises.finished.connect(self.show_list)  # type: ignore[attr-defined]
        return self.exercises

    def _listen_again(self) -> None:
        self.window.show_page(self.player)
        self.player.play()

    def _failed(self, _error: Exception) -> None:
        self.window.show_problem(
            self.tr("Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.")
        )


def default_exercises(
    services: Services, window: MainWindow, speech: SummarySpeech | None
) -> MeetingExercises:
    """The exercises screen, on the window's task manager; `speech`: saying the summary."""
    return MeetingExercises(services, window.library, window.tasks, speech=speech)
