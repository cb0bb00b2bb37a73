"""'Leerlingen beheren' in the app: a coach edits, resets a PIN, chooses decks, exports and
deletes a learner; a buddy or a learner session never opens these screens."""

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

pytest.importorskip("pytestqt")

from manage_helpers import (  # noqa: E402
    AMAL_PIN,
    WAIT_MS,
    in_database,
    log_in_staff,
    make_data,
    open_window,
    wait_message,
    when_modal,
)
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vaktaal.ui.profiles.pin_dialog import PinDialog  # noqa: E402
from vaktaal.ui.staff.learners.decks_dialog import DecksDialog  # noqa: E402
from vaktaal.ui.staff.learners.delete_dialog import DeleteDialog  # noqa: E402
from vaktaal.ui.staff.learners.edit_dialog import LearnerEditDialog  # noqa: E402
from vaktaal.ui.staff.learners.pin_reset_dialog import PinResetDialog  # noqa: E402
from vaktaal.usecases.errors import UseCaseError  # noqa: E402
from vaktaal.usecases.learners import PinCheck  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
WORKWEEKS = "eerste-werkweken"


@pytest.fixture
def window(qtbot, tmp_path):
    return open_window(qtbot, make_data(tmp_path / "data"))


def flow(window):
    return window.controller.staff_flow.learners


def open_learners(qtbot, window):
    home = log_in_staff(qtbot, window)
    qtbot.mouseClick(home.buttons["learners"], LEFT)
    page = flow(window).page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=WAIT_MS)
    return page


def back_to_picker(qtbot, window):
    window.controller.show_picker()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)


def test_every_learner_is_a_row_reachable_by_keyboard(qtbot, window) -> None:
    page = open_learners(qtbot, window)

    assert [row.name.text() for row in page.rows] == ["Amal", "Yonas"]
    amal = " ".join(label.text() for label in page.row_of("Amal").facts)
    assert "Arabisch" in amal and "Magazijn" in amal
    first = page.rows[0].buttons["edit"]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert page.rows[0].buttons["pin"].hasFocus()


def test_an_edited_name_and_language_show_on_the_picker(qtbot, window) -> None:
    page = open_learners(qtbot, window)

    def change(dialog) -> None:
        dialog.name.setText("Amal Haddad")
        dialog.second.setCurrentIndex(dialog.second.findData("ti"))
        dialog.ok_button.click()

    when_modal(LearnerEditDialog, change)
    qtbot.mouseClick(page.row_of("Amal").buttons["edit"], LEFT)

    wait_message(qtbot, page, "Amal Haddad is gewijzigd")
    qtbot.waitUntil(lambda: page.rows and page.rows[0].name.text() == "Amal Haddad")
    assert "Arabisch, Tigrinya" in page.rows[0].facts[0].text()
    manage = window.controller.services.learners.manage
    amal = in_database(qtbot, window, lambda: manage.find("Amal Haddad"))
    assert amal.languages == ("ar", "ti") and amal.has_pin  # the PIN stays
    back_to_picker(qtbot, window)
    qtbot.waitUntil(lambda: len(window.picker.grid.tiles) == 2, timeout=WAIT_MS)
    assert [tile.toolTip() for tile in window.picker.grid.tiles] == ["Amal Haddad", "Yonas"]


def test_a_reset_pin_opens_the_profile(qtbot, window) -> None:
    page = open_learners(qtbot, window)

    def new_pin(dialog) -> None:
        qtbot.keyClicks(dialog.pins.pin, "9753")
        assert not dialog.ok_button.isEnabled()  # not yet typed twice
        qtbot.keyClicks(dialog.pins.again, "9753")
        dialog.ok_button.click()

    when_modal(PinResetDialog, new_pin)
    qtbot.mouseClick(page.row_of("Amal").buttons["pin"], LEFT)
    wait_message(qtbot, page, "Amal heeft een nieuwe pincode")

    back_to_picker(qtbot, window)
    qtbot.waitUntil(lambda: len(window.picker.grid.tiles) == 2, timeout=WAIT_MS)

    def type_new(dialog) -> None:
        for digit in "9753":
            qtbot.keyClick(dialog, digit)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)  # the PIN is checked

    when_modal(PinDialog, type_new)
    qtbot.mouseClick(window.picker.grid.tiles[0], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT_MS)
    assert window.controller.learner.name == "Amal"
    learners = window.controller.services.learners
    old = in_database(qtbot, window, lambda: learners.check_pin(window.controller.learner.id,
                                                                 AMAL_PIN))  # fmt: skip
    assert old is PinCheck.WRONG


def test_no_pin_after_a_reset_without_one(qtbot, window) -> None:
    page = open_learners(qtbot, window)

    def without(dialog) -> None:
        dialog.none.setChecked(True)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    when_modal(PinResetDialog, without)
    qtbot.mouseClick(page.row_of("Amal").buttons["pin"], LEFT)
    wait_message(qtbot, page, "Amal heeft geen pincode meer")
    manage = window.controller.services.learners.manage
    assert not in_database(qtbot, window, lambda: manage.find("Amal")).has_pin


