"""The pages behind the profile picker. Made once the picker is painted, so that their
modules (and the use cases they name) are not imported before the first paint."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.deck_list import DeckListWidget
from vaktaal.ui.fit import VerticalScroll, wrapping_row
from vaktaal.ui.home.home_page import HomePage
from vaktaal.ui.home.progress_page import ProgressPage
from vaktaal.ui.home.word_list_page import WordListPage
from vaktaal.ui.practice.summary_page import SummaryPage
from vaktaal.ui.recording.recording_page import RecordingPage
from vaktaal.ui.speaking.model_panel import SpeechModelPanel
from vaktaal.ui.speaking.model_staff_panel import SpeechModelStaffPanel
from vaktaal.ui.widgets import big_button, heading

if TYPE_CHECKING:
    from vaktaal.ui.main_window import MainWindow


def build_other_pages(w: "MainWindow", library: PictogramLibrary) -> None:
    """Every page but the loading message and the picker, added to the window's stack."""
    from vaktaal.ui.main_window import page_of

    w.home = HomePage(library)
    w.practice = QWidget()
    w.summary = SummaryPage(library)
    w.progress = ProgressPage(library)
    w.word_list = WordListPage(library)
    w.speech_panel = SpeechModelPanel(library)
    speech_scroll = VerticalScroll(w.speech_panel)
    w.speech_page = page_of(speech_scroll, grows=speech_scroll)  # the learner's
    w.speech_staff = SpeechModelStaffPanel(library)  # installing it: coach or IT
    staff_scroll = VerticalScroll(w.speech_staff)
    w.speech_staff_page = page_of(staff_scroll, grows=staff_scroll)
    _build_decks_page(w, library)
    w.recording = RecordingPage(library, w.tasks)
    for page in (w.home, w.practice, w.summary, w.progress, w.word_list, w.decks_page,
                 w.speech_page, w.speech_staff_page, w.recording):  # fmt: skip
        w.stack.addWidget(page)
    see_decks = QCoreApplication.translate("MainWindow", "Pakketten bekijken")
    w.show_decks_action = QAction(see_decks, w)
    w.show_decks_action.setShortcut(QKeySequence("Ctrl+P"))
    w.addAction(w.show_decks_action)


def _build_decks_page(w: "MainWindow", library: PictogramLibrary) -> None:
    """The texts keep the main window's context (pages moved here from main_window.py)."""
    from vaktaal.ui.main_window import page_of

    w.decks = DeckListWidget(library)
    back = QCoreApplication.translate("MainWindow", "Terug")
    record = QCoreApplication.translate("MainWindow", "Eigen stem opnemen")
    edit = QCoreApplication.translate("MainWindow", "Pakket maken")
    speech = QCoreApplication.translate("MainWindow", "Spraakmodel")
    w.decks_back = big_button(back, library, "openmoji:2B05")
    w.decks_record = big_button(record, library, "openmoji:1F3A4")
    w.decks_edit = big_button(edit, library, "openmoji:270F")
    w.decks_speech = big_button(speech, library, "openmoji:1F5E3")
    buttons = wrapping_row(w.decks_back, w.decks_record, w.decks_edit, w.decks_speech, spacing=16)
    title = heading(QCoreApplication.translate("MainWindow", "Pakketten"))
    w.decks_page = page_of(title, w.decks, buttons, grows=w.decks)
