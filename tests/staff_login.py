"""Staff screens (Ctrl+P: decks, editor, recordings, speech model) need a buddy or coach:
add a coach with a known PIN and log in as them, for tests that open those screens."""

from typing import Any

from vaktaal.ui.tasks import Op

COACH = "Coach Test"
COACH_PIN = "1234"
WAIT_MS = 20_000


def add_coach(qtbot: Any, window: Any, name: str = COACH, pin: str = COACH_PIN) -> Any:
    """A coach in the window's database (on the database lane, as the app does it)."""
    qtbot.waitUntil(lambda: window.controller is not None, timeout=WAIT_MS)
    learners = window.controller.services.learners
    added: list[Any] = []
    window.tasks.run(Op(lambda: learners.add_staff(name, "coach", pin), added.append))
    qtbot.waitUntil(lambda: bool(added), timeout=WAIT_MS)
    return added[0]


def log_in_as_staff(qtbot: Any, window: Any) -> Any:
    """Add a coach and log in as them (the PIN flow itself is tested in tests/staff): the
    staff home shows."""
    coach = add_coach(qtbot, window)
    window.controller.start_staff_session(coach)
    home = window.controller.staff_flow.home_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=WAIT_MS)
    return coach


def open_decks_page(qtbot: Any, window: Any) -> None:
    """Ctrl+P as staff: log in as a coach first when no one is logged in as staff."""
    if window.controller is None or window.controller.staff is None:
        log_in_as_staff(qtbot, window)
    window.show_decks_action.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.decks_page, timeout=WAIT_MS)
