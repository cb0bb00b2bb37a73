"""A new profile: name, own language, a picture, an optional PIN typed twice."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.profiles.avatars import AVATARS
from vaktaal.ui.profiles.new_learner_dialog import NewLearner, NewLearnerDialog
from vaktaal.ui.profiles.new_learner_form import Problem, find_problem, language_choices

Show = Callable[[QWidget], QWidget]


@pytest.fixture
def dialog(library: PictogramLibrary, on_screen: Show) -> NewLearnerDialog:
    new_dialog = NewLearnerDialog(library)
    on_screen(new_dialog)
    return new_dialog


def test_without_a_name_the_profile_cannot_be_made(dialog: NewLearnerDialog) -> None:
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Typ je naam."
    assert dialog.focusWidget() is dialog.name


def test_a_name_alone_is_enough(qtbot, dialog: NewLearnerDialog) -> None:
    qtbot.keyClicks(dialog.name, "  Amal ")

    assert dialog.ok_button.isEnabled()
    assert dialog.message.text() == ""
    assert dialog.values() == NewLearner("Amal", "ar", "openmoji:1F642", None)


def test_spaces_are_not_a_name(qtbot, dialog: NewLearnerDialog) -> None:
    qtbot.keyClicks(dialog.name, "   ")

    assert not dialog.ok_button.isEnabled()


def test_two_different_pins_are_refused(qtbot, dialog: NewLearnerDialog) -> None:
    qtbot.keyClicks(dialog.name, "Amal")
    qtbot.keyClicks(dialog.pin, "1234")
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Typ de pincode nog een keer."

    qtbot.keyClicks(dialog.pin_again, "1243")

    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "De twee pincodes zijn niet gelijk."


def test_the_same_pin_twice_is_kept(qtbot, dialog: NewLearnerDialog) -> None:
    qtbot.keyClicks(dialog.name, "Amal")
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClicks(dialog.pin_again, "1234")

    assert dialog.ok_button.isEnabled()
    assert dialog.values().pin == "1234"


def test_a_short_pin_is_refused_and_letters_cannot_be_typed(
    qtbot, dialog: NewLearnerDialog
) -> None:
    qtbot.keyClicks(dialog.name, "Amal")
    qtbot.keyClicks(dialog.pin, "12ab")

    assert dialog.pin.text() == "12"
    assert dialog.message.text() == "Een pincode heeft 4 cijfers."
    assert not dialog.ok_button.isEnabled()


def test_language_and_picture_can_be_chosen(qtbot, dialog: NewLearnerDialog) -> None:
    qtbot.keyClicks(dialog.name, "Yonas")
    dialog.language.setCurrentIndex(dialog.language.findData("ti"))
    lion = AVATARS[2].ref
    qtbot.mouseClick(dialog.avatars.buttons[lion], Qt.MouseButton.LeftButton)

    assert dialog.values() == NewLearner("Yonas", "ti", lion, None)
    assert dialog.avatars.buttons[lion].isChecked()
    assert not dialog.avatars.buttons[AVATARS[0].ref].isChecked()


def test_arrow_keys_move_the_chosen_picture(qtbot, dialog: NewLearnerDialog) -> None:
    first = dialog.avatars.buttons[AVATARS[0].ref]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)

    assert dialog.avatars.current() == AVATARS[1].ref


def test_the_language_list_shows_own_name_and_dutch_name(dialog: NewLearnerDialog) -> None:
    assert dialog.language.currentData() == "ar"
    assert "العربية" in dialog.language.currentText()
    assert "Arabisch" in dialog.language.currentText()
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes[:4] == ["ar", "ti", "tr", "fa"]
    assert "nl" not in codes


def test_enter_makes_the_profile_once_it_is_valid(qtbot, dialog: NewLearnerDialog) -> None:
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()  # no name yet: Enter does nothing

    qtbot.keyClicks(dialog.name, "Amal")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_cancels(qtbot, dialog: NewLearnerDialog) -> None:
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)


def test_every_field_has_an_accessible_name(dialog: NewLearnerDialog) -> None:
    fields = [dialog.name, dialog.language, dialog.pin, dialog.pin_again, dialog.ok_button]
    fields += list(dialog.avatars.buttons.values())
    assert all(field.accessibleName() for field in fields)


@pytest.mark.parametrize(
    ("name", "pin", "again", "problem"),
    [
        ("", "", "", Problem.NO_NAME),
        ("Amal", "", "", None),
        ("Amal", "12", "", Problem.PIN_LENGTH),
        ("Amal", "", "1234", Problem.PIN_LENGTH),
        ("Amal", "1234", "12", Problem.PIN_AGAIN),
        ("Amal", "1234", "4321", Problem.PIN_MISMATCH),
        ("Amal", "1234", "1234", None),
    ],
)
def test_find_problem(name: str, pin: str, again: str, problem: Problem | None) -> None:
    assert find_problem(name, pin, again) is problem


def test_language_choices_list_each_language_once() -> None:
    codes = [language.code for language in language_choices()]
    assert len(codes) == len(set(codes))
    assert codes[0] == "ar"
