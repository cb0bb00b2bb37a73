"""A buddy session from the staff home: learner (with their PIN), length, practice, notes.

The session is the learner's practice page in a frame with a countdown. Every answer is
written as it is given, marked with the session (usecases.buddy). When the time is up the
exercise on screen is finished, then the end page asks for the buddy's notes. The speaking
check uses what the buddies taught it about this learner (speaking_calibration), and the
buddy may change any spoken verdict to goed, bijna or nog eens.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject

from vaktaal.core.practice.session import Outcome, PracticeSession, SessionSummary
from vaktaal.speech.engine import SpeechEngine
from vaktaal.speech.tts import Speaker
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.practice.practice_page import PracticePage
from vaktaal.ui.practice.saved_answers import SavedAnswers
from vaktaal.ui.practice.server_watch import ServerWatch
from vaktaal.ui.practice.sounds import SoundOptions, sounds_folder
from vaktaal.ui.profiles.pin_dialog import PinDialog
from vaktaal.ui.speaking.capture import microphone_listener
from vaktaal.ui.speaking.support import SpeakingSupport
from vaktaal.ui.staff.buddy.end_page import BuddyEndPage
from vaktaal.ui.staff.buddy.session_page import BuddySessionPage
from vaktaal.ui.staff.buddy.start_pages import LearnerChoicePage, LengthPage
from vaktaal.ui.tasks import Op
from vaktaal.usecases import Services
from vaktaal.usecases.buddy import BuddySessionRecord
from vaktaal.usecases.changes import PROGRESS
from vaktaal.usecases.learners import Learner, PinCheck


class PracticeHost(Protocol):
    """The controller: voice, speech engine and the learner's sound setting."""

    @property
    def speaker(self) -> Speaker: ...
    @property
    def speech(self) -> SpeechEngine: ...
    @property
    def autoplay(self) -> bool: ...
    @property
    def server(self) -> ServerWatch: ...
    def can_speak(self) -> bool: ...


class Hub(Protocol):
    """The staff flow (ui/staff/staff_flow.py): who is logged in, and the way home."""

    @property
    def staff(self) -> Learner | None: ...
    @property
    def host(self) -> PracticeHost: ...
    def show_home(self) -> None: ...


@dataclass
class Running:
    """The session on screen."""

    learner: Learner
    session_id: int
    session: PracticeSession
    page: PracticePage
    answers: SavedAnswers
    time_up: bool = False


