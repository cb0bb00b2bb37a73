"""Child process of bench_startup.py, run by Anki's own Python (aqt, PyQt6): start Anki as
`anki -b BASE` does and print a READY line (startup_clock.py) at the first paint of its
first window. `first`: a new base folder, whose first window is Anki's language question.
`again`: the main window with the deck list (the base folder made by `prepare`).
`prepare`: a first start that answers the language question and closes Anki cleanly."""

import os
import sys

os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # as root, Chromium needs this

import aqt  # noqa: E402
from aqt.profiles import ProfileManager  # noqa: E402
from aqt.qt import QApplication, QEvent, QObject, QTimer, QWidget  # noqa: E402

from startup_clock import ready_line  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, main_window_only: bool, close: bool) -> None:
        super().__init__()
        self.main_window_only = main_window_only
        self.close = close
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.done or event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        if self.main_window_only and (aqt.mw is None or watched.window() is not aqt.mw):
            return False
        self.done = True
        print(ready_line(), flush=True)
        if self.close:
            QTimer.singleShot(0, aqt.mw.close)
        else:
            os._exit(0)  # the language question cannot be closed; nothing to keep
        return False


def _answer_language(manager: ProfileManager, index: int) -> None:
    manager.setLang(aqt.anki.lang.langs[index][1])


def main(mode: str, base: str) -> None:
    painted = FirstPaint(main_window_only=mode != "first", close=mode != "first")
    if mode == "prepare":
        ProfileManager.setDefaultLang = _answer_language  # type: ignore[method-assign]
    made = aqt.AnkiApp.__init__

    def made_and_watched(app: QApplication, argv: list[str]) -> None:
        made(app, argv)
        app.installEventFilter(painted)

    aqt.AnkiApp.__init__ = made_and_watched  # type: ignore[method-assign]
    aqt._run(["anki", "-b", base])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
