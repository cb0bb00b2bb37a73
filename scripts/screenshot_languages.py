"""Screenshots of the screens in the learners' own languages, from the real window.

Amal's screens are Arabic (right to left, with Dutch sentences left to right), Yonas's
Tigrinya, Elif's Turkish, Reza's Farsi. Saves PNGs to the folder given (default /tmp).
Run under a virtual screen:  xvfb-run -a -s "-screen 0 1366x768x24" \
    .venv/bin/python scripts/screenshot_languages.py [FOLDER]
"""

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from take_screenshots import NOW, Tour, demo_data

from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.launcher import create_window, prepare_application

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp")


class LanguageTour(Tour):
    def plan(self) -> list[Callable[[], object]]:
        w = self.window
        return [
            lambda: self.wait_for(w.picker), lambda: self.save("lang-picker"),
            lambda: self.choose("Amal"), lambda: self.wait_for(w.home),
            lambda: self.save("lang-ar-home"),
            lambda: self.exercise(ExerciseKind.RECALL, "heftruck", reveal=True),
            lambda: self.save("lang-ar-recall"),
            lambda: w.controller.meetings.open_meeting("werkoverleg"),
            lambda: self.wait_for(w.controller.meetings.player),
            lambda: w.controller.meetings.player.next_line(),
            lambda: self.save("lang-ar-meeting"),
            lambda: w.controller.show_progress(), lambda: self.wait_for(w.progress),
            lambda: self.save("lang-ar-progress"),
            lambda: self.logout(), lambda: self.choose("Yonas"), lambda: self.wait_for(w.home),
            lambda: self.save("lang-ti-home"),
            lambda: self.logout(), lambda: self.choose("Reza"), lambda: self.wait_for(w.home),
            lambda: self.exercise(ExerciseKind.RECALL, "nooduitgang", reveal=True),
            lambda: self.save("lang-fa-recall"),
            lambda: self.logout(), lambda: self.choose("Marieke"),
            lambda: self.wait_for(w.home), lambda: w.controller.meetings.show_list(),
            lambda: self.wait_for(w.controller.meetings.list_page),
            lambda: self.save("lang-en-meetings"),
        ]  # fmt: skip

    def logout(self) -> None:
        self.window.controller.show_picker()

    def save(self, name: str) -> None:
        self.window.grab().save(str(OUT / f"{name}.png"))
        print("saved", OUT / f"{name}.png")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="vaktaal-languages-"))
    demo_data(folder)
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    window = create_window(folder, clock=FakeClock(NOW), speaker=FakeSpeaker())
    window.resize(1366, 768)
    window.show()
    tour = LanguageTour(app, window, FakeClock(NOW))
    QTimer.singleShot(500, tour.run)
    app.exec()


if __name__ == "__main__":
    main()
