"""The practice page: a progress bar and "Stoppen" on top, the current exercise below."""

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.core.practice.session import Outcome, PracticeSession
from vaktaal.speech.tts import Speaker
from vaktaal.ui.fit import PageStack, VerticalScroll
from vaktaal.ui.practice.article_view import ArticleView
from vaktaal.ui.practice.choice_view import ChoiceView
from vaktaal.ui.practice.common import STOP_ICON, action_button
from vaktaal.ui.practice.exercise_view import ExerciseView, ObjectiveView
from vaktaal.ui.practice.key_guard import KeyGuard
from vaktaal.ui.practice.leave_question import LeaveQuestion
from vaktaal.ui.practice.recall_view import RecallView
from vaktaal.ui.practice.server_banner import ServerBanner
from vaktaal.ui.practice.server_watch import ServerWatch
from vaktaal.ui.practice.sounds import PracticeSounds, SoundOptions
from vaktaal.ui.practice.typing_view import TypingView
from vaktaal.ui.speaking.speaking_view import SpeakingView
from vaktaal.ui.speaking.support import SpeakingSupport, SpokenAnswer
from vaktaal.ui.tasks import TaskManager
from vaktaal.ui.text_size import set_relative_font

log = logging.getLogger(__name__)


class PracticePage(QWidget):
    """Runs one PracticeSession; emits finished(SessionSummary) when it ends or is stopped.

    Stopping (Esc, "Stoppen") asks first; every answer is already handed to `record`.
    `keys` keeps keys from answering what is not on screen yet (ui/practice/key_guard.py);
    `sounds` says whether words play by themselves (ui/practice/sounds.py)."""

    finished = Signal(object)  # SessionSummary

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        record: Callable[[Outcome], None],
        learner_language: str,
        parent: QWidget | None = None,
        speaking: SpeakingSupport | None = None,
        tasks: TaskManager | None = None,  # the app's; needed for speaking exercises
        sounds: SoundOptions | None = None,
        keys: KeyGuard | None = None,
        server: ServerWatch | None = None,  # shows the banner while the server is away
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.record = record
        self.session: PracticeSession | None = None
        self.sounds = PracticeSounds(speaker, sounds or SoundOptions(), self)
        self.keys = keys or KeyGuard()
        self.keys.setParent(self)
        self.recall = RecallView(library, speaker, learner_language)
        self.choice = ChoiceView(library, speaker, learner_language)
        self.typing = TypingView(library, speaker, learner_language)
        self.article = ArticleView(library, speaker, learner_language)
        self.views: dict[ExerciseKind, ExerciseView] = {
            ExerciseKind.RECALL: self.recall,
            ExerciseKind.CHOOSE_PICTURE: self.choice,
            ExerciseKind.LISTEN: self.choice,
            ExerciseKind.TYPE: self.typing,
            ExerciseKind.ARTICLE: self.article,
        }
        self.stack = PageStack()  # as high as the exercise on screen
        for view in (self.recall, self.choice, self.typing, self.article):
            self.stack.addWidget(view)
        self.recall.rated.connect(self._on_rated)
        self.recall.revealed.connect(self._play_word)
        self.recall.screen_changed.connect(self.keys.new_screen)
        for objective in (self.choice, self.typing, self.article):
            self._connect(objective)
        self.speaking: SpeakingView | None = None
        if speaking is not None and tasks is not None:  # else speaking exercises are skipped
            self.speaking = SpeakingView(library, speaker, learner_language, speaking, tasks)
            self.views[ExerciseKind.SPEAK] = self.speaking
            self.stack.addWidget(self.speaking)
            self._connect(self.speaking)
            self.speaking.skipped.connect(self._skip)
        self.question = LeaveQuestion(library)
        self.question.leave.connect(self.stop)
        self.question.stay.connect(self._stay)
        self.screens = QStackedWidget()  # the exercise, or the question whether to stop
        self.screens.addWidget(self._exercise_area(library))
        self.screens.addWidget(self.question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screens)
        self.keys.guard(self)
        if server is not None:
            server.away_changed.connect(self.banner.show_away)
            self.banner.show_away(server.away)

    def _exercise_area(self, library: PictogramLibrary) -> QWidget:
        self.exercise_area = QWidget()
        layout = QVBoxLayout(self.exercise_area)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addLayout(self._top_bar(library))
        self.banner = ServerBanner(library)
        layout.addWidget(self.banner)
        scroll = VerticalScroll(self.stack)  # scrolls on a small screen
        layout.addWidget(scroll, stretch=1)
        return self.exercise_area

    def _top_bar(self, library: PictogramLibrary) -> QHBoxLayout:
        self.progress = QProgressBar()
        self.progress.setMinimumHeight(40)
        self.progress.setTextVisible(True)
        set_relative_font(self.progress, 1.1, bold=True)
        self.stop_button = action_button(self.tr("Stoppen"), library, STOP_ICON, icon_size=32)
        self.stop_button.setToolTip(self.tr("Toets Esc"))
        self.stop_button.clicked.connect(self.ask_to_stop)
        bar = QHBoxLayout()
        bar.setSpacing(24)
        bar.addWidget(self.progress, stretch=1)
        bar.addWidget(self.stop_button)
        return bar

    def _connect(self, view: ObjectiveView) -> None:
        view.answered.connect(self._on_answered)
        view.proceed.connect(self._show_next)
        view.screen_changed.connect(self.keys.new_screen)

    @property
    def current_view(self) -> ExerciseView:
        view = self.stack.currentWidget()
        assert isinstance(view, ExerciseView)
        return view

    def start(self, session: PracticeSession) -> None:
        """Show the session's first exercise (or finish at once when there is none)."""
        self.session = session
        self.screens.setCurrentWidget(self.exercise_area)
        self._show_next()

    def stop(self) -> None:
        """End the session now; what was answered is already recorded."""
        self._end()

    @property
    def asking(self) -> bool:
        """The question whether to stop is on screen."""
        return self.screens.currentWidget() is self.question

    def ask_to_stop(self) -> None:
        """Esc or "Stoppen": ask first ("Stoppen? Je antwoorden zijn bewaard.")."""
        if self.session is None or self.asking:
            return
        self.session.pause()
        self.sounds.cancel()
        self.screens.setCurrentWidget(self.question)
        self.keys.new_screen()
        self.question.ask()

    def _stay(self) -> None:
        """Answer "Nee": back to the exercise, as it was."""
        if self.session is not None:
            self.session.resume()
        self.screens.setCurrentWidget(self.exercise_area)
        self.keys.new_screen()
        self.current_view.focus_main()

    def _show_next(self) -> None:
        session = self.session
        if session is None:
            return
        try:
            exercise = session.show()
            if exercise is None:
                self._end()
                return
            view = self.views.get(exercise.kind)
            if view is None:
                self._skip()
                return
            self.sounds.cancel()
            self._show_progress(session)
            self.stack.setCurrentWidget(view)
            view.show_exercise(exercise)
            view.focus_main()
            self.keys.new_screen()
        except Exception:
            log.exception("could not show the next exercise; ending the session")
            self._end()

    def _show_progress(self, session: PracticeSession) -> None:
        total = len(session.exercises)
        text = self.tr("{n} van {total}").format(n=session.position + 1, total=total)
        self.progress.setRange(0, total)
        self.progress.setValue(session.position)
        self.progress.setFormat(text)
        self.progress.setAccessibleName(self.tr("Voortgang: {text}").format(text=text))

    def _on_answered(self, answer: Verdict | SpokenAnswer) -> None:
        session = self.session
        if session is None or session.finished:
            return
        if isinstance(answer, SpokenAnswer):
            self._keep(
                lambda: session.answer(
                    answer.verdict, heard=answer.heard, overruled_from=answer.overruled_from
                )
            )
        else:
            term = session.current.item.term if session.current else None
            self._keep(lambda: session.answer(answer))
            if term is not None:
                self.sounds.answer(answer, term)

    def _play_word(self) -> None:
        """A card shows its word (a new word, or a revealed one): say it."""
        exercise = self.recall.exercise
        if exercise is not None:
            self.sounds.word(exercise.item.term)

    def _skip(self) -> None:
        """Go past an exercise that cannot be done here (speaking without a microphone)."""
        session = self.session
        if session is not None and not session.finished:
            session.skip()
            self._show_next()

    def _on_rated(self, rating: int) -> None:
        session = self.session
        if session is not None and not session.finished:
            self._keep(lambda: session.rate(rating))
            self._show_next()

    def _keep(self, score: Callable[[], Outcome]) -> None:
        """Score the answer and hand the outcome to the caller, who stores it."""
        try:
            outcome = score()
        except Exception:
            log.exception("could not score the answer; ending the session")
            self._end()
            return
        try:
            self.record(outcome)
        except Exception:
            log.exception("could not record the outcome of %s", outcome.exercise.kind)

    def _end(self) -> None:
        session, self.session = self.session, None
        self.sounds.cancel()
        if session is not None:
            self.finished.emit(session.summary())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and self._handle_key(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, key: int) -> bool:
        """Esc asks whether to stop; keys pressed while the top bar has the focus still
        reach the exercise (or the question)."""
        if self.asking:
            return self.question.handle_key(key)
        if key == Qt.Key.Key_Escape:
            self.ask_to_stop()
            return True
        focus = QApplication.focusWidget()
        view = self.current_view
        outside = focus is None or not view.isAncestorOf(focus)
        return outside and self.session is not None and view.handle_key(key)
