"""Keys never answer what the learner has not seen yet.

A `KeyGuard` is an event filter on the focusable widgets of a screen. After `new_screen()`
(a new exercise, its feedback, a revealed card, a question) it drops for a short moment
every key press that could answer or go on, so Enter pressed twice on the feedback does not
answer the next exercise. A key release counts only when its press began on this screen
(a button clicks on the release of Space), and held keys (auto-repeat) answer nothing.
Typing in a text field is never held up: a learner who types has seen the exercise.
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

KEY_QUIET_MS = 350  # quicker than anyone reads a new screen; slower than a double press
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
K = Qt.Key
# Keys that never answer: Esc asks first, the others only move the focus.
FREE_KEYS = frozenset(
    (K.Key_Escape, K.Key_Tab, K.Key_Backtab, K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down,
     K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_Meta)
)  # fmt: skip


class KeyGuard(QObject):
    """An event filter, installed with `guard(screen)`."""

    def __init__(
        self,
        quiet_ms: int = KEY_QUIET_MS,
        now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.quiet_ms = quiet_ms
        self.now = now  # seconds; tests give a clock of their own
        self._shown = float("-inf")
        self._down: set[int] = set()  # keys pressed on this screen, not yet released

    def guard(self, root: QWidget) -> None:
        """Watch `root` and every widget in it that can have the keyboard focus."""
        root.installEventFilter(self)
        for child in root.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(self)

    def new_screen(self) -> None:
        """Something new is on screen: keys wait a moment; earlier presses are forgotten."""
        self._shown = self.now()
        self._down.clear()

    def allows(self, event: QKeyEvent, typing: bool = False) -> bool:
        """Whether `event` may reach the screen (`typing`: it goes to a text field)."""
        key = event.key()
        if event.isAutoRepeat() and not (typing and key not in ENTER_KEYS):
            return False
        if event.type() == QEvent.Type.KeyRelease:
            return key in self._down
        if key not in FREE_KEYS and not typing and self._too_soon():
            return False
        self._down.add(key)
        return True

    def _too_soon(self) -> bool:
        return (self.now() - self._shown) * 1000 < self.quiet_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in KEY_EVENTS or not isinstance(event, QKeyEvent):
            return False
        return not self.allows(event, isinstance(watched, QLineEdit))  # True: dropped
