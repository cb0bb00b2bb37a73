"""Fixtures for the profile and home screens: an active 1366x768 window and key presses."""

from collections.abc import Callable

import pytest

pytest.importorskip("pytestqt")

from home_data import SCREEN  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from screen_fixtures import shots, styled  # noqa: E402, F401


@pytest.fixture
def on_screen(qtbot) -> Callable[[QWidget], QWidget]:  # type: ignore[no-untyped-def]
    """Show a page as an active 1366x768 window (dialogs keep their own size)."""

    def show(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        if not isinstance(widget, QDialog):
            widget.resize(*SCREEN)
        widget.show()
        widget.activateWindow()
        qtbot.waitExposed(widget)
        qtbot.waitUntil(widget.isActiveWindow)
        return widget

    return show


@pytest.fixture
def press(qtbot) -> Callable[..., None]:  # type: ignore[no-untyped-def]
    """Press a key on whatever has the keyboard focus, as a learner would."""

    def key(key: Qt.Key) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard focus"
        qtbot.keyClick(focused, key)

    return key
