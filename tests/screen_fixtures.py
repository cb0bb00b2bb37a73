"""Fixtures shared by the screen tests: a fake voice and clock, a screen, and key presses."""

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")


from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget  # noqa: E402

from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.style import apply_style  # noqa: E402
from vaktaal.ui.text_size import apply_text_size  # noqa: E402

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


@pytest.fixture(params=["normal", "xlarge"])
def styled(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's real look (font, colours, style sheet) at a text size, put back afterwards."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    style = qapp.style().name()
    apply_style(qapp)
    apply_text_size(request.param)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("VAKTAAL_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def assert_nothing_cut_off(host: QWidget) -> None:
    area = host.rect()
    for child in host.findChildren(QWidget):
        if not child.isVisible() or child.width() == 0:
            continue
        box = QRect(child.mapTo(host, child.rect().topLeft()), child.size())
        assert area.contains(box), f"{child!r} ({child.accessibleName()}) sticks out: {box}"
        if isinstance(child, QLabel) and child.wordWrap() and child.text():
            needed = child.heightForWidth(child.width())
            assert needed <= child.height() + 1, f"label {child.text()!r} is cut off"
