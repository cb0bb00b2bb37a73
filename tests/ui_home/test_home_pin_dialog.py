"""The PIN keypad: four digits by keyboard or keypad, then the check decides."""

from collections.abc import Callable

import pytest
from home_data import AMAL
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.profiles.pin_dialog import PinDialog
from vaktaal.usecases.learners import PinCheck

Show = Callable[[QWidget], QWidget]
RIGHT_PIN = "2580"


class FakeCheck:
    """Says OK for the right PIN; locks after `lock_after` wrong ones, like the store."""

    def __init__(self, lock_after: int = 3) -> None:
        self.pins: list[str] = []
        self.lock_after = lock_after

    def __call__(self, pin: str, answer: Callable[[PinCheck], None]) -> None:
        answer(self.verdict(pin))

    def verdict(self, pin: str) -> PinCheck:
        self.pins.append(pin)
        wrong = [p for p in self.pins if p != RIGHT_PIN]
        if len(wrong) >= self.lock_after:
            return PinCheck.LOCKED
        return PinCheck.OK if pin == RIGHT_PIN else PinCheck.WRONG


@pytest.fixture
def check() -> FakeCheck:
    return FakeCheck()


@pytest.fixture
def dialog(library: PictogramLibrary, check: FakeCheck, on_screen: Show) -> PinDialog:
    pin_dialog = PinDialog(AMAL, library, check)
    on_screen(pin_dialog)
    return pin_dialog


def test_the_right_pin_typed_on_the_keyboard_is_accepted(
    qtbot, dialog: PinDialog, check: FakeCheck
) -> None:
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClicks(dialog.focusWidget(), RIGHT_PIN)

    assert check.pins == [RIGHT_PIN]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_dots_count_the_digits_typed(qtbot, dialog: PinDialog, check: FakeCheck) -> None:
    qtbot.keyClicks(dialog.focusWidget(), "25")

    assert dialog.dots.typed == 2
    assert dialog.dots.accessibleName() == "2 van 4 cijfers getypt"
    assert check.pins == []  # nothing is checked before the fourth digit


def test_a_wrong_pin_gives_a_plain_message_and_starts_again(
    qtbot, dialog: PinDialog, check: FakeCheck
) -> None:
    qtbot.keyClicks(dialog.focusWidget(), "1111")

    assert check.pins == ["1111"]
    assert dialog.message.text() == "Verkeerde pincode. Probeer opnieuw."
    assert dialog.digits == ""
    assert dialog.dots.typed == 0
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClicks(dialog.focusWidget(), RIGHT_PIN)
    assert dialog.message.text() == ""


def test_backspace_takes_back_the_last_digit(qtbot, dialog: PinDialog, check: FakeCheck) -> None:
    qtbot.keyClicks(dialog.focusWidget(), "259")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backspace)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClicks(dialog.focusWidget(), "80")

    assert check.pins == [RIGHT_PIN]


def test_the_keypad_buttons_type_and_erase(qtbot, dialog: PinDialog, check: FakeCheck) -> None:
    click = Qt.MouseButton.LeftButton
    for digit in "25":
        qtbot.mouseClick(dialog.keypad.buttons[digit], click)
    qtbot.mouseClick(dialog.keypad.buttons["7"], click)
    qtbot.mouseClick(dialog.keypad.erase_button, click)
    with qtbot.waitSignal(dialog.accepted):
        for digit in "80":
            qtbot.mouseClick(dialog.keypad.buttons[digit], click)

    assert check.pins == [RIGHT_PIN]


def test_arabic_indic_digits_count_as_digits(qtbot, dialog: PinDialog, check: FakeCheck) -> None:
    with qtbot.waitSignal(dialog.accepted):
        for digit in "٢٥٨٠":  # QTest cannot type these; send the key events as a keyboard would
            event = QKeyEvent(
                QEvent.Type.KeyPress, ord(digit), Qt.KeyboardModifier.NoModifier, digit
            )
            QApplication.sendEvent(dialog.focusWidget(), event)

    assert check.pins == [RIGHT_PIN]


def test_locked_disables_the_digits_for_the_rest_of_the_dialog(
    qtbot, library: PictogramLibrary, on_screen: Show
) -> None:
    check = FakeCheck(lock_after=1)
    dialog = PinDialog(AMAL, library, check)
    on_screen(dialog)

    qtbot.keyClicks(dialog.focusWidget(), "1234")

    assert dialog.message.text() == "Te vaak fout. Wacht 1 minuut."
    assert not dialog.keypad.isEnabled()
    assert not dialog.keypad.buttons["5"].isEnabled()
    qtbot.keyClicks(dialog.focusWidget(), RIGHT_PIN)
    assert check.pins == ["1234"]  # typing no longer reaches the check
    assert dialog.dots.typed == 0
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.back_button


def test_escape_cancels(qtbot, dialog: PinDialog, check: FakeCheck) -> None:
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert check.pins == []


def test_the_back_button_cancels(qtbot, dialog: PinDialog) -> None:
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)


def test_enter_does_not_type_or_cancel_at_the_start(
    qtbot, dialog: PinDialog, check: FakeCheck
) -> None:
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.digits == ""


def test_the_answer_may_come_later_and_typing_waits_for_it(
    qtbot, library: PictogramLibrary, on_screen: Show
) -> None:
    """The check runs on the task manager: the dialog waits and takes no digits meanwhile."""
    answers: list[Callable[[PinCheck], None]] = []
    dialog = PinDialog(AMAL, library, lambda _pin, answer: answers.append(answer))
    on_screen(dialog)
    qtbot.keyClicks(dialog.focusWidget(), "0000")
    qtbot.keyClicks(dialog.focusWidget(), "12")

    assert len(answers) == 1 and dialog.digits == "0000" and dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        answers[0](PinCheck.OK)
