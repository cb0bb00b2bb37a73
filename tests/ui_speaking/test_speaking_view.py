"""Say the word: the microphone button, Space, the verdict, the buddy's B, retries, problems."""

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from speaking_data import ScriptedJudge, speak

from pcm_sounds import noise, tone, word
from vaktaal.core.practice.answers import Verdict
from vaktaal.speech.pronunciation import Level
from vaktaal.ui.speaking.capture import FakeMicrophone, Listener, no_microphone_message
from vaktaal.ui.speaking.speaking_view import MAX_ATTEMPTS, Phase, SpeakingView
from vaktaal.ui.speaking.support import (
    AGAIN,
    ALMOST,
    GOOD,
    SpeakingSupport,
    SpokenAnswer,
    judge_with,
)

K = Qt.Key
LEFT = Qt.MouseButton.LeftButton
SILENT = noise(2000)
CLIPPED = noise(300) + tone(800, amplitude=32767) + noise(1200)
MakeView = Callable[..., SpeakingView]


@pytest.fixture
def make_view(on_screen, library, speaker, tasks) -> MakeView:
    def make(
        judge: ScriptedJudge,
        *recordings: bytes,
        problem: str | None = None,
        interval_ms: int = 0,
        max_ms: int = 1500,
    ) -> SpeakingView:
        def listener() -> Listener:
            played = recordings or (word(),)
            microphone = FakeMicrophone(*played, problem=problem, interval_ms=interval_ms)
            return Listener(microphone, max_ms=max_ms)

        view = SpeakingView(library, speaker, "ar", SpeakingSupport(listener, judge), tasks)
        on_screen(view)
        view.show_exercise(speak("heftruck"))
        view.focus_main()
        return view

    return make


def focus():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def say_it(qtbot, view: SpeakingView, how: str = "click") -> None:
    """Start listening by a click or Space, and wait for the verdict or a problem."""
    if how == "click":
        qtbot.mouseClick(view.mic_button, LEFT)
    else:
        assert focus() is view.mic_button
        qtbot.keyClick(view.mic_button, K.Key_Space)
    assert view.phase in (Phase.LISTENING, Phase.PROBLEM)
    qtbot.waitUntil(lambda: view.phase in (Phase.VERDICT, Phase.PROBLEM), timeout=5000)


def go_on(qtbot, view: SpeakingView, press) -> SpokenAnswer:
    with qtbot.waitSignal(view.proceed), qtbot.waitSignal(view.answered) as blocker:
        press(K.Key_Return)
    answer = blocker.args[0]
    assert isinstance(answer, SpokenAnswer)
    return answer


def test_good_is_right_when_the_learner_goes_on(qtbot, make_view: MakeView, press) -> None:
    view = make_view(ScriptedJudge((Level.GOOD, "heftruck")))
    assert view.prompt.text() == "Zeg het woord."
    assert focus() is view.mic_button
    with qtbot.assertNotEmitted(view.answered):
        say_it(qtbot, view)
    assert view.panel.isVisible()
    assert view.panel.message.text() == "Goed!"
    assert view.panel.heard.text() == "Ik hoorde: heftruck"
    assert view.panel.word.text() == "Het woord is: de heftruck"
    assert view.panel.word_audio.isVisible()
    assert view.self_button.isVisible()  # "Luister naar jezelf"
    assert focus() is view.panel.next_button
    assert go_on(qtbot, view, press) == SpokenAnswer(Verdict.RIGHT, "heftruck", None, 1)


def test_almost_with_space(qtbot, make_view: MakeView, press) -> None:
    view = make_view(ScriptedJudge((Level.ALMOST, "hef truc")))
    say_it(qtbot, view, how="space")
    assert view.panel.message.text() == "Bijna goed"
    assert go_on(qtbot, view, press).verdict is Verdict.ALMOST


def test_again_can_be_tried_three_times(qtbot, make_view: MakeView, press) -> None:
    judge = ScriptedJudge((Level.AGAIN, ""), (Level.AGAIN, "hefboom"), (Level.GOOD, "heftruck"))
    view = make_view(judge)
    say_it(qtbot, view)
    assert view.panel.message.text() == "Nog eens"
    assert view.panel.heard.text() == "Ik hoorde geen duidelijk woord."
    for attempt in (2, 3):
        assert view.mic_button.isVisible() and view.mic_button.text() == "Nog een keer"
        say_it(qtbot, view)
        assert view.attempts == attempt
    assert view.panel.message.text() == "Goed!"
    assert not view.mic_button.isVisible()  # three tries: now only "Verder"
    assert view.attempts == MAX_ATTEMPTS
    answer = go_on(qtbot, view, press)
    assert answer == SpokenAnswer(Verdict.RIGHT, "heftruck", None, 3)


