"""The profile picker: big avatar buttons, chosen by mouse or keyboard; a new-profile button."""

from collections.abc import Callable

import pytest
from home_data import AMAL, LEARNERS, MEHMET, SHIRIN, YONAS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.profiles.avatar_grid import grid_step
from vaktaal.ui.profiles.picker_page import PickerPage

Show = Callable[[QWidget], QWidget]


@pytest.fixture
def picker(library: PictogramLibrary, on_screen: Show) -> PickerPage:
    page = PickerPage(library)
    page.show_learners(LEARNERS)
    on_screen(page)
    return page


def test_a_click_on_a_learner_chooses_that_learner(qtbot, picker: PickerPage) -> None:
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.mouseClick(picker.grid.tiles[2], Qt.MouseButton.LeftButton)

    assert chosen.args == [MEHMET]


def test_arrow_keys_move_between_learners_and_enter_chooses(
    qtbot, picker: PickerPage, press: Callable[[Qt.Key], None]
) -> None:
    assert QApplication.focusWidget() is picker.grid.tiles[0]

    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Left)
    assert QApplication.focusWidget() is picker.grid.tiles[1]

    with qtbot.waitSignal(picker.chosen) as chosen:
        press(Qt.Key.Key_Return)
    assert chosen.args == [YONAS]


def test_space_also_chooses_the_focused_learner(
    qtbot, picker: PickerPage, press: Callable[[Qt.Key], None]
) -> None:
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    with qtbot.waitSignal(picker.chosen) as chosen:
        press(Qt.Key.Key_Space)

    assert chosen.args == [SHIRIN]


def test_each_learner_has_a_big_button_with_name_and_pin_hint(picker: PickerPage) -> None:
    names = [tile.text() for tile in picker.grid.tiles]
    assert names == ["Amal", "Yonas", "Mehmet", "Shirin"]
    assert picker.grid.tiles[0].iconSize().width() >= 96
    assert "pincode" in picker.grid.tiles[0].accessibleName()  # Amal has a PIN
    assert picker.grid.tiles[1].accessibleName() == "Yonas"
    assert picker.title.text() == "Wie ben jij?"


def test_without_learners_the_new_profile_button_has_the_focus(
    qtbot, library: PictogramLibrary, on_screen: Show, press: Callable[[Qt.Key], None]
) -> None:
    page = PickerPage(library)
    page.show_learners([])
    on_screen(page)

    assert QApplication.focusWidget() is page.new_button
    assert "niemand" in page.hint.text()
    with qtbot.waitSignal(page.add_requested):
        press(Qt.Key.Key_Return)


def test_the_new_profile_button_asks_for_a_new_profile(qtbot, picker: PickerPage) -> None:
    with qtbot.waitSignal(picker.add_requested):
        qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)


def test_showing_the_learners_again_replaces_the_buttons(qtbot, picker: PickerPage) -> None:
    picker.show_learners([AMAL])

    assert len(picker.grid.tiles) == 1
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.mouseClick(picker.grid.tiles[0], Qt.MouseButton.LeftButton)
    assert chosen.args == [AMAL]


@pytest.mark.parametrize(
    ("start", "key", "expected"),
    [
        (0, Qt.Key.Key_Left, 0),
        (4, Qt.Key.Key_Right, 5),  # on to the next row
        (6, Qt.Key.Key_Right, 6),  # the last one stays
        (1, Qt.Key.Key_Down, 6),  # 7 tiles in rows of 5: down from 1 is the last tile
        (3, Qt.Key.Key_Down, 6),  # no tile below 3: the last tile of the next row
        (6, Qt.Key.Key_Down, 6),
        (6, Qt.Key.Key_Up, 1),
        (2, Qt.Key.Key_Up, 2),
    ],
)
def test_grid_step(start: int, key: Qt.Key, expected: int) -> None:
    assert grid_step(start, key, count=7, columns=5) == expected
