"""The practice rules in the whole app (real controller, database and task manager): leaving a
session asks, keeps every answer and says how many were saved; the sound toggle on the home
page is the learner's own and reaches the practice page."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.rating import GOOD
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage.tables import ReviewLogRow
from vaktaal.ui.launcher import create_window

LEFT = Qt.MouseButton.LeftButton
WAIT = 10_000


@pytest.fixture
def window(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    backend = open_backend(tmp_path, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    backend.learners.add("Bram", ["en"], decks=["magazijn-installatie"])
    backend.close()
    clock = FakeClock(datetime(2026, 11, 24, 9, tzinfo=UTC))
    app_window = create_window(tmp_path, clock=clock, speaker=FakeSpeaker())
    qtbot.addWidget(app_window)
    app_window.show()
    qtbot.waitUntil(lambda: app_window.stack.currentWidget() is app_window.picker, timeout=WAIT)
    yield app_window
    app_window.tasks.shutdown()


def log_in(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.picker.grid.tiles[0], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT)


def start_practice(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.home.practice_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.practice, timeout=WAIT)
    return window.practice


def review_count(window) -> int:  # type: ignore[no-untyped-def]
    window.tasks.wait_until_idle()
    engine = open_backend(window.controller.services.paths.data_dir).engine
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(ReviewLogRow)).scalar_one()
    engine.dispose()
    return int(count)


def test_leaving_asks_keeps_every_answer_and_says_how_many(qtbot, window) -> None:
    log_in(qtbot, window)
    page = start_practice(qtbot, window)
    for _ in range(2):  # two new words: "Goed"
        qtbot.mouseClick(page.recall.rating_buttons[GOOD], LEFT)

    qtbot.mouseClick(page.stop_button, LEFT)
    assert page.asking and window.stack.currentWidget() is page
    qtbot.mouseClick(page.question.yes_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.summary, timeout=WAIT)

    summary = window.summary
    assert summary.saved_label.text() == summary.tr("{n} antwoorden bewaard").format(n=2)
    assert summary.saved_label.isVisible()
    assert review_count(window) == 2


def test_the_sound_toggle_is_the_learners_and_reaches_practice(qtbot, window) -> None:
    log_in(qtbot, window)
    toggle = window.home.sound_toggle
    assert toggle.isChecked()  # words play by themselves unless the learner says otherwise
    page = start_practice(qtbot, window)
    assert page.sounds.autoplay and page.sounds.cues  # both sounds are found and used
    qtbot.mouseClick(page.stop_button, LEFT)
    qtbot.mouseClick(page.question.yes_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.summary, timeout=WAIT)
    qtbot.mouseClick(window.summary.home_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT)

    qtbot.mouseClick(window.home.sound_toggle, LEFT)
    assert not window.home.sound_toggle.isChecked()
    assert not start_practice(qtbot, window).sounds.autoplay

    window.controller.show_picker()  # the next learner, then Bram again: still off
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT)
    log_in(qtbot, window)
    assert not window.home.sound_toggle.isChecked()