@pytest.mark.parametrize(
    ("machine", "shown", "final", "machine_verdict"),
    [
        (Level.GOOD, "Buddy: nog eens", Verdict.WRONG, Verdict.RIGHT),
        (Level.ALMOST, "Buddy: goed", Verdict.RIGHT, Verdict.ALMOST),
        (Level.AGAIN, "Buddy: goed", Verdict.RIGHT, Verdict.WRONG),
    ],
)
def test_the_buddy_overrules_with_b(
    qtbot, make_view: MakeView, press, machine, shown, final, machine_verdict
) -> None:
    view = make_view(ScriptedJudge((machine, "heftruk")))
    say_it(qtbot, view)
    press(K.Key_B)
    assert view.panel.message.text() == shown
    answer = go_on(qtbot, view, press)
    assert answer == SpokenAnswer(final, "heftruk", machine_verdict, 1)


def test_b_twice_puts_the_machine_verdict_back(qtbot, make_view: MakeView, press) -> None:
    view = make_view(ScriptedJudge((Level.ALMOST, "heftruk")))
    say_it(qtbot, view)
    press(K.Key_B)
    press(K.Key_B)
    assert view.panel.message.text() == "Bijna goed"
    assert go_on(qtbot, view, press) == SpokenAnswer(Verdict.ALMOST, "heftruk", None, 1)


def test_b_does_nothing_before_the_verdict(qtbot, make_view: MakeView, press) -> None:
    view = make_view(ScriptedJudge((Level.GOOD, "heftruck")))
    press(K.Key_B)
    assert view.phase is Phase.READY


@pytest.mark.parametrize(
    ("recording", "message"),
    [
        (SILENT, "We hoorden niets. Staat de microfoon aan? Spreek dichter bij de microfoon."),
        (CLIPPED, "De opname is te hard en klinkt vervormd."),
    ],
)
def test_a_bad_recording_shows_why_and_can_be_tried_again(
    qtbot, make_view: MakeView, press, recording: bytes, message: str
) -> None:
    judge = ScriptedJudge((Level.GOOD, "heftruck"))
    view = make_view(judge, recording, word())
    say_it(qtbot, view)
    assert view.phase is Phase.PROBLEM
    assert view.status.text().startswith(message)
    assert view.status.isVisible() and view.skip_button.isVisible()
    assert judge.audio == []  # a bad recording is not judged, and is no attempt
    assert view.attempts == 0
    assert focus() is view.mic_button and view.mic_button.text() == "Nog een keer"
    say_it(qtbot, view, how="space")
    assert view.phase is Phase.VERDICT
    assert go_on(qtbot, view, press) == SpokenAnswer(Verdict.RIGHT, "heftruck", None, 1)


def test_no_microphone_shows_why_and_skips_without_an_answer(
    qtbot, make_view: MakeView, press
) -> None:
    view = make_view(ScriptedJudge(), problem=no_microphone_message())
    qtbot.mouseClick(view.mic_button, LEFT)
    qtbot.waitUntil(lambda: view.phase is Phase.PROBLEM)
    assert view.status.text() == (
        "Er is geen microfoon gevonden. Sluit een microfoon of headset aan."
    )
    assert focus() is view.skip_button and view.skip_button.text() == "Sla over"
    with (
        qtbot.assertNotEmitted(view.answered),
        qtbot.assertNotEmitted(view.proceed),
        qtbot.waitSignal(view.skipped),
    ):
        press(K.Key_Space)


def test_a_listener_that_cannot_be_made_is_no_microphone(qtbot, on_screen, library, speaker, tasks):
    def broken() -> Listener:
        raise OSError("no audio system")

    support = SpeakingSupport(broken, ScriptedJudge())
    view = SpeakingView(library, speaker, "ar", support, tasks)
    on_screen(view)
    view.show_exercise(speak())
    view.focus_main()
    qtbot.mouseClick(view.mic_button, LEFT)
    assert view.phase is Phase.PROBLEM and "geen microfoon" in view.status.text()


def test_the_judge_runs_in_the_background(qtbot, make_view: MakeView) -> None:
    judge = ScriptedJudge((Level.GOOD, "heftruck"))
    view = make_view(judge)
    say_it(qtbot, view)
    assert len(judge.threads) == 1
    assert judge.threads[0] is not threading.main_thread()
    assert len(judge.audio[0]) > 16000  # the word itself reached the judge


