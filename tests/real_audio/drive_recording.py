"""An own recording, in the whole app on the real stack: Ctrl+P, a deck, Space; espeak-ng
says the word into the virtual microphone; B stores the take. The stored WAV has the
speech in it, and "Luister" plays the take on the speaker.

Run by test_real_audio.py in a process of its own (see real_audio_setup.py)."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from real_audio_setup import SILENCE_RMS, VirtualAudio, rms

from staff_login import open_decks_page
from vaktaal.app import Backend, install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.speech.recording_checks import read_wav
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.deck_list import DECK_ID_ROLE
from vaktaal.ui.launcher import create_window
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.recording.take_panel import Step

pytestmark = [pytest.mark.qt_no_exception_capture, pytest.mark.usefixtures("virtual_audio")]

DECK = "magazijn-installatie"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    backend = open_backend(tmp_path, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    backend.close()
    clock = FakeClock(datetime(2026, 11, 24, 9, tzinfo=UTC))
    shown = create_window(tmp_path, clock=clock, speaker=FakeSpeaker())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.stack.currentWidget() is shown.picker, timeout=20_000)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    shown.recording.leave()


@pytest.fixture
def backend(window: MainWindow, tmp_path: Path) -> Iterator[Backend]:
    """The app's data, opened a second time: the test looks at it from the GUI thread."""
    opened = open_backend(tmp_path, speaker=FakeSpeaker())
    yield opened
    opened.close()


def key(qtbot, name: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, name)


def open_deck(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_decks_page(qtbot, window)  # Ctrl+P, as a coach
    rows = [window.decks.item(r).data(DECK_ID_ROLE) for r in range(window.decks.count())]
    window.decks.setCurrentRow(rows.index(DECK))
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.recording)
    qtbot.waitUntil(window.recording.terms.hasFocus)


def record_a_take(qtbot, window: MainWindow, audio: VirtualAudio, text: str) -> None:  # type: ignore[no-untyped-def]
    page = window.recording
    key(qtbot, Qt.Key.Key_Space)
    assert page.step is Step.LISTENING
    listener = page.recorder.listener
    assert listener is not None
    qtbot.waitSignal(listener.level, timeout=10_000).wait()  # the microphone delivers
    audio.say(text)
    qtbot.waitUntil(lambda: page.step is not Step.LISTENING, timeout=20_000)
    qtbot.waitUntil(lambda: page.step is not Step.CHECKING, timeout=10_000)
    assert page.step is Step.GOOD_TAKE, page.panel.status.text()


def test_an_own_recording_is_stored_with_the_speech_in_it(
    qtbot, window: MainWindow, backend: Backend, virtual_audio: VirtualAudio, crashes
) -> None:
    page = window.recording
    open_deck(qtbot, window)
    term = page.current_term()
    assert term is not None and not term.own

    record_a_take(qtbot, window, virtual_audio, "de heftruck")
    assert rms(page.recorder.take) > SILENCE_RMS
    key(qtbot, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: page.panel.status.text().startswith("Bewaard"), timeout=10_000)

    stored = {t.term_id: t for t in backend.services.recordings.deck_voices(DECK).terms}
    assert stored[term.term_id].own
    wav = backend.library.file_for(stored[term.term_id].audio or "")
    assert wav is not None
    pcm, rate = read_wav(wav)
    assert rate == 16_000 and 0.3 < len(pcm) / 2 / rate < 4.0
    assert rms(pcm) > SILENCE_RMS, "the stored recording has sound in it"
    crashes.assert_quiet()


def test_a_take_is_heard_back_and_recording_again_works(
    qtbot, window: MainWindow, virtual_audio: VirtualAudio, crashes
) -> None:
    open_deck(qtbot, window)
    for _ in range(3):  # "Eigen stem opnemen" died in 3 of 5 tries before
        record_a_take(qtbot, window, virtual_audio, "de heftruck")
    speakers = virtual_audio.listen()
    key(qtbot, Qt.Key.Key_L)
    qtbot.waitUntil(speakers.heard_sound, timeout=10_000)
    speakers.stop()
    crashes.assert_quiet()
