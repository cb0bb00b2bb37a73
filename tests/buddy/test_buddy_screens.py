"""The buddy session in the app: the learner's PIN, the length, the timer, the end page
with its notes, and the note shown when the next session starts."""

import pytest

pytest.importorskip("pytestqt")

from buddy_window import (  # noqa: E402
    AMAL_PIN,
    LEFT,
    WAIT_MS,
    choose_without_pin,
    log_in_as_buddy,
    make_data,
    open_choice,
    open_window,
    tile,
    when_modal,
)
from PySide6.QtCore import QTimer  # noqa: E402

from vaktaal.core.practice.rating import GOOD  # noqa: E402
from vaktaal.ui.profiles.pin_dialog import PinDialog  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_window(qtbot, make_data(tmp_path))
    log_in_as_buddy(qtbot, window)
    return window


def type_pin(qtbot, pin, then=None):
    def typing(dialog) -> None:
        for digit in pin:
            qtbot.keyClick(dialog, digit)
        if then is not None:
            then(dialog)

    return typing


def test_a_learner_with_a_pin_confirms_it(qtbot, window) -> None:
    flow = open_choice(qtbot, window)
    when_modal(PinDialog, type_pin(qtbot, AMAL_PIN))
    qtbot.mouseClick(tile(flow, "Amal"), LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.length_page, timeout=WAIT_MS)
    assert "Amal" in flow.length_page.title.text()
    assert not flow.length_page.note.isVisibleTo(flow.length_page)  # no note yet


def test_a_wrong_pin_keeps_the_session_closed(qtbot, window) -> None:
    flow = open_choice(qtbot, window)
    messages: list[str] = []

    def give_up_after_the_answer(dialog) -> None:
        def wait() -> None:
            if dialog.message.text():
                messages.append(dialog.message.text())
                dialog.reject()
            else:
                QTimer.singleShot(10, wait)

        wait()

    when_modal(PinDialog, type_pin(qtbot, "1111", give_up_after_the_answer))
    qtbot.mouseClick(tile(flow, "Amal"), LEFT)
    assert messages == ["Verkeerde pincode. Probeer opnieuw."]
    assert window.stack.currentWidget() is flow.choice_page
    assert flow.learner is None


def start_session(qtbot, window, flow, minutes=15):
    qtbot.mouseClick(flow.length_page.buttons[minutes], LEFT)
    page = flow.session_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=WAIT_MS)
    return page


def test_when_the_time_is_up_the_exercise_finishes_then_the_end_page(qtbot, window) -> None:
    flow = choose_without_pin(qtbot, window)
    flow.seconds_per_minute = 0.04  # 15 minutes last 0.6 s
    page = start_session(qtbot, window, flow)
    running = flow.running
    practice = running.page
    assert len(running.session.exercises) == 30
    assert page.name.text() == "Bilal" and page.countdown.text() in ("00:01", "00:00")
    assert practice.progress.format() == "1 van 30"
    qtbot.waitUntil(lambda: page.time_up.isVisible(), timeout=WAIT_MS)
    assert page.countdown.text() == "00:00"
    assert window.stack.currentWidget() is page  # the exercise on screen is finished first
    practice.recall.rating_buttons[GOOD].click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.end_page, timeout=WAIT_MS)
    assert flow.end_page.saved.text() == "1 antwoord bewaard"
    assert flow.end_page.went_well.toPlainText().startswith("1 van 1 woord meteen goed: ")


def test_the_note_for_next_time_opens_the_next_session(qtbot, window) -> None:
    flow = choose_without_pin(qtbot, window)
    page = start_session(qtbot, window, flow, 20)
    practice = flow.running.page
    for _ in range(3):
        practice.recall.rating_buttons[GOOD].click()
    assert practice.progress.format() == "4 van 40"
    practice.ask_to_stop()
    practice.question.leave.emit()
    end = flow.end_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is end, timeout=WAIT_MS)
    assert not page.countdown.ticker.isActive()
    end.went_well.setPlainText("Goed gelet op de heftruck.")
    end.to_practise.setPlainText("de/het")
    end.next_note.setPlainText("Begin met het hesje.")
    qtbot.mouseClick(end.save_button, LEFT)
    home = window.controller.staff_flow.home_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=WAIT_MS)
    flow = choose_without_pin(qtbot, window)
    assert flow.length_page.note.isVisibleTo(flow.length_page)
    assert flow.length_page.note_text.text() == "Begin met het hesje."
    assert "Bram" in flow.length_page.note_title.text()


def test_the_end_page_can_be_filled_with_the_keyboard(qtbot, window) -> None:
    flow = choose_without_pin(qtbot, window)
    start_session(qtbot, window, flow)
    flow.running.page.stop()
    end = flow.end_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is end, timeout=WAIT_MS)
    assert end.went_well.hasFocus()
    qtbot.keyClick(end.went_well, "a")
    qtbot.keyClick(end.went_well, "\t")
    assert end.to_practise.hasFocus()
    qtbot.keyClick(end.to_practise, "\t")
    assert end.next_note.hasFocus()
