"""PracticeSession.skip(): past an exercise without an outcome (speaking without a microphone)."""

from datetime import UTC, datetime

import pytest
from speaking_data import exercise, speak

from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.core.practice.session import PracticeSession


def test_skip_moves_on_without_an_outcome() -> None:
    clock = FakeClock(datetime(2025, 3, 3, 9, 0, tzinfo=UTC))
    second = exercise(ExerciseKind.TYPE, "hesje")
    session = PracticeSession([speak("heftruck"), second], clock)
    session.show()
    session.skip()
    assert session.outcomes == [] and session.position == 1
    assert session.show() is second
    session.answer(Verdict.RIGHT)
    assert session.finished
    assert session.summary().answers == 1 and session.summary().practised == 1
    with pytest.raises(RuntimeError):
        session.skip()
