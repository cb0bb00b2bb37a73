"""The main window: a thin shell that stacks the screens; the controller moves between them."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.busy import BusyNote
from vaktaal.ui.profiles.picker_page import PickerPage
from vaktaal.ui.signals import emit
from vaktaal.ui.tasks import TaskManager
from vaktaal.ui.widgets import heading, text_label
from vaktaal.ui.window_place import remember_place, show_placed

if TYPE_CHECKING:  # made after the picker is painted (build_other_pages): imported then
    from vaktaal.ui.deck_list import DeckListWidget
    from vaktaal.ui.home.home_page import HomePage
    from vaktaal.ui.home.progress_page import ProgressPage
    from vaktaal.ui.home.word_list_page import WordListPage
    from vaktaal.ui.practice.practice_page import PracticePage
    from vaktaal.ui.practice.summary_page import SummaryPage
    from vaktaal.ui.recording.recording_page import RecordingPage
    from vaktaal.ui.speaking.model_panel import SpeechModelPanel
    from vaktaal.ui.speaking.model_staff_panel import SpeechModelStaffPanel
    from vaktaal.usecases.decks import DeckSummary


class MainWindow(QMainWindow):
    recording_requested = Signal(str)  # deck id: record own voices for its terms
    edit_requested = Signal(str)  # deck id to edit, or "" for a new deck (ui/authoring)

    # the pages behind the picker: made by build_other_pages
    home: "HomePage"
    practice: QWidget
    summary: "SummaryPage"
    progress: "ProgressPage"
    word_list: "WordListPage"
    speech_panel: "SpeechModelPanel"
    speech_page: QWidget
    speech_staff: "SpeechModelStaffPanel"
    speech_staff_page: QWidget
    decks: "DeckListWidget"
    decks_back: QPushButton
    decks_record: QPushButton
    decks_edit: QPushButton
    decks_speech: QPushButton
    decks_page: QWidget
    recording: "RecordingPage"
    show_decks_action: QAction

    def __init__(self, library: PictogramLibrary) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Vaktaal"))
        self.resize(QSize(1366, 768).boundedTo(self.screen().availableSize()))
        self.place_file: Path | None = None  # where its size and place are kept (window_place)
        self.library = library
        self.tasks = TaskManager(self)
        self.busy = BusyNote(self, self.tasks)
        self.controller: QObject | None = None  # set once the database is ready
        self._build_first_pages(library)

    def _build_first_pages(self, library: PictogramLibrary) -> None:
        """What the first paint needs: the loading message and the profile picker."""
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.status = text_label(self.tr("Even geduld. Vaktaal wordt klaargezet…"), 1.2)
        self.status.setAccessibleName(self.tr("Melding"))
        self.loading = page_of(heading(self.tr("Vaktaal")), self.status)
        self.picker = PickerPage(library)
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.picker)

    def build_other_pages(self) -> None:
        """Every other page, in the language installed now: once the picker is painted (their
        modules are imported here, not before the first paint), again after a change of
        language."""
        from vaktaal.ui.other_pages import build_other_pages

        build_other_pages(self, self.library)
        self.decks_record.clicked.connect(self._request_recording)
        self.decks.itemActivated.connect(lambda _item: self._request_recording())
        self.decks_edit.clicked.connect(self._request_editing)

    def rebuild_pages(self) -> None:
        """Make every page again (Qt widgets take their texts when made): after a change of
        language. The controller connects to the new pages and fills them."""
        self.removeAction(self.show_decks_action)
        self.show_decks_action.deleteLater()
        old = self.takeCentralWidget()
        self._build_first_pages(self.library)
        self.build_other_pages()
        if old is not None:
            old.deleteLater()

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        focus = page.focusWidget() or page.nextInFocusChain()
        if focus is not None and page.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, message: str) -> None:
        self.status.setText(message)
        self.show_page(self.loading)

    def show_deck_list(self, decks: "list[DeckSummary]") -> None:
        self.decks.show_decks(decks)
        self.show_page(self.decks_page)
        self.decks.setFocus()

    def _request_recording(self) -> None:
        from vaktaal.ui.deck_list import DECK_ID_ROLE

        item = self.decks.currentItem()
        if item is not None:
            emit(self.recording_requested, str(item.data(DECK_ID_ROLE)))

    def _request_editing(self) -> None:
        """Edit the selected deck; without a selection: make a new one."""
        from vaktaal.ui.deck_list import DECK_ID_ROLE

        item = self.decks.currentItem()
        emit(self.edit_requested, str(item.data(DECK_ID_ROLE)) if item is not None else "")

    def replace_practice_page(self, page: "PracticePage") -> None:
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


def page_of(*widgets: QWidget, grows: QWidget | None = None) -> QWidget:
    """A page of widgets from the top; `grows` takes the height that is left."""
    page = QWidget()
    page.setObjectName("page")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(32, 24, 32, 24)
    layout.setSpacing(16)
    for widget in widgets:
        layout.addWidget(widget, stretch=1 if widget is grows else 0)
    layout.addStretch(0 if grows is not None else 1)
    return page
