"""Type a four-digit PIN on a big keypad (or the keyboard); four dots show how far you are."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.profiles.avatars import avatar_pixmap
from vaktaal.ui.profiles.keypad import Keypad
from vaktaal.ui.profiles.pin_dots import PinDots
from vaktaal.ui.widgets import big_button, heading, text_label
from vaktaal.usecases.learners import Learner, PinCheck

PIN_LENGTH = 4
AVATAR_SIZE = 96
LEFT_WIDTH = 380
BACK = "mdi:arrow-left-bold"
MESSAGE_STYLE = "color: #9b2c2c;"


PinChecker = Callable[[str, Callable[[PinCheck], None]], None]


class PinDialog(QDialog):
    """Accepted when `check(pin, answer)` answers OK; Esc or 'Terug' cancels.

    The check is slow (scrypt, database): it answers later, from the task manager."""

    def __init__(
        self,
        learner: Learner,
        library: PictogramLibrary,
        check: PinChecker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.digits = ""
        self.locked = False
        self.checking = False
        self.setWindowTitle(self.tr("Pincode"))
        self.setObjectName("page")
        self.keypad = Keypad(library)
        self.keypad.digit.connect(self.type_digit)
        self.keypad.erase.connect(self.erase)
        self.dots = PinDots(PIN_LENGTH)
        self.message = text_label("", 1.2, bold=True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setAccessibleName(self.tr("Melding"))
        self.back_button = big_button(self.tr("Terug"), library, BACK, icon_size=32)
        self.back_button.clicked.connect(self.reject)
        self.back_button.setMinimumHeight(0)  # its size hint follows the text size
        self._build(learner, library)
        self._show_dots()
        self.dots.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build(self, learner: Learner, library: PictogramLibrary) -> None:
        avatar = text_label()
        avatar.setPixmap(avatar_pixmap(learner.avatar, library, AVATAR_SIZE))
        avatar.setAccessibleName(learner.name)
        column = QWidget()
        column.setMinimumWidth(LEFT_WIDTH)
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(16)
        left.addWidget(avatar)
        left.addWidget(heading(self.tr("Hallo {name}").format(name=learner.name)))
        left.addWidget(text_label(self.tr("Typ je pincode."), 1.3))
        left.addWidget(self.dots)
        left.addWidget(self.message)
        left.addStretch(1)
        left.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(48)
        layout.addWidget(column, stretch=1)
        layout.addWidget(self.keypad)

    def type_digit(self, digit: str) -> None:
        if self.locked or self.checking or len(self.digits) >= PIN_LENGTH:
            return
        self.digits += digit
        self.message.clear()
        self._show_dots()
        if len(self.digits) == PIN_LENGTH:
            self._submit()

    def erase(self) -> None:
        if not self.locked and not self.checking:
            self.digits = self.digits[:-1]
            self._show_dots()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdecimal():  # also Arabic-Indic and Persian digits
            self.type_digit(str(int(text)))
        elif event.key() == Qt.Key.Key_Backspace:
            self.erase()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            pass  # a focused button handles Enter itself; elsewhere Enter must not press 'Terug'
        else:
            super().keyPressEvent(event)

    def _submit(self) -> None:
        self.checking = True
        self.check(self.digits, self._checked)

    def _checked(self, result: PinCheck) -> None:
        self.checking = False
        if result is PinCheck.OK:
            self.accept()
            return
        self.digits = ""
        self._show_dots()
        if result is PinCheck.WRONG:
            self.message.setText(self.tr("Verkeerde pincode. Probeer opnieuw."))
        else:
            self._lock()

    def _lock(self) -> None:
        self.locked = True
        self.message.setText(self.tr("Te vaak fout. Wacht 1 minuut."))
        self.keypad.setEnabled(False)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_dots(self) -> None:
        typed = len(self.digits)
        self.dots.set_typed(typed)
        self.dots.setAccessibleName(
            self.tr("{typed} van {total} cijfers getypt").format(typed=typed, total=PIN_LENGTH)
        )
