"""For the desktop build's smoke test (VAKTAAL_SMOKE_TEST=1): watch the app start, print
READY once the profile picker is on screen with the database open, then close the app.

`watch_for_picker` is called before `vaktaal.__main__.main` (packaging/vaktaal_entry.py);
the app's own code is not changed by it."""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vaktaal.ui.main_window import MainWindow

SMOKE_TEST_ENV = "VAKTAAL_SMOKE_TEST"
GIVE_UP_AFTER = 60.0  # seconds; then NOT READY and exit code 1
CHECK_EVERY_MS = 20


def watch_for_picker(give_up_after: float = GIVE_UP_AFTER) -> QTimer:
    """Make the QApplication the app will use, and a timer that looks for the picker."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    deadline = time.monotonic() + give_up_after
    timer = QTimer(app)
    timer.setInterval(CHECK_EVERY_MS)
    timer.timeout.connect(lambda: _check(app, timer, deadline))
    timer.start()
    return timer


def _check(app: QApplication, timer: QTimer, deadline: float) -> None:
    window = _ready_window(app)
    if window is not None:
        timer.stop()
        window.tasks.wait_until_idle()  # the bundled decks are in before the app closes
        print("READY", flush=True)
        print(_espeak_line(), flush=True)
        # what other programs the app starts get (the build must not hand them its own)
        print(f"CHILD_LIBRARY_PATH {os.environ.get('LD_LIBRARY_PATH', '-')}", flush=True)
        window.close()
    elif time.monotonic() > deadline:
        timer.stop()
        print("NOT READY", flush=True)
        app.exit(1)


def _espeak_line() -> str:
    """Which espeak-ng the app finds, and whether it works: ESPEAK <program> <phonemes>."""
    from vaktaal.speech.phonetics import EspeakPhonemizer  # only now: not before the picker

    espeak = EspeakPhonemizer()
    if not espeak.available:
        return "ESPEAK none"
    return f"ESPEAK {espeak.program} {'_'.join(espeak.phonemes('hallo'))}"


def _ready_window(app: QApplication) -> MainWindow | None:
    """The main window once it shows the picker and the database is open."""
    for widget in app.topLevelWidgets():
        if (
            isinstance(widget, MainWindow)
            and widget.controller is not None
            and widget.stack.currentWidget() is widget.picker
            and widget.picker.isVisible()
        ):
            return widget
    return None
