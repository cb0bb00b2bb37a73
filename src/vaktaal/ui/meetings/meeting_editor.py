"""The meeting editor for authors: who speaks, what is said, the main points, the action items.

A real recording (WAV/MP3) becomes lines through "Opname omzetten…" (in the background,
with progress and a cancel button); the author corrects the text, names the speakers and
marks the main points and action items. Saved as one meetings/<id>.toml file; subtitles
as .srt or .vtt. Nothing is saved when something is wrong: the message says what to fix.
"""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.meetings.authoring_files import MeetingFileProblem, check_meeting_in_deck
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.meetings.meeting_form import MeetingForm
from vaktaal.ui.meetings.transcribe_task import (
    RecognizerSource,
    TranscribeTask,
    installed_model_source,
)
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import heading
from vaktaal.usecases import Services
from vaktaal.usecases.meeting_authoring import AuthoringProblem, MeetingAuthoring, Transcription

T = TypeVar("T")


class DeckLink(Protocol):
    """The deck being edited, when the meeting editor was opened from the deck editor."""

    def term_ids(self) -> set[str]: ...

    def add_meeting(self, meeting: Meeting) -> None: ...


class MeetingEditor(QMainWindow):
    """Transcribing and saving run as ops on `tasks` (the app's task manager)."""

    def __init__(
        self,
        tasks: TaskManager,
        source: RecognizerSource,
        library: PictogramLibrary | None = None,
        parent: QWidget | None = None,
        deck: DeckLink | None = None,
        authoring: MeetingAuthoring | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.authoring = authoring or MeetingAuthoring()
        self.deck = deck
        self.deck_meeting_id: str | None = None  # editing this meeting of the deck
        self.setWindowTitle(self.tr("Vergadering maken"))
        self.library = library
        self.saved_path: Path | None = None
        self.closed = False  # no results are shown after closing (the window may be gone)
        self.form = MeetingForm()
        self.task = TranscribeTask(tasks, source, self.authoring, self)
        self.task.progress.connect(self._progress)
        self.task.done.connect(self._transcribed)
        self.task.failed.connect(self._transcription_failed)
        self.task.cancelled.connect(self._transcription_cancelled)
        self.transcribe_button = self._button(self.tr("Opname omzetten…"), "mdi:microphone")
        self.subtitles_button = self._button(self.tr("Ondertitels opslaan…"), "mdi:subtitles")
        self.save_button = self._button(self.tr("Opslaan…"), "mdi:content-save")
        self.to_deck_button = self._button(self.tr("In het pakket zetten"), "mdi:package-down")
        self.to_deck_button.setVisible(deck is not None)
        self.to_deck_button.clicked.connect(self.put_in_deck)
        self.cancel_button = QPushButton(self.tr("Stoppen"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setFormat(self.tr("Omzetten: %p %"))
        self.transcribe_button.clicked.connect(self.choose_recording)
        self.subtitles_button.clicked.connect(self.choose_subtitles_file)
        self.save_button.clicked.connect(self.choose_save_file)
        self.cancel_button.clicked.connect(self.task.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, self.choose_save_file)
        self.setCentralWidget(self._layout())
        self._show_busy(False)
        self.resize(1100, 780)

    def _button(self, text: str, pictogram: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        set_relative_font(button, 1.15, bold=True)
        button.setMinimumHeight(52)
        if self.library is not None:
            button.setIcon(QIcon(pictogram_pixmap(pictogram, self.library, 64)))
            button.setIconSize(QSize(32, 32))
        return button

    def _layout(self) -> QWidget:
        actions = QHBoxLayout()
        buttons = (self.transcribe_button, self.subtitles_button, self.save_button)
        for button in (*buttons, self.to_deck_button):
            actions.addWidget(button)
        actions.addStretch(1)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Vergadering maken"), 1.6))
        layout.addLayout(actions)
        layout.addLayout(busy)
        layout.addWidget(self.form, 1)
        return page

    # --- the meeting ------------------------------------------------------------------------

    def load(self, meeting: Meeting, of_deck: bool = False) -> None:
        """Show a meeting; `of_deck`: it is the deck's, and goes back in under its own id."""
        self.form.load(meeting)
        self.deck_meeting_id = meeting.id if of_deck else None

    def meeting(self) -> Meeting:
        """The meeting as the form shows it. Raises MeetingFileProblem (bad times)."""
        return self.form.meeting()

    # --- transcription ----------------------------------------------------------------------

    def choose_recording(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Opname kiezen"), "", self.tr("Opnames (*.wav *.mp3)")
        )
        if name:
            self.transcribe(Path(name))

    def transcribe(self, path: Path) -> None:
        if self.task.running:
            return
        self.progress.setValue(0)
        self._show_busy(True)
        self.task.start(path)

    def _progress(self, part: float) -> None:
        self.progress.setValue(round(part * 100))

    def _transcribed(self, result: Transcription) -> None:
        self._show_busy(False)
        self.form.take_transcript(result.meeting)
        self.form.tabs.setCurrentIndex(MeetingForm.LINES_TAB)
        text = self.tr("{count} zinnen gevonden. Verbeter de tekst en geef de sprekers namen.")
        self.statusBar().showMessage(text.format(count=len(result.meeting.lines)))

    def _transcription_failed(self, message: str) -> None:
        self._show_busy(False)
        QMessageBox.warning(self, self.tr("Omzetten niet gelukt"), message)

    def _transcription_cancelled(self) -> None:
        self._show_busy(False)
        self.statusBar().showMessage(self.tr("Gestopt. Er is niets veranderd."))

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        buttons = (self.transcribe_button, self.subtitles_button, self.save_button)
        for button in (*buttons, self.to_deck_button):
            button.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus()

    # --- saving -----------------------------------------------------------------------------

    def choose_save_file(self) -> None:
        suggestion = f"{self.form.suggested_id()}.toml"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Vergadering opslaan"), suggestion, self.tr("Vergadering (*.toml)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Save the meeting file in the background; the status bar says when it is saved."""
        try:
            meeting = self.meeting()
        except MeetingFileProblem as problem:
            self._refuse(self.tr("Niet opgeslagen"), str(problem))
            return
        self._run(
            lambda: self.authoring.save(meeting, path),
            lambda saved: self._saved(path, saved),
            self.tr("Niet opgeslagen"),
        )

    def _saved(self, path: Path, saved: Meeting) -> None:
        self.saved_path = path
        self.form.saved(saved)
        self.statusBar().showMessage(self.tr("Opgeslagen in {path}.").format(path=path))

    def put_in_deck(self) -> bool:
        """Add the meeting to the deck being edited (or replace the one with its id)."""
        if self.deck is None:
            return False
        try:
            meeting = self.meeting()
        except MeetingFileProblem as problem:
            return self._refuse(self.tr("Nog niet klaar"), "\n".join(problem.messages))
        if self.deck_meeting_id is not None:
            meeting = replace(meeting, id=self.deck_meeting_id)
        problems = check_meeting_in_deck(meeting, self.deck.term_ids())
        if problems:
            return self._refuse(self.tr("Nog niet klaar"), "\n".join(map(str, problems)))
        self.deck.add_meeting(meeting)
        self.form.saved(meeting)
        text = self.tr("De vergadering staat in het pakket. Sla het pakket op.")
        self.statusBar().showMessage(text)
        return True

    def choose_subtitles_file(self) -> None:
        suggestion = f"{self.form.suggested_id()}.srt"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ondertitels opslaan"), suggestion,
            self.tr("Ondertitels (*.srt *.vtt)"),
        )  # fmt: skip
        if name:
            self.save_subtitles(Path(name))

    def save_subtitles(self, path: Path) -> None:
        """Write .srt or .vtt in the background; the status bar says when it is written."""
        try:
            meeting = self.meeting()
        except MeetingFileProblem as problem:
            self._refuse(self.tr("Geen ondertitels"), str(problem))
            return
        self._run(
            lambda: self.authoring.save_subtitles(meeting, path),
            lambda _none: self._subtitles_saved(path),
            self.tr("Geen ondertitels"),
        )

    def _subtitles_saved(self, path: Path) -> None:
        text = self.tr("Ondertitels opgeslagen in {path}.").format(path=path)
        self.statusBar().showMessage(text)

    def _run(self, work: Callable[[], T], on_done: Callable[[T], None], refused: str) -> None:
        """A file is written on the CPU lane; a failure is shown under the title `refused`.
        Once the window is closed, neither is shown."""

        def done(result: T) -> None:
            if not self.closed:
                on_done(result)

        self.tasks.run(Op(work, done, lambda error: self._not_written(refused, error), Lane.CPU))

    def _not_written(self, title: str, error: Exception) -> None:
        if self.closed:
            return
        if isinstance(error, AuthoringProblem):
            self._refuse(title, str(error))
        else:
            self._refuse(
                title, self.tr("Het bestand kon niet worden opgeslagen. Kies een andere map.")
            )

    def _refuse(self, title: str, text: str) -> bool:
        self.statusBar().showMessage(text.splitlines()[0] if text else title)
        QMessageBox.warning(self, title, text)
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.closed = True
        self.task.shutdown()
        super().closeEvent(event)


def open_meeting_editor(
    parent: QWidget | None,
    services: Services,
    tasks: TaskManager,
    deck: DeckLink | None = None,
    source: RecognizerSource | None = None,
) -> MeetingEditor:
    """Open a new meeting editor window; `source` gives the speech model (default: the
    installed one, loaded when first needed); its work runs on `tasks`, the app's."""
    model = source or installed_model_source(services.paths)
    authoring = services.meetings.authoring
    editor = MeetingEditor(tasks, model, services.library, parent, deck, authoring)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor
