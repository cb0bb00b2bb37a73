"""Fixtures for the practice screens: shared with the other screen tests, plus the key guard's
clock (a learner looks at a new screen before pressing a key)."""

from collections.abc import Callable

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from screen_fixtures import clock, on_screen, shots, speaker, styled  # noqa: E402, F401
from vaktaal.ui.practice.key_guard import KeyGuard  # noqa: E402


class KeyClock:
    """The key guard's time in seconds; `look` lets a learner look at the screen a second."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def look(self, seconds: float = 1.0) -> None:
        self.now += seconds


@pytest.fixture
def key_clock() -> KeyClock:
    return KeyClock()


@pytest.fixture
def keys(key_clock: KeyClock) -> KeyGuard:
    """The practice page's key guard, on the test's key clock."""
    return KeyGuard(now=key_clock)


@pytest.fixture
def press(qtbot, key_clock: KeyClock) -> Callable[..., None]:  # type: ignore[no-untyped-def]
    """Look at the screen, then press a key on whatever has the focus, as a learner would."""

    def key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        key_clock.look()
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard focus"
        qtbot.keyClick(focused, key, modifier)

    return key


@pytest.fixture
def quick_press(qtbot) -> Callable[..., None]:  # type: ignore[no-untyped-def]
    """Press a key at once, without looking (a double press, a key held down)."""

    def key(key: Qt.Key) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard focus"
        qtbot.keyClick(focused, key)

    return key
