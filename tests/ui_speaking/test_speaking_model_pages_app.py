"""In the whole app: the learner's speech page has no staff things on it; the staff page is
on the decks page (Ctrl+P, "Spraakmodel") and goes back there."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from page_texts import staff_words_in
from PySide6.QtCore import Qt

from staff_login import log_in_as_staff
from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.launcher import create_window
from vaktaal.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    backend = open_backend(tmp_path, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    backend.services.learners.add("Amal", ["nl"], decks=["magazijn-installatie"])
    backend.close()
    shown = create_window(tmp_path, clock=FakeClock(datetime(2026, 11, 24, 9, tzinfo=UTC)))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.stack.currentWidget() is shown.picker, timeout=20_000)
    qtbot.waitUntil(lambda: shown.controller.speech.state.state == "missing", timeout=10_000)
    yield shown


def test_the_learner_sees_no_install_steps(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.picker.grid.tiles[0], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)
    qtbot.mouseClick(window.home.speech_button, LEFT)
    assert window.stack.currentWidget() is window.speech_page
    panel = window.speech_panel
    assert panel.title.text() == "Spreken kan nog niet op deze pc"
    assert staff_words_in(window.speech_page) == []
    qtbot.mouseClick(panel.back_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=10_000)


def test_the_staff_page_is_on_the_decks_page(qtbot, window: MainWindow) -> None:
    log_in_as_staff(qtbot, window)  # the decks page (Ctrl+P) is for buddies and coaches
    assert window.decks_speech.text() == "Spraakmodel"
    qtbot.mouseClick(window.decks_speech, LEFT)
    assert window.stack.currentWidget() is window.speech_staff_page
    staff = window.speech_staff
    assert staff.state == "missing" and staff.install_button.isVisible()
    assert staff.command.isVisible() and "alphacephei" in staff.steps.text()
    qtbot.mouseClick(staff.back_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.decks_page, timeout=10_000)
