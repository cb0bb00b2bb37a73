"""The speaking screen judges while the learner speaks: pieces go to a live check."""

import threading

from speaking_data import LiveChecks, ScriptedJudge, speak

from pcm_sounds import noise, word
from vaktaal.speech.pronunciation import Level
from vaktaal.ui.speaking.capture import FakeMicrophone, Listener
from vaktaal.ui.speaking.speaking_view import Phase, SpeakingView
from vaktaal.ui.speaking.support import SpeakingSupport


def make_view(
    on_screen, library, speaker, tasks, checks, judge=None, recording=None
) -> SpeakingView:  # type: ignore[no-untyped-def]
    def listener() -> Listener:
        return Listener(FakeMicrophone(recording or word()), max_ms=1500)

    judge = judge or ScriptedJudge()
    view = SpeakingView(library, speaker, "ar", SpeakingSupport(listener, judge, checks), tasks)
    on_screen(view)
    view.show_exercise(speak("heftruck"))
    return view


def wait_for_result(qtbot, view: SpeakingView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.phase in (Phase.VERDICT, Phase.PROBLEM), timeout=5000)


def test_the_word_is_fed_while_spoken_and_finished_in_the_background(
    qtbot, on_screen, library, speaker, tasks
) -> None:
    checks, judge = LiveChecks((Level.GOOD, "heftruck")), ScriptedJudge()
    view = make_view(on_screen, library, speaker, tasks, checks, judge)
    assert view.listen()
    wait_for_result(qtbot, view)
    assert view.phase is Phase.VERDICT and view.machine_level == "goed"
    [check] = checks.started
    assert check.exercise.item.term.term == "heftruck"
    assert len(check.pieces) > 3  # fed piece by piece, not at the end only
    assert b"".join(check.pieces) == view.recording == check.finished_with
    assert check.finish_thread is not threading.main_thread()
    assert judge.audio == []  # no decoding after the end of speech


def test_each_attempt_gets_a_fresh_live_check(qtbot, on_screen, library, speaker, tasks) -> None:
    checks = LiveChecks((Level.AGAIN, "pallet"), (Level.GOOD, "heftruck"))
    view = make_view(on_screen, library, speaker, tasks, checks)
    for _attempt in range(2):
        assert view.listen()
        wait_for_result(qtbot, view)
    assert [c.finished_with is not None for c in checks.started] == [True, True]
    assert checks.started[0].pieces and checks.started[1].pieces
    assert view.machine_level == "goed" and view.attempts == 2


def test_a_silent_recording_cancels_the_live_check(
    qtbot, on_screen, library, speaker, tasks
) -> None:
    checks = LiveChecks((Level.GOOD, "heftruck"))
    view = make_view(on_screen, library, speaker, tasks, checks, recording=noise(2500))
    assert view.listen()
    wait_for_result(qtbot, view)
    assert view.phase is Phase.PROBLEM
    [check] = checks.started
    assert check.cancelled and check.finished_with is None


def test_leaving_while_listening_cancels_it(qtbot, on_screen, library, speaker, tasks) -> None:
    checks = LiveChecks((Level.GOOD, "heftruck"))
    view = make_view(on_screen, library, speaker, tasks, checks)
    assert view.listen()
    view.hide()
    [check] = checks.started
    assert check.cancelled
    qtbot.wait(200)
    assert check.finished_with is None and view.phase is Phase.READY


def test_without_a_live_check_it_judges_afterwards(
    qtbot, on_screen, library, speaker, tasks
) -> None:
    def broken(_exercise):  # type: ignore[no-untyped-def]
        raise RuntimeError("no streams today")

    judge = ScriptedJudge((Level.ALMOST, "heftrok"))
    view = make_view(on_screen, library, speaker, tasks, broken, judge)
    assert view.listen()
    wait_for_result(qtbot, view)
    assert view.machine_level == "bijna"
    assert judge.audio == [view.recording]
