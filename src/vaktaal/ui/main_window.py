"""The main window: a thin shell that stacks the screens; the controller moves between them."""

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.busy import BusyNote
from vaktaal.ui.deck_list import DECK_ID_ROLE, DeckListWidget
from vaktaal.ui.home.home_page import HomePage
from vaktaal.ui.home.progress_page import ProgressPage
from vaktaal.ui.practice.practice_page import PracticePage
from vaktaal.ui.practice.summary_page import SummaryPage
from vaktaal.ui.profiles.picker_page import PickerPage
from vaktaal.ui.recording.recording_page import RecordingPage
from vaktaal.ui.signals import emit
from vaktaal.ui.speaking.model_panel import SpeechModelPanel
from vaktaal.ui.tasks import TaskManager
from vaktaal.ui.widgets import big_button, heading, text_label
from vaktaal.usecases.decks import DeckSummary


class MainWindow(QMainWindow):
    recording_requested = Signal(str)  # deck id: record own voices for its terms
    edit_requested = Signal(str)  # deck id to edit, or "" for a new deck (ui/authoring)

    def __init__(self, library: PictogramLibrary) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Vaktaal"))
        self.resize(1366, 768)
        self.library = library
        self.tasks = TaskManager(self)
        self.busy = BusyNote(self, self.tasks)
        self.controller: QObject | None = None  # set once the database is ready
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.status = text_label(self.tr("Even geduld. Vaktaal wordt klaargezet…"), 1.2)
        self.status.setAccessibleName(self.tr("Melding"))
        self.loading = self._page(heading(self.tr("Vaktaal")), self.status)
        self.picker = PickerPage(library)
        self.home = HomePage(library)
        self.practice: QWidget = QWidget()
        self.summary = SummaryPage(library)
        self.progress = ProgressPage(library)
        self.speech_panel = SpeechModelPanel(library)
        self.speech_page = self._page(self.speech_panel)
        self.decks = DeckListWidget(library)
        self.decks_back = big_button(self.tr("Terug"), library, "openmoji:2B05")
        self.decks_record = big_button(self.tr("Eigen stem opnemen"), library, "openmoji:1F3A4")
        self.decks_edit = big_button(self.tr("Pakket maken"), library, "openmoji:270F")
        self.decks_page = self._page(
            heading(self.tr("Pakketten")),
            self.decks,
            _row(self.decks_back, self.decks_record, self.decks_edit),
        )
        self.recording = RecordingPage(library, self.tasks)
        for page in (self.loading, self.picker, self.home, self.practice, self.summary,
                     self.progress, self.decks_page, self.speech_page,
                     self.recording):  # fmt: skip
            self.stack.addWidget(page)
        self.show_decks_action = QAction(self.tr("Pakketten bekijken"), self)
        self.show_decks_action.setShortcut(QKeySequence("Ctrl+P"))
        self.addAction(self.show_decks_action)
        self.decks_record.clicked.connect(self._request_recording)
        self.decks.itemActivated.connect(lambda _item: self._request_recording())
        self.decks_edit.clicked.connect(self._request_editing)

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget()
        page.setObjectName("page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        for widget in widgets:
            layout.addWidget(widget, stretch=1 if isinstance(widget, DeckListWidget) else 0)
        layout.addStretch(0 if any(isinstance(w, DeckListWidget) for w in widgets) else 1)
        return page

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        focus = page.focusWidget() or page.nextInFocusChain()
        if focus is not None and page.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, message: str) -> None:
        self.status.setText(message)
        self.show_page(self.loading)

    def show_deck_list(self, decks: list[DeckSummary]) -> None:
        self.decks.show_decks(decks)
        self.show_page(self.decks_page)
        self.decks.setFocus()

    def _request_recording(self) -> None:
        item = self.decks.currentItem()
        if item is not None:
            emit(self.recording_requested, str(item.data(DECK_ID_ROLE)))

    def _request_editing(self) -> None:
        """Edit the selected deck; without a selection: make a new one."""
        item = self.decks.currentItem()
        emit(self.edit_requested, str(item.data(DECK_ID_ROLE)) if item is not None else "")

    def replace_practice_page(self, page: PracticePage) -> None:
        """A fresh practice page per session, so nothing of one learner stays for the next."""
        index = self.stack.indexOf(self.practice)
        self.stack.removeWidget(self.practice)
        self.practice.deleteLater()
        self.practice = page
        self.stack.insertWidget(index, page)
        self.show_page(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.shutdown()
        super().closeEvent(event)


def _row(*widgets: QWidget) -> QWidget:
    """Buttons side by side, on the left."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(16)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row
