"""Moves the learner between screens; all database work goes to the task manager as ops.

After an op that changed something, the page on screen is shown again with fresh data.
"""

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QMediaDevices

from vaktaal.core.i18n import language_for
from vaktaal.core.practice.plan import SessionOptions
from vaktaal.core.practice.session import PracticeSession, SessionSummary
from vaktaal.speech.engine import SpeechEngine, SpeechState
from vaktaal.speech.model_install import install_model
from vaktaal.speech.models import ModelProblem
from vaktaal.speech.tts import Speaker
from vaktaal.ui.audio_player import AudioSpeaker
from vaktaal.ui.authoring.editor_flow import EditorFlow
from vaktaal.ui.i18n import choose_language, switch_language
from vaktaal.ui.idle import IdleWatcher
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.meetings.meeting_flow import MeetingFlow
from vaktaal.ui.meetings.summary_speech import summary_speech
from vaktaal.ui.meetings.transcribe_task import engine_model_source
from vaktaal.ui.practice.practice_page import PracticePage
from vaktaal.ui.practice.saved_answers import SavedAnswers
from vaktaal.ui.practice.server_watch import ServerWatch
from vaktaal.ui.practice.sounds import SoundOptions, sounds_folder
from vaktaal.ui.profiles.new_learner_dialog import NewLearnerDialog
from vaktaal.ui.profiles.new_learner_form import add_profile
from vaktaal.ui.profiles.pin_dialog import PinDialog
from vaktaal.ui.profiles.staff_login_dialog import StaffLoginDialog
from vaktaal.ui.recording.recording_flow import RecordingFlow
from vaktaal.ui.speaking.capture import microphone_listener
from vaktaal.ui.speaking.support import SpeakingSupport
from vaktaal.ui.staff.staff_flow import StaffFlow
from vaktaal.ui.tasks import Lane, Op
from vaktaal.ui.text_size import apply_text_size
from vaktaal.usecases import Services
from vaktaal.usecases.changes import LEARNERS, SETTINGS, Changes
from vaktaal.usecases.learners import Learner, PinCheck
from vaktaal.usecases.practice import HomeOverview, ProgressOverview, WordList
from vaktaal.usecases.settings import AppSettings, Preferences

log = logging.getLogger(__name__)

T = TypeVar("T")