def test_chosen_decks_are_exactly_the_decks_on_the_learners_home(qtbot, window) -> None:
    page = open_learners(qtbot, window)
    shown: list[list[str]] = []

    def only_workweeks(dialog) -> None:
        shown.append([deck for deck, box in dialog.boxes.items() if box.isChecked()])
        for deck, box in dialog.boxes.items():
            box.setChecked(deck == WORKWEEKS)
        dialog.ok_button.click()

    when_modal(DecksDialog, only_workweeks)
    qtbot.mouseClick(page.row_of("Yonas").buttons["decks"], LEFT)
    wait_message(qtbot, page, "De pakketten van Yonas zijn opgeslagen")

    assert len(shown[0]) > 1  # every deck before: no coach had chosen
    back_to_picker(qtbot, window)
    qtbot.waitUntil(lambda: len(window.picker.grid.tiles) == 2, timeout=WAIT_MS)
    window.controller.choose_learner(window.picker.grid.tiles and _yonas(qtbot, window))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(window.home.decks.buttons), timeout=WAIT_MS)
    assert set(window.home.decks.buttons) == {WORKWEEKS}


def _yonas(qtbot, window):
    manage = window.controller.services.learners.manage
    return in_database(qtbot, window, lambda: manage.find("Yonas"))


def test_export_writes_one_zip_with_json_and_csv(qtbot, window, tmp_path) -> None:
    page = open_learners(qtbot, window)
    out = tmp_path / "uit" / "amal.zip"
    out.parent.mkdir()
    flow(window).ask_path = lambda _parent, _learner: out

    qtbot.mouseClick(page.row_of("Amal").buttons["export"], LEFT)

    wait_message(qtbot, page, "De gegevens van Amal staan in")
    with zipfile.ZipFile(out) as bundle:
        names = set(bundle.namelist())
        assert {"data.json", "profile.csv", "reviews.csv"} <= names
        assert '"name": "Amal"' in bundle.read("data.json").decode()
        assert len(bundle.read("reviews.csv").decode().splitlines()) == 1 + 6  # header + answers


def test_export_to_a_missing_folder_says_so_and_writes_nothing(qtbot, window, tmp_path) -> None:
    page = open_learners(qtbot, window)
    out = tmp_path / "weg" / "amal.zip"
    flow(window).ask_path = lambda _parent, _learner: out

    qtbot.mouseClick(page.row_of("Amal").buttons["export"], LEFT)

    wait_message(qtbot, page, "bestaat niet")
    assert not out.parent.exists()
    assert window.stack.currentWidget() is page
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def open_delete(qtbot, window, page, answer):
    """Click 'Verwijderen' for Amal; `answer(dialog)` accepts or rejects; gives the lines."""
    seen: list[list[str]] = []

    def look(dialog) -> None:
        seen.append(dialog.texts())
        assert dialog.focusWidget() is dialog.back_button, dialog.focusWidget()  # Enter: safe
        answer(dialog)

    when_modal(DeleteDialog, look)
    qtbot.mouseClick(page.row_of("Amal").buttons["delete"], LEFT)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    return seen[0]


def test_the_delete_confirmation_counts_and_cancel_keeps_everything(qtbot, window) -> None:
    page = open_learners(qtbot, window)
    manage = window.controller.services.learners.manage
    before = in_database(qtbot, window, lambda: manage.footprint(manage.find("Amal")))

    lines = open_delete(qtbot, window, page, lambda dialog: dialog.reject())

    assert lines == [
        "• het profiel van Amal",
        "• antwoorden bij het oefenen: 6",
        f"• gesproken antwoorden: {before.recordings}",
        "• uitslagen van vergaderingen: 0",
        "• sessies met een taalbuddy (met notities): 1",
    ]
    window.tasks.wait_until_idle()
    assert in_database(qtbot, window, lambda: manage.footprint(manage.find("Amal"))) == before
    assert [row.name.text() for row in page.rows] == ["Amal", "Yonas"]


def test_delete_after_ok_takes_the_learner_and_all_theirs(qtbot, window) -> None:
    page = open_learners(qtbot, window)
    manage = window.controller.services.learners.manage
    amal = in_database(qtbot, window, lambda: manage.find("Amal"))

    open_delete(qtbot, window, page, lambda dialog: dialog.ok_button.click())

    wait_message(qtbot, page, "Amal is verwijderd")
    qtbot.waitUntil(lambda: [row.name.text() for row in page.rows] == ["Yonas"], timeout=WAIT_MS)

    def gone() -> bool:
        try:
            manage.footprint(amal)
        except UseCaseError:
            return True
        return False

    assert in_database(qtbot, window, gone)
    learners = window.controller.services.learners
    assert [x.name for x in in_database(qtbot, window, learners.all)] == ["Yonas"]


@contextmanager
def dialogs_closed() -> Iterator[list[object]]:
    """Dialogs that open meanwhile are noted and closed (none should open)."""
    opened: list[object] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog)
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(50)
    try:
        yield opened
    finally:
        timer.stop()  # never into the next test


def test_a_buddy_cannot_open_the_coachs_screens(qtbot, window) -> None:
    home = log_in_staff(qtbot, window, "Piet")

    assert not home.buttons["learners"].isVisible()
    assert not home.buttons["staff"].isVisible()
    flow(window).start()  # even when asked directly
    flow(window).start_staff()
    window.tasks.wait_until_idle()
    qtbot.wait(100)
    assert window.stack.currentWidget() is home


def test_a_learner_session_cannot_open_the_coachs_screens(qtbot, window) -> None:
    yonas = _yonas(qtbot, window)
    window.controller.choose_learner(yonas)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT_MS)

    with dialogs_closed() as opened:
        flow(window).start()
        flow(window).start_staff()
        for action in (flow(window).edit, flow(window).reset_pin, flow(window).choose_decks,
                       flow(window).export, flow(window).delete):  # fmt: skip
            action(yonas)
        flow(window).staff_profiles.add()
        window.tasks.wait_until_idle()
        qtbot.wait(100)

    assert opened == []
    assert window.stack.currentWidget() is window.home
    assert window.controller.learner == yonas
    assert _yonas(qtbot, window).name == "Yonas"
