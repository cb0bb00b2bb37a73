"""The app with a buddy, two learners (Amal with a PIN, Bilal without) and the bundled
decks, logged in as the buddy; helpers to open the buddy screens."""

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.launcher import create_window
from vaktaal.ui.tasks import Op

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 20_000
AMAL_PIN = "2580"
BUDDY_PIN = "1357"
NOW = datetime(2026, 12, 6, 9, tzinfo=UTC)


def make_data(folder: Any) -> Any:
    backend = open_backend(folder, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    learners = backend.services.learners
    learners.add("Amal", ["ar"], pin_code=AMAL_PIN, decks=["magazijn-installatie"])
    learners.add("Bilal", ["ti"], decks=["magazijn-installatie"])
    learners.add_staff("Bram", "buddy", BUDDY_PIN)
    backend.close()
    return folder


def open_window(qtbot: Any, folder: Any) -> Any:
    window = create_window(folder, clock=FakeClock(NOW), speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)
    return window


def log_in_as_buddy(qtbot: Any, window: Any) -> Any:
    """The buddy's PIN flow is tested in tests/staff: start the staff session directly."""
    qtbot.waitUntil(lambda: len(window.picker.staff.tiles) == 1, timeout=WAIT_MS)
    staff = window.controller.staff_flow
    buddies: list[Any] = []
    window.tasks.run(Op(window.controller.services.learners.staff, buddies.extend))
    qtbot.waitUntil(lambda: bool(buddies), timeout=WAIT_MS)
    window.controller.start_staff_session(buddies[0])
    qtbot.waitUntil(lambda: window.stack.currentWidget() is staff.home_page, timeout=WAIT_MS)
    return window.controller.staff_flow.buddy


def open_choice(qtbot: Any, window: Any) -> Any:
    """Staff home -> "Samen oefenen": the learners' tiles."""
    flow = window.controller.staff_flow.buddy
    qtbot.mouseClick(window.controller.staff_flow.home_page.buttons["buddy"], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.choice_page, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(flow.choice_page.grid.tiles) == 2, timeout=WAIT_MS)
    return flow


def tile(flow: Any, name: str) -> Any:
    return next(t for t in flow.choice_page.grid.tiles if t.toolTip() == name)


def when_modal(kind: type, action: Any) -> None:
    """Do `action(dialog)` once a modal dialog of `kind` is open (exec() blocks the test)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            action(dialog)
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(10, look)


def choose_without_pin(qtbot: Any, window: Any, name: str = "Bilal") -> Any:
    flow = open_choice(qtbot, window)
    qtbot.mouseClick(tile(flow, name), LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.length_page, timeout=WAIT_MS)
    return flow
