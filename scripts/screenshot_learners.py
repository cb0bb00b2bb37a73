"""Screenshots of a coach's learner management: the learners page (45-learner-management.png)
and the delete confirmation with its numbers (46-delete-confirmation.png).

Run:  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_learners.py
Small screen:  xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python \
    scripts/screenshot_learners.py --size 1024x600 --text xlarge --out /tmp/shots
"""

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from vaktaal.app import Backend, install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.launcher import create_window, prepare_application
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.staff.learners.decks_dialog import DecksDialog
from vaktaal.ui.staff.learners.delete_dialog import DeleteDialog
from vaktaal.ui.staff.learners.edit_dialog import LearnerEditDialog
from vaktaal.ui.staff.learners.pin_reset_dialog import PinResetDialog
from vaktaal.ui.staff.learners.staff_dialog import StaffDialog
from vaktaal.ui.text_size import apply_text_size

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
DECKS = ["magazijn-installatie", "eerste-werkweken"]
LEARNERS = [  # name, languages, avatar, PIN, decks (None: every deck), answers
    ("Amal Haddad", ["ar"], "openmoji:1F337", "2580", DECKS[:1], 24),
    ("Dawit Tesfaye", ["ti", "am"], "openmoji:1F6B2", None, None, 12),
    ("Fatima Rahimi", ["prs", "fa"], "openmoji:1F98B", "1470", DECKS, 0),
    ("Yonas Gebre", ["ti"], "openmoji:26BD", None, None, 6),
]


def wait_until(condition, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    end = QTimer()
    end.setSingleShot(True)
    end.start(int(seconds * 1000))
    while end.isActive() and not condition():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if not condition():
        raise SystemExit("the screen did not appear in time")


def make_data(folder: Path) -> None:
    clock = FakeClock(NOW - timedelta(days=3))
    backend = open_backend(folder, clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    learners = backend.services.learners
    learners.add_staff("Sanne de Vries", "coach", "4826")
    piet = learners.add_staff("Piet Jansen", "buddy", "1357")
    for name, languages, avatar, pin, decks, answers in LEARNERS:
        learner = learners.add(name, languages, avatar, pin, decks)
        practise(backend, learner.id, answers)
        if answers > 10:
            backend.buddies.start(learner.id, piet.id, piet.name, 20, clock.now())
    backend.close()


def practise(backend: Backend, learner_id: int, answers: int) -> None:
    practice = backend.services.practice
    session = practice.start_session(learner_id, DECKS[0])
    for n in range(answers):
        exercise = session.show()
        if exercise is None:
            return
        right = n % 4 != 3
        outcome = (
            session.answer(Verdict.RIGHT if right else Verdict.WRONG)
            if exercise.kind.is_objective
            else session.rate(3 if right else 1)
        )
        practice.record(learner_id, outcome)


def grab_screen(out: Path) -> None:
    screen = QApplication.primaryScreen()
    screen.grabWindow(0).save(str(out))
    print(f"saved {out}")


def show_dialog(kind: type, open_it: Callable[[], object], out: Path) -> None:
    """Open a dialog of `kind` with `open_it`, save the screen, then cancel (nothing changes)."""
    done: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, look)
            return
        QApplication.processEvents()
        grab_screen(out)
        dialog.reject()
        done.append(True)

    QTimer.singleShot(50, look)
    open_it()
    wait_until(lambda: bool(done))


def check_more(window: MainWindow, out: Path) -> None:
    """The small-screen check: every dialog and the staff page too."""
    flow = window.controller.staff_flow.learners  # type: ignore[union-attr]
    amal = flow.page.rows[0].person
    show_dialog(LearnerEditDialog, lambda: flow.edit(amal), out / "edit.png")
    show_dialog(PinResetDialog, lambda: flow.reset_pin(amal), out / "pin.png")
    show_dialog(DecksDialog, lambda: flow.choose_decks(amal), out / "decks.png")
    flow.start_staff()
    staff = flow.staff_profiles.page
    wait_until(lambda: window.stack.currentWidget() is staff and len(staff.rows) == 2)
    QApplication.processEvents()
    grab_screen(out / "staff-profiles.png")
    show_dialog(StaffDialog, flow.staff_profiles.add, out / "add-staff.png")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--text", default="normal", help="text size: normal, large, xlarge")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    arguments = parser.parse_args()
    width, height = (int(part) for part in arguments.size.split("x"))
    app = QApplication(sys.argv)
    prepare_application(app)
    arguments.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        make_data(data)
        window = create_window(data, clock=FakeClock(NOW), speaker=FakeSpeaker())
        window.move(0, 0)
        window.resize(width, height)
        window.show()
        wait_until(lambda: window.stack.currentWidget() is window.picker)
        wait_until(lambda: len(window.picker.staff.people) == 2)
        controller = window.controller
        assert controller is not None
        coach = next(p for p in window.picker.staff.people if p.role == "coach")
        controller.start_staff_session(coach)
        apply_text_size(arguments.text)
        controller.staff_flow.learners.start()
        page = controller.staff_flow.learners.page
        wait_until(lambda: window.stack.currentWidget() is page and len(page.rows) == 4)
        for _ in range(5):
            app.processEvents()
        grab_screen(arguments.out / "45-learner-management.png")
        flow = controller.staff_flow.learners
        delete = lambda: flow.delete(page.rows[0].person)  # noqa: E731
        show_dialog(DeleteDialog, delete, arguments.out / "46-delete-confirmation.png")
        if arguments.out != ROOT / "docs" / "screenshots":
            check_more(window, arguments.out)
        window.close()
        window.tasks.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
