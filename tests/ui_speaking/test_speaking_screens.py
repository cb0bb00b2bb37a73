"""The speaking screens at 1366x768 with the app's style: nothing cut off, saved as PNG.

Set VAKTAAL_SHOTS=/some/folder to keep the screenshots for a human to look at.
"""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from speaking_data import SCREEN, ScriptedJudge, speak

from pcm_sounds import noise, word
from screen_fixtures import assert_nothing_cut_off
from vaktaal.core.practice.session import PracticeSession
from vaktaal.speech.pronunciation import Level
from vaktaal.ui.practice.practice_page import PracticePage
from vaktaal.ui.speaking.capture import FakeMicrophone, Listener, no_microphone_message
from vaktaal.ui.speaking.model_panel import SpeechModelPanel
from vaktaal.ui.speaking.model_staff_panel import SpeechModelStaffPanel
from vaktaal.ui.speaking.speaking_view import Phase, SpeakingView
from vaktaal.ui.speaking.support import SpeakingSupport


def host_for(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """A plain window of the test screen's size, with the widget filling it."""
    host = QWidget()
    host.setObjectName("host")
    host.setFixedSize(*SCREEN)
    widget.setParent(host)
    widget.setGeometry(QRect(0, 0, *SCREEN))
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host


def say(qtbot, view: SpeakingView) -> None:  # type: ignore[no-untyped-def]
    view.listen()
    qtbot.waitUntil(lambda: view.phase in (Phase.VERDICT, Phase.PROBLEM), timeout=5000)


def overruled(qtbot, view: SpeakingView) -> None:  # type: ignore[no-untyped-def]
    say(qtbot, view)
    view.overrule()


RECORDING = word(after_ms=3000)  # played slowly enough to be caught while listening


def listening(qtbot, view: SpeakingView) -> None:  # type: ignore[no-untyped-def]
    view.listen()
    qtbot.waitUntil(lambda: view.meter.value() > 50 and view.status.text() == "Ik hoor je…")


def silent_retry(qtbot, view: SpeakingView) -> None:  # type: ignore[no-untyped-def]
    say(qtbot, view)
    listener = view.listener
    assert listener is not None and isinstance(listener.audio, FakeMicrophone)
    listener.audio.recordings = [noise(2000)]
    say(qtbot, view)
    assert view.status.isVisible()


SCENES: dict[str, tuple[Level, str | None, Callable[..., None] | None]] = {
    "1-speak-ready": (Level.GOOD, None, None),
    "1b-speak-listening": (Level.GOOD, None, listening),
    "2-speak-good-arabic": (Level.GOOD, None, say),
    "3-speak-almost": (Level.ALMOST, None, say),
    "4-speak-again-buddy-good": (Level.AGAIN, None, overruled),
    "5-speak-no-microphone": (Level.GOOD, no_microphone_message(), say),
    "6-speak-almost-then-silence": (Level.ALMOST, None, silent_retry),
}


@pytest.mark.parametrize("name", list(SCENES))
def test_speaking_screen_fits_1366x768(
    name: str, qtbot, styled: str, library, speaker, clock, shots: Path, tasks
) -> None:
    level, problem, act = SCENES[name]
    heard = {Level.GOOD: "heftruck", Level.ALMOST: "hef truc", Level.AGAIN: "hefboom"}[level]
    judge = ScriptedJudge((level, heard))

    def listener() -> Listener:
        return Listener(FakeMicrophone(RECORDING, problem=problem, interval_ms=5))

    support = SpeakingSupport(listener, judge)
    page = PracticePage(library, speaker, lambda outcome: None, "ar", tasks=tasks, speaking=support)
    host = host_for(qtbot, page)
    page.start(PracticeSession([speak("heftruck"), speak("hesje")], clock))
    assert page.speaking is not None
    if act is not None:
        act(qtbot, page.speaking)
    QApplication.processEvents()  # let the layouts settle, as the event loop would
    host.grab().save(str(shots / f"{name}-{styled}.png"))
    assert_nothing_cut_off(host)


@pytest.mark.parametrize("state", ["missing", "broken", "other", "loading", "ready"])
@pytest.mark.parametrize("kind", [SpeechModelPanel, SpeechModelStaffPanel])
def test_model_panels_fit_1366x768(
    qtbot, styled: str, library, state: str, kind: type, shots: Path
) -> None:
    panel = kind(library)
    page = QWidget()
    page.setObjectName("page")
    host = host_for(qtbot, page)
    panel.setParent(page)
    panel.setGeometry(QRect(32, 24, SCREEN[0] - 64, SCREEN[1] - 48))
    panel.show()
    message = "Het bestand am/final.mdl ontbreekt." if state == "broken" else ""
    panel.show_state(state, message)
    QApplication.processEvents()
    who = "staff" if kind is SpeechModelStaffPanel else "learner"
    host.grab().save(str(shots / f"9-model-{who}-{state}-{styled}.png"))
    assert_nothing_cut_off(host)
