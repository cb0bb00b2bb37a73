"""Staff screens (Ctrl+P: decks, editor, recordings, speech model) need a buddy or coach
login with PIN; a learner session never reaches them."""

from datetime import UTC, datetime

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vaktaal.app import install_bundled_decks, open_backend  # noqa: E402
from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402
from vaktaal.ui.profiles.pin_dialog import PinDialog  # noqa: E402
from vaktaal.ui.profiles.staff_login_dialog import StaffLoginDialog  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 20_000
AMAL_PIN = "2580"
COACH_PIN = "4826"


def make_data(folder, with_coach=True):
    services = open_backend(folder, speaker=FakeSpeaker())
    install_bundled_decks(services)
    services.learners.add("Amal", ["ar"], pin_code=AMAL_PIN, decks=["magazijn-installatie"])
    if with_coach:
        services.learners.add_staff("Sanne", "coach", COACH_PIN)
    services.close()
    return folder


def open_window(qtbot, folder):
    window = create_window(folder, clock=FakeClock(datetime(2026, 12, 6, 9, tzinfo=UTC)),
                           speaker=FakeSpeaker())  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)
    return window


@pytest.fixture
def window(qtbot, tmp_path):
    return open_window(qtbot, make_data(tmp_path))


def when_modal(kind, action) -> None:
    """Do `action(dialog)` once a modal dialog of `kind` is open (exec() blocks the test)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            action(dialog)
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(10, look)


def type_pin(qtbot, pin):
    def typing(dialog) -> None:
        for digit in pin:
            qtbot.keyClick(dialog, digit)

    return typing


def log_in_learner(qtbot, window) -> None:
    qtbot.waitUntil(lambda: len(window.picker.grid.tiles) == 1, timeout=WAIT_MS)
    when_modal(PinDialog, type_pin(qtbot, AMAL_PIN))
    qtbot.mouseClick(window.picker.grid.tiles[0], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT_MS)


def test_the_picker_shows_staff_apart_from_learners(qtbot, window) -> None:
    qtbot.waitUntil(lambda: len(window.picker.staff.tiles) == 1, timeout=WAIT_MS)
    assert [tile.toolTip() or tile.text() for tile in window.picker.grid.tiles] == ["Amal"]
    assert window.picker.staff.tiles[0].text() == "Sanne"
    assert window.picker.staff.isVisible()


def test_staff_login_via_the_picker_asks_the_pin_and_opens_the_staff_home(qtbot, window) -> None:
    qtbot.waitUntil(lambda: len(window.picker.staff.tiles) == 1, timeout=WAIT_MS)
    when_modal(PinDialog, type_pin(qtbot, COACH_PIN))
    qtbot.mouseClick(window.picker.staff.tiles[0], LEFT)

    home = window.controller.staff_flow.home_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=WAIT_MS)
    assert "Sanne" in home.title.text()
    assert home.buttons["learners"].isVisible()  # a coach manages learners
    assert window.controller.staff.name == "Sanne"
    assert window.controller.learner is None


def test_a_wrong_staff_pin_keeps_the_staff_screens_closed(qtbot, window) -> None:
    qtbot.waitUntil(lambda: len(window.picker.staff.tiles) == 1, timeout=WAIT_MS)

    def wrong_then_back(dialog) -> None:
        type_pin(qtbot, "0000")(dialog)
        qtbot.waitUntil(lambda: "Verkeerde" in dialog.message.text(), timeout=WAIT_MS)
        dialog.reject()

    when_modal(PinDialog, wrong_then_back)
    qtbot.mouseClick(window.picker.staff.tiles[0], LEFT)

    window.tasks.wait_until_idle()
    qtbot.wait(200)
    assert window.stack.currentWidget() is window.picker
    assert window.controller.staff is None


def test_ctrl_p_in_a_learner_session_does_not_show_the_decks_page(qtbot, window) -> None:
    log_in_learner(qtbot, window)
    seen: list[StaffLoginDialog] = []

    def back(dialog) -> None:
        seen.append(dialog)
        dialog.back_button.click()

    when_modal(StaffLoginDialog, back)
    window.show_decks_action.trigger()  # Ctrl+P

    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    window.tasks.wait_until_idle()
    qtbot.wait(200)
    assert window.stack.currentWidget() is window.home
    assert window.controller.staff is None
    assert window.controller.learner.name == "Amal"


def test_ctrl_p_in_a_learner_session_opens_the_staff_home_after_a_pin(qtbot, window) -> None:
    log_in_learner(qtbot, window)

    def choose_coach(dialog) -> None:
        when_modal(PinDialog, type_pin(qtbot, COACH_PIN))
        dialog.staff_row.tiles[0].click()

    when_modal(StaffLoginDialog, choose_coach)
    window.show_decks_action.trigger()

    flow = window.controller  # the pages are made again in the PC's language
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is flow.staff_flow.home_page, timeout=WAIT_MS
    )
    assert window.controller.staff.role == "coach"
    assert window.controller.learner is None  # the learner's session ended


def test_without_staff_ctrl_p_only_says_so(qtbot, tmp_path) -> None:
    window = open_window(qtbot, make_data(tmp_path, with_coach=False))
    notes: list[str] = []

    def read_and_close(dialog) -> None:
        notes.append(dialog.note.text())
        assert dialog.staff_row.tiles == []
        dialog.reject()

    when_modal(StaffLoginDialog, read_and_close)
    window.show_decks_action.trigger()

    qtbot.waitUntil(lambda: bool(notes), timeout=WAIT_MS)
    assert "geen begeleider" in notes[0]
    qtbot.wait(200)
    assert window.stack.currentWidget() is window.picker


def test_logging_out_of_the_staff_home_ends_the_staff_login(qtbot, window) -> None:
    qtbot.waitUntil(lambda: len(window.picker.staff.tiles) == 1, timeout=WAIT_MS)
    when_modal(PinDialog, type_pin(qtbot, COACH_PIN))
    qtbot.mouseClick(window.picker.staff.tiles[0], LEFT)
    home = window.controller.staff_flow.home_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=WAIT_MS)
    qtbot.mouseClick(home.buttons["decks"], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.decks_page, timeout=WAIT_MS)
    qtbot.mouseClick(window.decks_back, LEFT)  # back to the staff home
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=WAIT_MS)
    assert window.controller.staff is not None

    qtbot.mouseClick(home.buttons["logout"], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)
    assert window.controller.staff is None
    opened: list[StaffLoginDialog] = []
    when_modal(StaffLoginDialog, lambda dialog: (opened.append(dialog), dialog.reject()))
    window.show_decks_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)  # asked again
    qtbot.wait(200)
    assert window.stack.currentWidget() is window.picker


def test_enter_on_a_staff_tile_chooses_that_person(qtbot, window) -> None:
    qtbot.waitUntil(lambda: len(window.picker.staff.tiles) == 1, timeout=WAIT_MS)
    tile = window.picker.staff.tiles[0]
    tile.setFocus()
    with qtbot.waitSignal(window.picker.chosen) as chosen:
        when_modal(PinDialog, lambda dialog: dialog.reject())
        qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert chosen.args[0].name == "Sanne"
