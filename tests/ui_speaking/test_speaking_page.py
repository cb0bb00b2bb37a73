"""The practice page with speaking exercises: outcomes with what was heard; skips record nothing."""

import pytest
from PySide6.QtCore import Qt
from speaking_data import ScriptedJudge, exercise, speak

from pcm_sounds import word
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.core.practice.rating import GOOD as GOOD_RATING
from vaktaal.core.practice.session import Outcome, PracticeSession
from vaktaal.speech.pronunciation import Level
from vaktaal.ui.practice.key_guard import KeyGuard
from vaktaal.ui.practice.practice_page import PracticePage
from vaktaal.ui.speaking.capture import FakeMicrophone, Listener, no_microphone_message
from vaktaal.ui.speaking.speaking_view import Phase
from vaktaal.ui.speaking.support import SpeakingSupport

K = Qt.Key
LEFT = Qt.MouseButton.LeftButton


def support(judge: ScriptedJudge, problem: str | None = None) -> SpeakingSupport:
    return SpeakingSupport(lambda: Listener(FakeMicrophone(word(), problem=problem)), judge)


@pytest.fixture
def recorded() -> list[Outcome]:
    return []


def make_page(on_screen, library, speaker, recorded, tasks, speaking) -> PracticePage:  # type: ignore[no-untyped-def]
    keys = KeyGuard(quiet_ms=0)  # keys at once (the key guard has tests of its own)
    page = PracticePage(
        library, speaker, recorded.append, "ar", tasks=tasks, speaking=speaking, keys=keys
    )
    on_screen(page)
    return page


def test_a_spoken_word_is_recorded_with_what_was_heard_and_the_buddy(
    qtbot, on_screen, library, speaker, clock: FakeClock, press, recorded: list[Outcome], tasks
) -> None:
    judge = ScriptedJudge((Level.ALMOST, "heftruk"), (Level.GOOD, "hesje"))
    page = make_page(on_screen, library, speaker, recorded, tasks, support(judge))
    page.start(PracticeSession([speak("heftruck"), speak("hesje")], clock))
    view = page.speaking
    assert view is not None and page.stack.currentWidget() is view
    assert page.progress.text() == "1 van 2"

    # 1. the machine says "bijna"; the buddy says it was good
    clock.advance(5)
    qtbot.mouseClick(view.mic_button, LEFT)
    qtbot.waitUntil(lambda: view.phase is Phase.VERDICT, timeout=5000)
    press(K.Key_B)
    assert recorded == []  # nothing is recorded before the learner goes on
    press(K.Key_Return)
    assert len(recorded) == 1
    first = recorded[0]
    assert first.exercise.kind is ExerciseKind.SPEAK
    assert (first.verdict, first.heard, first.overruled_from) == (
        Verdict.RIGHT,
        "heftruk",
        Verdict.ALMOST,
    )
    assert first.rating == GOOD_RATING
    assert first.duration_ms == 5000

    # 2. the next word, as the machine heard it
    assert page.progress.text() == "2 van 2"
    assert view.phase is Phase.READY and view.attempts == 0
    qtbot.keyClick(view.mic_button, K.Key_Space)
    qtbot.waitUntil(lambda: view.phase is Phase.VERDICT, timeout=5000)
    with qtbot.waitSignal(page.finished) as finished:
        press(K.Key_Return)
    second = recorded[1]
    assert (second.verdict, second.heard, second.overruled_from) == (Verdict.RIGHT, "hesje", None)
    assert finished.args[0].answers == 2


def test_no_microphone_skips_to_the_next_exercise_without_a_review(
    qtbot, on_screen, library, speaker, clock: FakeClock, recorded: list[Outcome], tasks
) -> None:
    problem = no_microphone_message()
    page = make_page(
        on_screen, library, speaker, recorded, tasks, support(ScriptedJudge(), problem)
    )
    session = PracticeSession([speak("heftruck"), exercise(ExerciseKind.RECALL, "hesje")], clock)
    page.start(session)
    view = page.speaking
    assert view is not None
    qtbot.mouseClick(view.mic_button, LEFT)
    qtbot.waitUntil(lambda: view.phase is Phase.PROBLEM)
    qtbot.mouseClick(view.skip_button, LEFT)
    assert page.stack.currentWidget() is page.recall
    assert page.progress.text() == "2 van 2"
    assert recorded == [] and session.outcomes == []


def test_without_speaking_support_speaking_exercises_are_skipped(
    qtbot, on_screen, library, speaker, clock: FakeClock, recorded: list[Outcome], tasks
) -> None:
    page = make_page(on_screen, library, speaker, recorded, tasks, None)
    assert page.speaking is None
    session = PracticeSession([speak("heftruck"), exercise(ExerciseKind.RECALL, "hesje")], clock)
    page.start(session)
    assert page.stack.currentWidget() is page.recall
    with qtbot.waitSignal(page.finished) as finished:
        page.start(PracticeSession([speak("heftruck"), speak("ladder")], clock))
    assert finished.args[0].answers == 0
    assert recorded == []


def test_stopping_while_listening_stops_the_microphone(
    qtbot, on_screen, library, speaker, clock: FakeClock, recorded: list[Outcome], tasks
) -> None:
    page = make_page(on_screen, library, speaker, recorded, tasks, support(ScriptedJudge()))
    page.start(PracticeSession([speak("heftruck")], clock))
    view = page.speaking
    assert view is not None
    qtbot.mouseClick(view.mic_button, LEFT)
    listener = view.listener
    assert listener is not None and listener.listening
    qtbot.keyClick(page, K.Key_Escape)  # asks first ("Stoppen?"): listening ends already
    assert page.asking and not listener.listening
    with qtbot.waitSignal(page.finished):
        qtbot.keyClick(page.question, K.Key_J)
    page.hide()
    assert not listener.listening
    assert recorded == []