def test_while_the_judge_works_it_says_even_luisteren(qtbot, make_view: MakeView) -> None:
    gate = threading.Event()
    judge = ScriptedJudge((Level.GOOD, "heftruck"))
    original = judge.__call__

    def slow(pcm, exercise):  # type: ignore[no-untyped-def]
        gate.wait(5)
        return original(pcm, exercise)

    view = make_view(judge)
    view.support = SpeakingSupport(view.support.listener_factory, slow)
    qtbot.mouseClick(view.mic_button, LEFT)
    qtbot.waitUntil(lambda: view.phase is Phase.CHECKING)
    assert view.status.text() == "Even luisteren…"
    assert not view.mic_button.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: view.phase is Phase.VERDICT)


def test_a_failing_judge_lets_the_learner_try_again(qtbot, make_view: MakeView) -> None:
    judge = ScriptedJudge()
    judge.error = RuntimeError("model broken")
    view = make_view(judge)
    say_it(qtbot, view)
    assert view.phase is Phase.PROBLEM
    assert view.status.text() == "Dat lukte niet. Probeer het nog eens."


def test_hold_space_to_talk_and_let_go(qtbot, make_view: MakeView) -> None:
    judge = ScriptedJudge((Level.GOOD, "heftruck"))
    view = make_view(judge, word(after_ms=2500), interval_ms=2, max_ms=6000)
    view.hold_ms = 0
    qtbot.keyPress(view.mic_button, K.Key_Space)
    qtbot.waitUntil(lambda: view._holding)
    listener = view.listener
    assert listener is not None
    microphone = listener.audio
    assert isinstance(microphone, FakeMicrophone)
    qtbot.waitUntil(lambda: not microphone._data, timeout=5000)  # all played, then quiet
    assert view.phase is Phase.LISTENING  # 2.5 s of quiet: still listening while held
    qtbot.keyRelease(view.mic_button, K.Key_Space)
    qtbot.waitUntil(lambda: view.phase is Phase.VERDICT, timeout=5000)
    assert len(judge.audio[0]) > 2 * 16000 * 3  # word and the long pause: over 3 s


def test_click_again_while_listening_stops(qtbot, make_view: MakeView) -> None:
    judge = ScriptedJudge((Level.GOOD, "heftruck"))
    view = make_view(judge, noise(60000))
    qtbot.mouseClick(view.mic_button, LEFT)
    assert view.phase is Phase.LISTENING and view.mic_button.text() == "Stop"
    assert view.meter.isVisible()
    qtbot.mouseClick(view.mic_button, LEFT)
    qtbot.waitUntil(lambda: view.phase is not Phase.LISTENING)


def test_a_new_exercise_drops_the_old_recording(qtbot, make_view: MakeView) -> None:
    judge = ScriptedJudge((Level.GOOD, "heftruck"))
    view = make_view(judge, noise(60000))
    qtbot.mouseClick(view.mic_button, LEFT)
    view.show_exercise(speak("hesje"))
    assert view.phase is Phase.READY
    assert view.listener is not None and not view.listener.listening


def test_the_levels_match_the_pronunciation_module() -> None:
    assert (GOOD, ALMOST, AGAIN) == (Level.GOOD, Level.ALMOST, Level.AGAIN)


def test_a_bad_second_recording_keeps_the_first_verdict(qtbot, make_view: MakeView, press) -> None:
    view = make_view(ScriptedJudge((Level.ALMOST, "heftruk")), word(), SILENT)
    say_it(qtbot, view)
    say_it(qtbot, view)  # the second try was silent
    assert view.phase is Phase.VERDICT and view.panel.isVisible()
    assert view.status.isVisible() and view.status.text().startswith("We hoorden niets.")
    assert focus() is view.panel.next_button
    assert go_on(qtbot, view, press) == SpokenAnswer(Verdict.ALMOST, "heftruk", None, 1)


def test_judge_with_checks_the_term_against_similar_words() -> None:
    calls = []

    class Checker:
        def check(self, pcm: bytes, target: str, similar_words=()):  # type: ignore[no-untyped-def]
            calls.append((pcm, target, tuple(similar_words)))
            return "verdict"

    judge = judge_with(Checker(), lambda exercise: ["hefboom", "vrachtwagen"])
    assert judge(b"pcm", speak("heftruck")) == "verdict"
    assert calls == [(b"pcm", "heftruck", ("hefboom", "vrachtwagen"))]
