"""The main window: a thin shell that stacks the screens; the controller moves between them."""

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.busy import BusyNote
from vaktaal.ui.deck_list import DECK_ID_ROLE, DeckListWidget
from vaktaal.ui.fit import VerticalScroll, wrapping_row
from vaktaal.ui.home.home_page import HomePage
from vaktaal.ui.home.progress_page import ProgressPage
from vaktaal.ui.home.word_list_page import WordListPage
from vaktaal.ui.practice.practice_page import PracticePage
from vaktaal.ui.practice.summary_page import SummaryPage
from vaktaal.ui.profiles.picker_page import PickerPage
from vaktaal.ui.recording.recording_page import RecordingPage
from vaktaal.ui.signals import emit
from vaktaal.ui.speaking.model_panel import SpeechModelPanel
from vaktaal.ui.speaking.model_staff_panel import SpeechModelStaffPanel
from vaktaal.ui.tasks import TaskManager
from vaktaal.ui.widgets import big_button, heading, text_label
from vaktaal.ui.window_place import remember_place, show_placed
from vaktaal.usecases.decks import DeckSummary


class MainWindow(QMainWindow):
    recording_requested = Signal(str)  # deck id: record own voices for its terms
    edit_requested = Signal(str)  # deck id to edit, or "" for a new deck (ui/authoring)

    def __init__(self, library: PictogramLibrary) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Vaktaal"))
        self.resize(QSize(1366, 768).boundedTo(self.screen().availableSize()))
        self.place_file: Path | None = None  # where its size and place are kept (window_place)
        self.library = library
        self.tasks = TaskManager(self)
        self.busy = BusyNote(self, self.tasks)
        self.controller: QObject | None = None  # set once the database is ready
        self._build_pages(library)

    def _build_pages(self, library: PictogramLibrary) -> None:
        """Every page, in the language installed now; made again when it changes."""
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
        self.word_list = WordListPage(library)
        self.speech_panel = SpeechModelPanel(library)
        self.speech_page = self._page(VerticalScroll(self.speech_panel))  # the learner's
        self.speech_staff = SpeechModelStaffPanel(library)  # installing it: coach or IT
        self.speech_staff_page = self._page(VerticalScroll(self.speech_staff))
        self.decks = DeckListWidget(library)
        self.decks_back = big_button(self.tr("Terug"), library, "openmoji:2B05")
        self.decks_record = big_button(self.tr("Eigen stem opnemen"), library, "openmoji:1F3A4")
        self.decks_edit = big_button(self.tr("Pakket maken"), library, "openmoji:270F")
        self.decks_speech = big_button(self.tr("Spraakmodel"), library, "openmoji:1F5E3")
        self.decks_page = self._page(
            heading(self.tr("Pakketten")),
            self.decks,
            _row(self.decks_back, self.decks_record, self.decks_edit, self.decks_speech),
        )
        self.recording = RecordingPage(library, self.tasks)
        for page in (self.loading, self.picker, self.home, self.practice, self.summary,
                     self.progress, self.word_list, self.decks_page, self.speech_page,
                     self.speech_staff_page, self.recording):  # fmt: skip
            self.stack.addWidget(page)
        self.show_decks_action = QAction(self.tr("Pakketten bekijken"), self)
        self.show_decks_action.setShortcut(QKeySequence("Ctrl+P"))
        self.addAction(self.show_decks_action)
        self.decks_record.clicked.connect(self._request_recording)
        self.decks.itemActivated.connect(lambda _item: self._request_recording())
        self.decks_edit.clicked.connect(self._request_editing)

    def rebuild_pages(self) -> None:
        """Make every page again (Qt widgets take their texts when made): after a change of
        language. The controller connects to the new pages and fills them."""
        self.removeAction(self.show_decks_action)
        self.show_decks_action.deleteLater()
        old = self.takeCentralWidget()
        self._build_pages(self.library)
        if old is not None:
            old.deleteLater()

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget()
        page.setObjectName("page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        grows = (DeckListWidget, VerticalScroll)  # these take the height that is left
        for widget in widgets:
            layout.addWidget(widget, stretch=1 if isinstance(widget, grows) else 0)
        layout.addStretch(0 if any(isinstance(w, grows) for w in widgets) else 1)
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

    def show_placed(self) -> None:
        """Show the window as it was left on this PC last time, else maximised."""
        show_placed(self, self.place_file)

    def closeEvent(self, event: QCloseEvent) -> None:
        remember_place(self, self.place_file)
        self.tasks.shutdown()
        super().closeEvent(event)


def _row(*widgets: QWidget) -> QWidget:
    """Buttons side by side, on the left; on a small screen on two lines."""
    return wrapping_row(*widgets, spacing=16)
