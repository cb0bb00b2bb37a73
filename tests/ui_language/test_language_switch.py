"""After login the screens speak the learner's language; after logout the PC's again."""

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale, Qt, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from staff_login import log_in_as_staff  # noqa: E402
from vaktaal.app import open_backend  # noqa: E402
from vaktaal.core import i18n as core_i18n  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.i18n import TRANSLATIONS  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402

WAIT_MS = 20_000
LEFT = Qt.MouseButton.LeftButton
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def practise(language: str) -> str:
    """The home page's "Oefenen" in `language`, as its catalogue has it."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"vaktaal_{language}.qm"))
    text = translator.translate("HomePage", "Oefenen")
    assert text and text != "Oefenen", f"{language}: not translated"
    return text


@pytest.fixture
def window(qtbot, tmp_path):
    backend = open_backend(tmp_path, speaker=FakeSpeaker())
    backend.learners.add("Amal", ["ar"])
    backend.learners.add("Mehmet", ["tr", "en"])
    backend.learners.add("Kees", ["nl"])
    backend.close()
    app_window = create_window(tmp_path, speaker=FakeSpeaker())
    qtbot.addWidget(app_window)
    app_window.show()
    qtbot.waitUntil(lambda: app_window.stack.currentWidget() is app_window.picker, timeout=WAIT_MS)
    return app_window


def log_in(qtbot, window, name: str) -> None:
    tile = next(t for t in window.picker.grid.tiles if name in t.accessibleName())
    qtbot.mouseClick(tile, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT_MS)


def log_out(qtbot, window) -> None:
    qtbot.mouseClick(window.home.stop_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)


def test_each_learner_gets_their_language_and_logout_returns_to_the_pcs(qtbot, window) -> None:
    geometry = window.geometry()
    tasks, speech = window.tasks, window.controller.speech
    assert window.picker.title.text() == "Wie ben jij?"

    log_in(qtbot, window, "Amal")
    assert window.home.practice_button.text() == practise("ar")
    assert QApplication.layoutDirection() == RTL and window.home.layoutDirection() == RTL
    assert core_i18n.current_language() == "ar" and QLocale().language() == QLocale.Language.Arabic
    assert core_i18n._("Details staan in het logbestand.") != "Details staan in het logbestand."

    log_out(qtbot, window)
    assert window.picker.title.text() == "Wie ben jij?"
    assert QApplication.layoutDirection() == LTR and core_i18n.current_language() == "nl"

    log_in(qtbot, window, "Mehmet")
    assert window.home.practice_button.text() == practise("tr")
    assert window.home.layoutDirection() == LTR
    assert QLocale().language() == QLocale.Language.Turkish
    # the same window (where it was), task manager and speech engine all along
    assert window.geometry().topLeft() == geometry.topLeft()
    assert window.geometry().height() == geometry.height()
    assert window.tasks is tasks and window.controller.speech is speech


def test_a_learner_who_chose_dutch_gets_dutch(qtbot, window) -> None:
    log_in(qtbot, window, "Kees")
    assert window.home.practice_button.text() == "Oefenen"
    assert core_i18n.current_language() == "nl"


def test_the_pages_made_again_still_work(qtbot, window) -> None:
    """After the switch every page is new; its buttons still reach the controller."""
    log_in(qtbot, window, "Amal")
    qtbot.mouseClick(window.home.progress_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.progress, timeout=WAIT_MS)
    qtbot.mouseClick(window.progress.back_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT_MS)
    qtbot.mouseClick(window.home.meetings_button, LEFT)  # a flow made again with the pages
    meetings = window.controller.meetings
    qtbot.waitUntil(lambda: window.stack.currentWidget() is meetings.list_page, timeout=WAIT_MS)
    log_in_as_staff(qtbot, window)  # the staff screens: in the PC's language
    window.show_decks_action.trigger()  # one Ctrl+P action, not one per language change
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.decks_page, timeout=WAIT_MS)
    assert len([a for a in window.actions() if a.shortcut().toString() == "Ctrl+P"]) == 1


def test_idle_logout_returns_to_the_pcs_language(qtbot, window) -> None:
    log_in(qtbot, window, "Amal")
    window.controller.idle.set_interval_ms(100)
    window.controller.idle.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)
    assert window.picker.title.text() == "Wie ben jij?"
    assert QApplication.layoutDirection() == LTR
