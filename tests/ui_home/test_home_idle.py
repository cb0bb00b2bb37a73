"""The idle watcher: back to the picker after a while without any input, never during input."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from vaktaal.ui.idle import IdleWatcher

IDLE_MS = 300


def post_key(widget: QLineEdit) -> None:
    key = Qt.Key.Key_A
    QApplication.postEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "a")
    )


@pytest.fixture
def watcher(qapp: QApplication) -> Iterator[IdleWatcher]:
    """A watcher of IDLE_MS; stopped afterwards, so no test leaves an event filter behind."""
    idle = IdleWatcher(5)
    idle.set_interval_ms(IDLE_MS)
    yield idle
    idle.stop()


def test_it_times_out_after_the_interval_without_input(qtbot, watcher: IdleWatcher) -> None:
    watcher.start()

    with qtbot.waitSignal(watcher.timed_out, timeout=IDLE_MS * 10):
        pass
    assert not watcher.is_running()


def test_input_keeps_it_from_timing_out(qtbot, watcher: IdleWatcher) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    fired: list[bool] = []
    watcher.timed_out.connect(lambda: fired.append(True))
    typed: list[int] = []
    typist = QTimer(field)  # goes with the field, even when the test fails
    typist.setInterval(IDLE_MS // 6)
    typist.timeout.connect(lambda: (post_key(field), typed.append(1)))
    watcher.start()
    typist.start()

    qtbot.waitUntil(lambda: len(typed) >= 24, timeout=IDLE_MS * 40)  # 4 intervals of typing

    assert fired == []
    assert field.text().startswith("aaaa")  # the keys really arrived
    typist.stop()
    with qtbot.waitSignal(watcher.timed_out, timeout=IDLE_MS * 10):
        pass  # and once the typing stops, it times out


def test_mouse_input_counts_too(qtbot, watcher: IdleWatcher) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    moves: list[int] = []

    def move() -> None:
        point = QPointF(5, 5)
        event = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            point,
            point,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.postEvent(field, event)
        moves.append(1)

    mouse = QTimer(field)  # goes with the field, even when the test fails
    mouse.setInterval(IDLE_MS // 6)
    mouse.timeout.connect(move)
    watcher.start()
    mouse.start()
    with qtbot.assertNotEmitted(watcher.timed_out):
        qtbot.waitUntil(lambda: len(moves) >= 24, timeout=IDLE_MS * 40)
    mouse.stop()


def test_stop_keeps_it_quiet_and_stops_watching(qtbot, watcher: IdleWatcher) -> None:
    watcher.set_interval_ms(50)
    watcher.start()
    watcher.stop()

    with qtbot.assertNotEmitted(watcher.timed_out, wait=250):
        pass
    assert not watcher.is_running()


def test_after_a_time_out_input_does_not_start_it_again(qtbot, watcher: IdleWatcher) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    watcher.set_interval_ms(50)
    with qtbot.waitSignal(watcher.timed_out):
        watcher.start()

    qtbot.keyClick(field, Qt.Key.Key_A)

    assert not watcher.is_running()


def test_minutes_and_milliseconds(qapp: QApplication) -> None:
    watcher = IdleWatcher(5)
    assert watcher.interval_ms == 5 * 60_000
    watcher.set_minutes(0.5)
    assert watcher.interval_ms == 30_000
    watcher.set_interval_ms(120)
    assert watcher.interval_ms == 120
