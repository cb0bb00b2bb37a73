"""First start: while there is no profile at all, the first one may be a coach (with PIN)."""

from datetime import UTC, datetime

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402
from vaktaal.ui.profiles.new_learner_dialog import NewLearnerDialog  # noqa: E402
from vaktaal.ui.profiles.new_learner_form import Problem, find_problem  # noqa: E402

WAIT_MS = 20_000


def test_the_coach_choice_is_hidden_unless_allowed(qtbot, library) -> None:
    dialog = NewLearnerDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.coach.isVisible()
    dialog.coach.setChecked(True)  # even if ticked somehow, no coach without first start
    assert dialog.values().coach is False


def test_a_first_coach_needs_a_pin(qtbot, library) -> None:
    dialog = NewLearnerDialog(library, allow_coach=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.coach.isVisible() and dialog.coach.text() == "Begeleider (coach)"
    qtbot.keyClicks(dialog.name, "Sanne")
    assert dialog.ok_button.isEnabled()

    dialog.coach.setChecked(True)
    assert not dialog.ok_button.isEnabled()  # a coach always has a PIN

    qtbot.keyClicks(dialog.pin, "4826")
    qtbot.keyClicks(dialog.pin_again, "4826")
    assert dialog.ok_button.isEnabled()
    assert dialog.values().coach is True


def test_the_form_check_requires_a_pin_when_asked() -> None:
    assert find_problem("Sanne", "", "") is None
    assert find_problem("Sanne", "", "", pin_required=True) is Problem.PIN_LENGTH


def make_window(qtbot, folder):
    window = create_window(folder, clock=FakeClock(datetime(2026, 12, 6, 9, tzinfo=UTC)),
                           speaker=FakeSpeaker())  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)
    return window


def fill_when_asked(qtbot, seen, coach) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewLearnerDialog):
            QTimer.singleShot(10, fill)
            return
        seen.append(dialog.coach.isVisibleTo(dialog))
        qtbot.keyClicks(dialog.name, "Sanne" if coach else "Yonas")
        if coach:
            dialog.coach.setChecked(True)
            qtbot.keyClicks(dialog.pin, "4826")
            qtbot.keyClicks(dialog.pin_again, "4826")
        dialog.ok_button.click()

    QTimer.singleShot(10, fill)


def test_on_first_start_the_first_profile_can_be_a_coach(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    seen: list[bool] = []
    fill_when_asked(qtbot, seen, coach=True)
    window.picker.new_button.click()

    qtbot.waitUntil(lambda: len(window.picker.staff.tiles) == 1, timeout=WAIT_MS)
    assert seen == [True]
    assert window.picker.staff.tiles[0].text() == "Sanne"
    assert window.picker.grid.tiles == []  # a coach is no learner

    fill_when_asked(qtbot, seen, coach=False)
    window.picker.new_button.click()
    qtbot.waitUntil(lambda: len(window.picker.grid.tiles) == 1, timeout=WAIT_MS)
    assert seen == [True, False]  # a profile exists now: no coach choice any more
