"""Speaking practice on the real stack: the microphone (QAudioSource on PulseAudio) hears
espeak-ng say the word, the real Vosk engine (Korean test model) judges it, a verdict shows,
the answer is recorded, and "Luister naar jezelf" plays the recording on the speaker.

Run by test_real_audio.py in a process of its own (see real_audio_setup.py)."""

import pytest
from PySide6.QtCore import Qt
from real_audio_setup import SILENCE_RMS, VirtualAudio, rms

from vaktaal.core.clock import FakeClock
from vaktaal.core.model import Term
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.session import Outcome, PracticeSession
from vaktaal.speech.engine import SpeechEngine
from vaktaal.ui.practice.practice_page import PracticePage
from vaktaal.ui.speaking.capture import QtMicrophone, microphone_listener
from vaktaal.ui.speaking.speaking_view import Phase, SpeakingView
from vaktaal.ui.speaking.support import SpeakingSupport

pytestmark = [pytest.mark.qt_no_exception_capture, pytest.mark.usefixtures("virtual_audio")]

LEVELS = ("goed", "bijna", "nog eens")
HEFTRUCK = Term(
    id="heftruck",
    term="heftruck",
    word_class="noun",
    explanation="Een wagen die pallets optilt.",
    example="De heftruck staat klaar.",
    pictogram="asset:heftruck.svg",
    glosses={"en": "forklift"},
    article="de",
)


def speak_exercise() -> Exercise:
    item = PracticeItem(term_pk=1, deck_id="magazijn", term=HEFTRUCK, card_id=1)
    return Exercise(ExerciseKind.SPEAK, item)


@pytest.fixture
def recorded() -> list[Outcome]:
    return []


@pytest.fixture
def view(
    on_screen, library, speaker, clock: FakeClock, tasks, speech_engine: SpeechEngine, recorded
):  # type: ignore[no-untyped-def]
    """The practice page as the controller makes it: the real microphone, the real engine."""
    support = SpeakingSupport(microphone_listener, speech_engine.judge, speech_engine.start_check)
    page = PracticePage(library, speaker, recorded.append, "en", tasks=tasks, speaking=support)
    on_screen(page)
    page.start(PracticeSession([speak_exercise()], clock))
    assert page.speaking is not None
    yield page.speaking
    if page.speaking.listener is not None:
        page.speaking.listener.shutdown()


def say_into(qtbot, view: SpeakingView, audio: VirtualAudio, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the microphone, wait until it delivers audio, then speak."""
    listener = view.listener
    assert listener is not None
    with qtbot.waitSignal(listener.level, timeout=10_000):
        qtbot.mouseClick(view.mic_button, Qt.MouseButton.LeftButton)
    assert view.phase is Phase.LISTENING
    audio.say(text)


def test_a_spoken_word_gets_a_verdict_from_the_real_engine(
    qtbot, view: SpeakingView, virtual_audio: VirtualAudio, crashes, recorded: list[Outcome]
) -> None:
    problems: list[str] = []
    assert view.listener is not None
    view.listener.problem.connect(problems.append)

    say_into(qtbot, view, virtual_audio, "de heftruck")
    qtbot.waitUntil(lambda: view.phase is Phase.VERDICT, timeout=30_000)

    assert problems == []
    assert isinstance(view.listener.audio, QtMicrophone)
    assert not view.listener.audio.active, "the microphone is closed after the word"
    assert view.machine_level in LEVELS
    assert 0.3 < len(view.recording) / 32_000 < 4.0, "the utterance is about the word"
    assert rms(view.recording) > SILENCE_RMS, "the recording has the speech in it"
    assert view.panel.isVisible()
    qtbot.mouseClick(view.panel.next_button, Qt.MouseButton.LeftButton)  # keys wait a moment
    assert len(recorded) == 1 and recorded[0].exercise.kind is ExerciseKind.SPEAK
    crashes.assert_quiet()


def test_the_learner_hears_the_own_recording_back(
    qtbot, view: SpeakingView, virtual_audio: VirtualAudio, crashes
) -> None:
    say_into(qtbot, view, virtual_audio, "de heftruck")
    qtbot.waitUntil(lambda: view.phase is Phase.VERDICT, timeout=30_000)
    speakers = virtual_audio.listen()
    qtbot.mouseClick(view.self_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(speakers.heard_sound, timeout=10_000)
    speakers.stop()
    crashes.assert_quiet()


def test_speaking_twice_and_stopping_halfway_is_calm(
    qtbot, view: SpeakingView, virtual_audio: VirtualAudio, crashes
) -> None:
    """Start, stop at once, start again: the microphone opens and closes cleanly each time."""
    for _ in range(2):
        say_into(qtbot, view, virtual_audio, "de heftruck")
        view.stop_listening()
        qtbot.waitUntil(lambda: view.phase is not Phase.LISTENING, timeout=10_000)
        qtbot.waitUntil(lambda: view.phase is not Phase.CHECKING, timeout=30_000)
        assert view.phase in (Phase.VERDICT, Phase.PROBLEM)
    crashes.assert_quiet()