class Controller(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: Services,
        settings: AppSettings,
        speaker: Speaker | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.speaker = speaker or AudioSpeaker(services.audio, window.tasks, parent=self)
        self.learner: Learner | None = None
        self.staff: Learner | None = None  # a buddy or coach logged in: staff screens open
        self.autoplay = True  # the learner's preference: words play by themselves
        self.speech = SpeechEngine(services.paths)
        self.tasks = window.tasks
        self.tasks.default_error = self._failed
        self.tasks.changed.connect(self.refresh)
        self.server = ServerWatch(self.tasks, services.practice.replay_kept, self)
        self.server.retry()  # answers kept on this PC while the server was away
        self._install_progress = _Progress(self)
        self.idle = IdleWatcher(settings.idle_minutes, self)
        self.idle.timed_out.connect(self.show_picker)
        self._connect_pages()
        models = engine_model_source(self.speech)  # the meeting editor shares the loaded model
        self.authoring = EditorFlow(self.window, self.services, self, models)  # "Pakket maken"

    def _connect_pages(self) -> None:
        """Every connection to a page is made here: again after the pages are made again."""
        w = self.window
        w.picker.chosen.connect(self.choose_learner)
        w.picker.add_requested.connect(self.add_learner)
        w.home.practice_requested.connect(self.start_practice)
        w.home.progress_requested.connect(self.show_progress)
        w.home.text_size_requested.connect(self.change_text_size)
        w.home.autoplay_requested.connect(self.change_autoplay)
        w.home.logout_requested.connect(self.show_picker)
        w.summary.again_requested.connect(lambda: self.start_practice(""))
        w.summary.home_requested.connect(self.show_home)
        w.progress.back_requested.connect(self.show_home)
        w.progress.words_requested.connect(self.show_word_list)
        w.word_list.back_requested.connect(self.show_progress)
        w.word_list.speaker = self.speaker
        w.show_decks_action.triggered.connect(self.show_decks)
        self.staff_flow = StaffFlow(w, self.services, self)
        w.decks_back.clicked.connect(self.staff_flow.show_home)
        w.home.speech_requested.connect(lambda: w.show_page(w.speech_page))
        w.speech_panel.back_requested.connect(self.show_home)
        w.decks_speech.clicked.connect(lambda: w.show_page(w.speech_staff_page))  # coach, IT
        w.speech_staff.back_requested.connect(self.show_decks)
        w.speech_staff.install_requested.connect(self.install_speech_model)
        self._install_progress.changed.connect(w.speech_staff.show_install_progress)
        self._connect_recording()
        speech = summary_speech(self.speech)
        self.meetings = MeetingFlow(self.window, self.services, self, speech=speech)

    def install_speech_model(self, source: str) -> None:
        """Install a model zip (from IT) in the background, with progress; then load it."""
        progress = self._install_progress

        def install() -> SpeechState:
            install_model(source, self.services.paths, progress.changed.emit)
            return self.speech.load()

        self.tasks.run(
            Op(
                install, self._show_speech_state, self._install_failed, Lane.CPU
            )  # the panel shows how far
        )

    def _install_failed(self, error: Exception) -> None:
        message = (
            str(error)
            if isinstance(error, ModelProblem)
            else self.tr("Het installeren is niet gelukt. Er is niets veranderd. Vraag IT om hulp.")
        )
        self._show_speech_state(self.speech.state)
        self.window.speech_staff.show_install_problem(message)

    def load_speech(self) -> None:
        """Load the speech model in the background; the home page shows how far it is."""
        self._show_speech_state(self.speech.state)
        self.tasks.run(Op(self.speech.load, self._show_speech_state, self._speech_failed, Lane.CPU))

    def _show_speech_state(self, state: SpeechState) -> None:
        shown = "other" if state.other_language else state.state  # other: install the Dutch one
        self.window.home.set_speech_state(shown)
        self.window.speech_panel.show_state(shown)  # the learner's page: no details
        self.window.speech_staff.show_state(shown, state.message)

    def _speech_failed(self, error: Exception) -> None:
        self._show_speech_state(SpeechState("broken", str(error)))

    def can_speak(self) -> bool:
        usable = self.speech.ready and not self.speech.state.other_language
        return usable and bool(QMediaDevices.audioInputs())

    def _run(
        self, work: Callable[[], T], on_done: Callable[[T], None], changes: Changes | None = None
    ) -> None:
        self.tasks.run(Op(work, on_done, self._failed, changes=changes or Changes()))

    def refresh(self, changes: Changes) -> None:
        """Show the page on screen again with fresh data, when the change concerns it."""
        w, page = self.window, self.window.stack.currentWidget()
        if page is w.decks_page and changes.decks:
            self.show_decks()
        elif page is w.home and self.learner is not None and (changes.decks or changes.progress):
            self.show_home()
        elif page is w.picker and changes.learners:
            self.show_picker()
        elif page is w.progress and (changes.decks or changes.progress):
            self.show_progress()
        elif page is w.word_list and (changes.decks or changes.progress):
            self.show_word_list(w.word_list.deck_id)

    def _failed(self, error: Exception) -> None:
        if self.server.is_away(error):  # "Even wachten op de server…", then home again
            self.server.wait(self.window, self.show_home)
            return
        self.window.show_problem(
            self.tr("Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.")
        )

    def _use_language(self, language: str) -> None:
        """Screens in `language` (the learner's; the PC's at logout): the pages are made again
        in it, the services, tasks, speech engine and window stay."""
        if not switch_language(language):
            return
        for flow in (self.meetings, self.recordings, self.staff_flow):
            flow.deleteLater()
        self.window.rebuild_pages()
        self._connect_pages()
        self._show_speech_state(self.speech.state)

    def show_picker(self) -> None:
        self.learner = self.staff = None
        self.idle.stop()
        apply_text_size("normal")
        self._use_language(choose_language())
        learners = self.services.learners
        self._run(lambda: (learners.all(), learners.staff()), self._picker_ready)

    def _picker_ready(self, profiles: tuple[list[Learner], list[Learner]]) -> None:
        self.window.picker.show_learners(profiles[0])
        self.window.picker.show_staff(profiles[1])
        self.window.show_page(self.window.picker)

    def choose_learner(self, learner: Learner) -> None:
        if learner.is_staff:  # always with a PIN
            if self._pin_accepted(learner):
                self.start_staff_session(learner)
            return
        if learner.has_pin and not self._pin_accepted(learner):
            return
        self.learner = learner
        self.idle.start()
        self._run(lambda: self.services.settings.preferences(learner.id), self._preferences_ready)

    def _pin_accepted(self, learner: Learner) -> bool:
        def check(pin: str, answer: Callable[[PinCheck], None]) -> None:
            self._run(lambda: self.services.learners.check_pin(learner.id, pin), answer)

        return bool(PinDialog(learner, self.window.library, check, self.window).exec())

    def _preferences_ready(self, preferences: Preferences) -> None:
        if self.learner is not None:
            self._use_language(language_for(self.learner.languages))
        apply_text_size(preferences.text_size)
        self.window.home.set_text_size(preferences.text_size)
        self.autoplay = preferences.autoplay
        self.window.home.set_autoplay(preferences.autoplay)
        self.show_home()

    def show_home(self) -> None:
        learner = self.learner
        if learner is None:
            self.show_picker()
            return
        self._run(
            lambda: self.services.practice.home(learner.id),
            lambda overview: self._home_ready(learner, overview),
        )

    def _home_ready(self, learner: Learner, overview: HomeOverview) -> None:
        self.window.home.show_overview(learner, overview)
        self.window.show_page(self.window.home)

    def start_practice(self, deck_id: str) -> None:
        learner = self.learner
        if learner is None:
            return
        speaking = self.can_speak()
        options = SessionOptions(listening=self.speaker.available, speaking=speaking)

        def plan() -> PracticeSession:
            session = self.services.practice.start_session(learner.id, deck_id or None, options)
            if speaking:
                self.speech.use_deck_words(self.services.practice.deck_words(session))
                calibration = self.services.practice.speaking_calibration(learner.id)
                self.speech.calibrate(calibration.shift)  # what the buddies taught it
            return session

        self._run(plan, lambda session: self.show_session(learner, session))

    def show_session(self, learner: Learner, session: PracticeSession) -> None:
        if session.finished:
            self.show_home()
            return
        support = SpeakingSupport(microphone_listener, self.speech.judge, self.speech.start_check)
        answers = self._recorder(learner)
        page = PracticePage(
            self.window.library,
            self.speaker,
            answers.record,
            learner.languages[0],
            speaking=support if self.speech.ready else None,
            tasks=self.tasks,
            sounds=SoundOptions(self.autoplay, sounds_folder(self.services.paths.assets_dir)),
            server=self.server,
        )
        page.finished.connect(
            lambda summary: answers.when_written(
                lambda saved, _given: self._session_finished(learner, summary, saved)
            )
        )
        self.window.replace_practice_page(page)
        page.start(session)

    def _recorder(self, learner: Learner) -> SavedAnswers:
        """Each answer is written as it is given; the summary says how many arrived."""
        return SavedAnswers(
            self.tasks,
            lambda outcome: self.services.practice.record(learner.id, outcome),
            self.server,
        )

    def _session_finished(self, learner: Learner, summary: SessionSummary, saved: int) -> None:
        if self.learner != learner:  # gone back to the profiles meanwhile
            return
        self.window.summary.show_summary(summary, saved)
        self.window.show_page(self.window.summary)

    def show_progress(self) -> None:
        learner = self.learner
        if learner is None:
            return
        self._run(lambda: self.services.practice.progress(learner.id), self._progress_ready)

    def _progress_ready(self, overview: ProgressOverview) -> None:
        self.window.progress.show_progress(overview)
        self.window.show_page(self.window.progress)

    def show_word_list(self, deck_id: str) -> None:
        learner = self.learner
        if learner is not None:
            self._run(lambda: self.services.practice.word_list(learner.id, deck_id), self._words)

    def _words(self, word_list: WordList) -> None:
        if word_list.deck is None:  # no longer one of the learner's decks
            self.show_progress()
            return
        self.window.word_list.show_words(word_list)
        self.window.show_page(self.window.word_list)

    def change_text_size(self, size: str) -> None:
        learner = self.learner
        if learner is None:
            return
        apply_text_size(size)
        self.window.home.set_text_size(size)
        self._run(lambda: self.services.settings.set_text_size(learner.id, size), _ignore, SETTINGS)

    def change_autoplay(self, on: bool) -> None:
        learner = self.learner
        if learner is None:
            return
        self.autoplay = on
        self._run(lambda: self.services.settings.set_autoplay(learner.id, on), _ignore, SETTINGS)

    def add_learner(self) -> None:
        self._run(self.services.learners.has_profiles, self._new_profile)

    def _new_profile(self, has_profiles: bool) -> None:
        """First start (no profile at all): the first profile may be a coach."""
        dialog = NewLearnerDialog(self.window.library, self.window, allow_coach=not has_profiles)
        if not dialog.exec():
            return
        values = dialog.values()
        learners = self.services.learners
        self._run(lambda: add_profile(learners, values), _ignore, LEARNERS)  # picker refreshes

    def start_staff_session(self, person: Learner) -> None:
        """A buddy or coach logged in (PIN checked): the learner's session ends."""
        self.learner, self.staff = None, person
        self.idle.start()
        self._use_language(choose_language())
        self.staff_flow.show_home()

    def show_decks(self) -> None:
        """Staff only (Ctrl+P): without a staff login, ask for one first."""
        if self.staff is None:
            self._run(self.services.learners.staff, self._ask_staff)
            return
        self._run(self.services.decks.list_decks, self.window.show_deck_list)

    def _ask_staff(self, staff: list[Learner]) -> None:
        dialog = StaffLoginDialog(staff, self.window.library, self.window)
        if dialog.exec() and dialog.chosen is not None and self._pin_accepted(dialog.chosen):
            self.start_staff_session(dialog.chosen)

    def _connect_recording(self) -> None:
        """Own recordings of a deck's terms: the screen behind the decks page (ui/recording)."""
        self.recordings = RecordingFlow(self.window, self.services, self.speaker, self)
        self.window.recording.back_requested.connect(self.show_decks)


def _ignore(_result: object) -> None:
    """A background write that needs no answer on screen."""


class _Progress(QObject):
    """Carries install progress from the background thread to the screen (queued)."""

    changed = Signal(int, int)
