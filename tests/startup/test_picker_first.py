"""The profile picker is painted before the other pages and the controller are made; a
click on a profile right after that still reaches the controller (it is made in the same
turn of the event loop, before any click is handled)."""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from vaktaal.ui.launcher import create_window

WAIT_MS = 20_000


class PickerPaints(QObject):
    """Notes, at every paint of the picker, whether the controller existed yet."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.controller_made: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        picker = getattr(self.window, "picker", None)
        if event.type() == QEvent.Type.Paint and watched is picker:
            self.controller_made.append(getattr(self.window, "controller", None) is not None)
        return False


def test_the_picker_is_painted_before_the_rest_is_made(qtbot, tmp_path: Path) -> None:
    window = create_window(tmp_path / "data")
    qtbot.addWidget(window)
    paints = PickerPaints(window)
    window.picker.installEventFilter(paints)
    window.show()
    qtbot.waitUntil(lambda: window.controller is not None, timeout=WAIT_MS)
    assert paints.controller_made, "the picker was never painted"
    assert paints.controller_made[0] is False  # painted first, the controller came after
    assert window.stack.currentWidget() is window.picker
    assert window.home.parent() is window.stack  # the other pages are there now
    with qtbot.waitSignal(window.tasks.changed, timeout=WAIT_MS):  # the bundled decks
        pass


def test_adding_a_profile_right_away_reaches_the_controller(qtbot, tmp_path: Path) -> None:
    window = create_window(tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)
    assert window.controller is not None  # on screen: the controller is there too
    assert window.picker.receivers("2add_requested()") >= 1
