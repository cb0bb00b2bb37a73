"""Shared by the learner-management screen tests: demo data, the window, logins, dialogs."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.launcher import create_window
from vaktaal.ui.tasks import Op

WAIT_MS = 20_000
NOW = datetime(2026, 12, 6, 9, tzinfo=UTC)
DECK = "magazijn-installatie"
AMAL_PIN, COACH_PIN, BUDDY_PIN = "2580", "4826", "1357"


def make_data(folder: Path, answers: int = 6) -> Path:
    """Amal (PIN, one deck, answers and a buddy session), Yonas (every deck), coach Sanne,
    buddy Piet."""
    backend = open_backend(folder, clock=FakeClock(NOW - timedelta(days=1)), speaker=FakeSpeaker())
    install_bundled_decks(backend)
    learners = backend.services.learners
    amal = learners.add("Amal", ["ar"], pin_code=AMAL_PIN, decks=[DECK])
    learners.add("Yonas", ["ti"])
    learners.add_staff("Sanne", "coach", COACH_PIN)
    piet = learners.add_staff("Piet", "buddy", BUDDY_PIN)
    practise(backend, amal.id, answers)
    backend.buddies.start(amal.id, piet.id, piet.name, 15, NOW - timedelta(hours=20))
    backend.close()
    return folder


def practise(backend: Any, learner_id: int, answers: int) -> None:
    practice = backend.services.practice
    session = practice.start_session(learner_id, DECK)
    for _ in range(answers):
        exercise = session.show()
        assert exercise is not None, "fewer exercises than answers wanted"
        outcome = session.answer(Verdict.RIGHT) if exercise.kind.is_objective else session.rate(3)
        practice.record(learner_id, outcome)


def open_window(qtbot: Any, folder: Path) -> Any:
    window = create_window(folder, clock=FakeClock(NOW), speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(window.picker.staff.people) == 2, timeout=WAIT_MS)
    return window


def person(window: Any, name: str) -> Any:
    people = window.picker.staff.people
    return next(p for p in people if p.name == name)


def log_in_staff(qtbot: Any, window: Any, name: str = "Sanne") -> Any:
    """The PIN login itself is tested in tests/staff; this starts the session."""
    staff_member = person(window, name)
    window.controller.start_staff_session(staff_member)
    home = window.controller.staff_flow.home_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=WAIT_MS)
    return home


def in_database(qtbot: Any, window: Any, work: Any) -> Any:
    """Run `work` on the database lane (never on the GUI thread) and give its result."""
    found: list[Any] = []
    window.tasks.run(Op(work, found.append))
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    return found[0]


def when_modal(kind: type, action: Any) -> None:
    """Do `action(dialog)` once a modal dialog of `kind` is open (exec() blocks the test)."""

    tries = [WAIT_MS // 10]  # then stop looking: never into the next test

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        tries[0] -= 1
        if isinstance(dialog, kind):
            try:
                action(dialog)
            finally:
                if dialog.isVisible():  # never left open: exec() would block the test
                    dialog.reject()
        elif tries[0] > 0:
            QTimer.singleShot(10, look)

    QTimer.singleShot(10, look)


def wait_message(qtbot: Any, page: Any, text: str) -> None:
    """Until the page says `text`; else fail with what it does say."""
    try:
        qtbot.waitUntil(lambda: text in page.message.text(), timeout=WAIT_MS)
    except Exception as error:
        raise AssertionError(f"the page says {page.message.text()!r}") from error
