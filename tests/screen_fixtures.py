"""Fixtures shared by the screen tests: a fake voice and clock, a screen, and key presses."""

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

pytest.importorskip("pytestqt")


from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402

SCREEN = (1366, 768)


@pytest.fixture
def speaker() -> FakeSpeaker:
    return FakeSpeaker()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 3, 3, 9, 0, tzinfo=UTC))


@pytest.fixture
def on_screen(qtbot) -> Callable[[QWidget], QWidget]:  # type: ignore[no-untyped-def]
    """Put a widget in a 1366x768 window, show it and make it the active window."""
    hosts: list[QWidget] = []  # qtbot only keeps weak references

    def show(widget: QWidget) -> QWidget:
        host = QWidget()
        hosts.append(host)
        host.resize(*SCREEN)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(widget)
        qtbot.addWidget(host)
        host.show()
        host.activateWindow()
        qtbot.waitExposed(host)
        qtbot.waitUntil(host.isActiveWindow)
        return host

    return show


@pytest.fixture
def press(qtbot) -> Callable[..., None]:  # type: ignore[no-untyped-def]
    """Press a key on whatever has the keyboard focus, as a learner would."""

    def key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard focus"
        qtbot.keyClick(focused, key, modifier)

    return key
