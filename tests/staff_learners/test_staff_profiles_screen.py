"""'Begeleiders' in the app: a coach adds a buddy (always with a PIN), changes a PIN, deletes
a buddy; never themselves, never the last coach."""

import pytest

pytest.importorskip("pytestqt")

from manage_helpers import (  # noqa: E402
    BUDDY_PIN,
    WAIT_MS,
    in_database,
    log_in_staff,
    make_data,
    open_window,
    wait_message,
    when_modal,
)
from PySide6.QtCore import Qt  # noqa: E402

from vaktaal.ui.staff.learners.delete_dialog import DeleteDialog  # noqa: E402
from vaktaal.ui.staff.learners.pin_reset_dialog import PinResetDialog  # noqa: E402
from vaktaal.ui.staff.learners.staff_dialog import StaffDialog  # noqa: E402
from vaktaal.usecases.learners import PinCheck  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_path):
    return open_window(qtbot, make_data(tmp_path / "data", answers=1))


def open_staff(qtbot, window):
    home = log_in_staff(qtbot, window)
    qtbot.mouseClick(home.buttons["staff"], LEFT)
    page = window.controller.staff_flow.learners.staff_profiles.page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=WAIT_MS)
    return page


def names(page):
    return [row.name.text() for row in page.rows]


def test_a_new_buddy_needs_a_pin_and_shows_on_the_picker(qtbot, window) -> None:
    page = open_staff(qtbot, window)
    assert names(page) == ["Piet", "Sanne"]
    checks: list[bool] = []

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.name, "Fatima")
        checks.append(dialog.ok_button.isEnabled())  # no PIN yet
        qtbot.keyClicks(dialog.pins.pin, "8642")
        qtbot.keyClicks(dialog.pins.again, "8642")
        checks.append(dialog.ok_button.isEnabled())
        dialog.ok_button.click()

    when_modal(StaffDialog, fill)
    qtbot.mouseClick(page.add_button, LEFT)

    wait_message(qtbot, page, "Fatima is toegevoegd")
    qtbot.waitUntil(lambda: names(page) == ["Fatima", "Piet", "Sanne"], timeout=WAIT_MS)
    assert checks == [False, True]
    assert page.row_of("Fatima").facts[0].text() == "Taalbuddy"
    window.controller.show_picker()
    qtbot.waitUntil(lambda: len(window.picker.staff.tiles) == 3, timeout=WAIT_MS)
    assert [tile.text() for tile in window.picker.staff.tiles] == ["Fatima", "Piet", "Sanne"]
    fatima = window.picker.staff.people[0]
    assert fatima.role == "buddy" and fatima.has_pin


def test_a_changed_staff_pin_opens_and_the_old_one_not(qtbot, window) -> None:
    page = open_staff(qtbot, window)
    allowed_none: list[bool] = []

    def new_pin(dialog) -> None:
        allowed_none.append(dialog.none.isVisibleTo(dialog))
        qtbot.keyClicks(dialog.pins.pin, "2222")
        qtbot.keyClicks(dialog.pins.again, "2222")
        dialog.ok_button.click()

    when_modal(PinResetDialog, new_pin)
    qtbot.mouseClick(page.row_of("Piet").buttons["pin"], LEFT)

    wait_message(qtbot, page, "Piet heeft een nieuwe pincode")
    assert allowed_none == [False]  # staff always have a PIN
    piet, learners = page.row_of("Piet").person, window.controller.services.learners
    assert in_database(qtbot, window, lambda: learners.check_pin(piet.id, "2222")) is PinCheck.OK
    old = in_database(qtbot, window, lambda: learners.check_pin(piet.id, BUDDY_PIN))
    assert old is PinCheck.WRONG


def test_a_coach_deletes_a_buddy_after_the_confirmation(qtbot, window) -> None:
    page = open_staff(qtbot, window)
    lines: list[list[str]] = []

    def confirm(dialog) -> None:
        lines.append(dialog.texts())
        dialog.ok_button.click()

    when_modal(DeleteDialog, confirm)
    qtbot.mouseClick(page.row_of("Piet").buttons["delete"], LEFT)

    qtbot.waitUntil(lambda: names(page) == ["Sanne"], timeout=WAIT_MS)
    assert lines == [["• het profiel van Piet"]]
    assert "Piet is verwijderd" in page.message.text()


def test_nobody_deletes_themselves_nor_the_last_coach(qtbot, window) -> None:
    page = open_staff(qtbot, window)
    sanne = page.row_of("Sanne")

    assert not sanne.buttons["delete"].isEnabled()
    assert "Dit ben jij" in sanne.facts[1].text()
    assert page.row_of("Piet").buttons["delete"].isEnabled()
    when_modal(DeleteDialog, lambda dialog: dialog.ok_button.click())
    window.controller.staff_flow.learners.staff_profiles.delete(sanne.person)  # asked anyway

    wait_message(qtbot, page, "jezelf niet verwijderen")
    qtbot.waitUntil(lambda: names(page) == ["Piet", "Sanne"], timeout=WAIT_MS)
    staff = window.controller.services.learners.staff
    assert [p.name for p in in_database(qtbot, window, staff)] == ["Piet", "Sanne"]