class BuddyFlow(QObject):
    def __init__(self, window: MainWindow, services: Services, hub: Hub) -> None:
        super().__init__(window)
        self.window, self.services, self.hub = window, services, hub
        self.tasks = window.tasks
        self.seconds_per_minute = 60.0  # tests make a session short
        self.can_speak: Callable[[], bool] = hub.host.can_speak
        self.speaking_support: Callable[[], SpeakingSupport | None] = self._speaking_support
        self.choice_page = LearnerChoicePage(window.library)
        self.length_page = LengthPage(window.library)
        self.session_page = BuddySessionPage(window.library)
        self.end_page = BuddyEndPage(window.library)
        for page in (self.choice_page, self.length_page, self.session_page, self.end_page):
            window.stack.addWidget(page)
        self.learner: Learner | None = None
        self.running: Running | None = None
        self.choice_page.chosen.connect(self.choose)
        self.choice_page.back_requested.connect(hub.show_home)
        self.length_page.back_requested.connect(self.start)
        self.length_page.length_chosen.connect(self.begin)
        self.session_page.countdown.expired.connect(self._time_up)
        self.end_page.save_requested.connect(self.save)

    def start(self) -> None:
        """Staff only: choose the learner."""
        if self.hub.staff is None:
            self.hub.show_home()  # the staff home sends anyone else to the profiles
            return
        self.tasks.run(Op(self.services.learners.all, self._learners_ready))

    def _learners_ready(self, learners: list[Learner]) -> None:
        self.choice_page.show_learners(learners)
        self.window.show_page(self.choice_page)

    def choose(self, learner: Learner) -> None:
        """The learner confirms with their PIN when they have one."""
        if learner.has_pin and not self._pin_accepted(learner):
            return
        self.learner = learner
        buddies = self.services.buddy
        self.tasks.run(Op(lambda: buddies.last_note(learner.id), self._show_length))

    def _pin_accepted(self, learner: Learner) -> bool:
        def check(pin: str, answer: Callable[[PinCheck], None]) -> None:
            learners = self.services.learners
            self.tasks.run(Op(lambda: learners.check_pin(learner.id, pin), answer))

        return bool(PinDialog(learner, self.window.library, check, self.window).exec())

    def _show_length(self, last: BuddySessionRecord | None) -> None:
        if self.learner is not None:
            self.length_page.show_learner(self.learner, last)
            self.window.show_page(self.length_page)

    def begin(self, minutes: int) -> None:
        """Start the session: the plan, with the learner's speaking calibration."""
        learner, buddy = self.learner, self.hub.staff
        if learner is None or buddy is None:
            self.hub.show_home()
            return
        speaking = self.can_speak()
        services, speech = self.services, self.hub.host.speech

        def plan() -> tuple[int, PracticeSession]:
            session_id = services.buddy.start(learner.id, buddy, minutes)
            session = services.buddy.plan(learner.id, minutes, speaking)
            if speaking:
                speech.use_deck_words(services.practice.deck_words(session))
                speech.calibrate(services.practice.speaking_calibration(learner.id).shift)
            return session_id, session

        self.tasks.run(Op(plan, lambda planned: self._show_session(learner, minutes, *planned)))

    def _show_session(
        self, learner: Learner, minutes: int, session_id: int, session: PracticeSession
    ) -> None:
        buddies = self.services.buddy
        answers = SavedAnswers(
            self.tasks,
            lambda outcome: buddies.record(learner.id, session_id, outcome),
            self.hub.host.server,  # the banner when the server is away
        )
        page = self._practice_page(learner)
        self.running = Running(learner, session_id, session, page, answers)
        page.finished.connect(lambda summary: self._finished(session_id, summary))
        self.session_page.begin(learner, page, minutes * self.seconds_per_minute)
        self.window.show_page(self.session_page)
        page.start(session)

    def _practice_page(self, learner: Learner) -> PracticePage:
        host = self.hub.host
        page = PracticePage(
            self.window.library,
            host.speaker,
            self._record,
            learner.languages[0] if learner.languages else "nl",
            speaking=self.speaking_support(),
            tasks=self.tasks,
            sounds=SoundOptions(host.autoplay, sounds_folder(self.services.paths.assets_dir)),
            server=host.server,
        )
        if page.speaking is not None:
            page.speaking.panel.offer_buddy_choice()  # goed, bijna or nog eens
        return page

    def _speaking_support(self) -> SpeakingSupport | None:
        speech = self.hub.host.speech
        if not speech.ready:
            return None
        return SpeakingSupport(microphone_listener, speech.judge, speech.start_check)

    def _record(self, outcome: Outcome) -> None:
        running = self.running
        if running is None:
            return
        running.answers.record(outcome)
        if running.time_up:  # the exercise on screen was the last one
            del running.session.exercises[running.session.position :]

    def _time_up(self) -> None:
        """Let the exercise on screen finish, then end."""
        running = self.running
        if running is None:
            return
        running.time_up = True
        session = running.session
        on_screen = running.page.current_view.exercise
        keep = session.position + 1 if session.current is on_screen else session.position
        del session.exercises[keep:]

    def _finished(self, session_id: int, summary: SessionSummary) -> None:
        running = self.running
        if running is None or running.session_id != session_id:
            return
        self.session_page.stop()
        outcomes = list(running.session.outcomes)
        running.answers.when_written(
            lambda saved, given: self._show_end(running, summary, outcomes, saved, given)
        )

    def _show_end(
        self,
        running: Running,
        summary: SessionSummary,
        outcomes: list[Outcome],
        saved: int,
        given: int,
    ) -> None:
        if self.running is not running:
            return
        suggestion = self.services.buddy.suggest(summary, outcomes)
        self.end_page.show_end(running.learner.name, suggestion, saved, given)
        self.window.show_page(self.end_page)

    def save(self, went_well: str, to_practise: str, next_note: str) -> None:
        running, self.running = self.running, None
        if running is None:
            return
        buddies, session_id = self.services.buddy, running.session_id
        self.tasks.run(
            Op(
                lambda: buddies.finish(session_id, went_well, to_practise, next_note),
                lambda _: self.hub.show_home(),
                changes=PROGRESS,
            )
        )
