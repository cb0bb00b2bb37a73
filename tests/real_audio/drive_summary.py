""" "Zeg het" in the meeting summary on the real stack: the learner clicks, espeak-ng speaks
a Dutch sentence into the virtual microphone, the learner clicks Stop, and the real Vosk
engine (Korean test model) writes what it heard into the summary.

Run by test_real_audio.py in a process of its own (see real_audio_setup.py)."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from real_audio_setup import VirtualAudio

from vaktaal.speech.engine import SpeechEngine
from vaktaal.ui.meetings.summary_speech import summary_speech
from vaktaal.ui.meetings.summary_view import SummaryView
from vaktaal.ui.speaking.capture import QtMicrophone

pytestmark = [pytest.mark.qt_no_exception_capture, pytest.mark.usefixtures("virtual_audio")]

LEFT = Qt.MouseButton.LeftButton
SENTENCE = "De heftruck staat klaar. Ahmed brengt de pallets naar het dock."


@pytest.fixture
def view(on_screen, library, tasks, speech_engine: SpeechEngine):  # type: ignore[no-untyped-def]
    """The summary exercise with "Zeg het" as the controller wires it (summary_speech)."""
    unused = SimpleNamespace(check_summary=None)  # this test does not check the summary
    shown = SummaryView(library, tasks, unused, speech=summary_speech(speech_engine))
    on_screen(shown)
    yield shown
    shown.shutdown()


def test_zeg_het_writes_what_was_said(
    qtbot, view: SummaryView, virtual_audio: VirtualAudio, crashes
) -> None:
    assert view.speak_button.isVisible()
    qtbot.mouseClick(view.speak_button, LEFT)
    assert view.speaking and view.speak_button.text() == "Stop"
    listener = view.listener
    assert listener is not None
    problems: list[str] = []
    listener.problem.connect(problems.append)
    qtbot.waitSignal(listener.level, timeout=10_000).wait()

    virtual_audio.say_and_wait(SENTENCE)
    qtbot.wait(1000)  # the sound's way through the server, then a pause as a learner makes
    with qtbot.waitSignal(view.transcribed, timeout=30_000) as heard:
        qtbot.mouseClick(view.speak_button, LEFT)

    assert problems == []
    assert heard.args[0].strip(), "the engine heard words"
    assert view.text.toPlainText() == heard.args[0].strip()
    assert view.status.text() == "Kijk of de tekst klopt. Verbeter hem als dat nodig is."
    assert not view.speaking and view.speak_button.text() == "Zeg het"
    crashes.assert_quiet()


def test_zeg_het_twice_adds_to_the_text(
    qtbot, view: SummaryView, virtual_audio: VirtualAudio, crashes
) -> None:
    texts = []
    for sentence in ("De heftruck staat klaar.", "Ahmed belt de klant."):
        qtbot.mouseClick(view.speak_button, LEFT)
        assert view.listener is not None
        qtbot.waitSignal(view.listener.level, timeout=10_000).wait()
        virtual_audio.say_and_wait(sentence)
        qtbot.wait(1000)
        with qtbot.waitSignal(view.transcribed, timeout=30_000) as heard:
            qtbot.mouseClick(view.speak_button, LEFT)
        texts.append(heard.args[0].strip())
    assert all(texts)
    assert view.text.toPlainText() == " ".join(texts)
    crashes.assert_quiet()


def test_leaving_while_speaking_closes_the_microphone(
    qtbot, view: SummaryView, virtual_audio: VirtualAudio, crashes
) -> None:
    qtbot.mouseClick(view.speak_button, LEFT)
    listener = view.listener
    assert listener is not None and isinstance(listener.audio, QtMicrophone)
    qtbot.waitSignal(listener.level, timeout=10_000).wait()
    assert listener.audio.active
    virtual_audio.say("De heftruck staat klaar.")
    with qtbot.assertNotEmitted(view.transcribed, wait=3000):
        view.window().hide()  # the learner goes to another screen
    assert not listener.listening and not listener.audio.active
    assert view.speak_button.text() == "Zeg het"
    crashes.assert_quiet()
