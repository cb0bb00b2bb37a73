"""The whole app: decks page -> own recording of a term -> stored with the deck and played
before any voice -> deleted again, back to the voice. A bad take stores nothing."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from recording_data import SILENCE, listener_of, word

from staff_login import open_decks_page
from vaktaal.app import Backend, install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.speech.audio_library import AudioLibrary
from vaktaal.speech.synthesis import FakeSynthesizer
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.deck_list import DECK_ID_ROLE
from vaktaal.ui.launcher import create_window
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.recording.take_panel import Step
from vaktaal.usecases.recordings import TermVoice, pcm_to_wav

DECK = "magazijn-installatie"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    services = open_backend(tmp_path, speaker=FakeSpeaker())
    install_bundled_decks(services)
    services.close()
    clock = FakeClock(datetime(2026, 11, 24, 9, tzinfo=UTC))
    window = create_window(tmp_path, clock=clock, speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=20_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def backend(window: MainWindow, tmp_path: Path) -> Iterator[Backend]:
    """The app's data, opened a second time: the test looks at it from the GUI thread."""
    opened = open_backend(tmp_path, speaker=FakeSpeaker())
    yield opened
    opened.close()


def voices(backend: Backend) -> dict[str, TermVoice]:
    return {t.term_id: t for t in backend.services.recordings.deck_voices(DECK).terms}


def key(qtbot, name: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, name)


def open_deck(qtbot, window: MainWindow, by_button: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+P, the deck, Enter (or the button): the recording screen of that deck."""
    open_decks_page(qtbot, window)  # Ctrl+P, as a coach
    rows = [window.decks.item(r).data(DECK_ID_ROLE) for r in range(window.decks.count())]
    window.decks.setCurrentRow(rows.index(DECK))
    if by_button:
        qtbot.mouseClick(window.decks_record, Qt.MouseButton.LeftButton)
    else:
        key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.recording)
    qtbot.waitUntil(window.recording.terms.hasFocus)


def status(window: MainWindow) -> str:
    return window.recording.panel.status.text()


def test_record_store_play_first_then_delete_back_to_the_voice(qtbot, window, backend) -> None:  # type: ignore[no-untyped-def]
    page = window.recording
    page.recorder.listener_factory = lambda: listener_of(word())
    open_deck(qtbot, window)
    term = page.current_term()
    assert term is not None and not term.own

    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.step is Step.GOOD_TAKE, timeout=8000)
    wav = pcm_to_wav(page.recorder.take, 16_000)
    key(qtbot, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: status(window).startswith("Bewaard"), timeout=5000)

    stored = voices(backend)[term.term_id]
    assert stored.own and page.current_term() == stored
    synth = FakeSynthesizer()
    audio = AudioLibrary(backend.paths.audio_cache_dir, [synth], backend.library.file_for)
    clip = audio.audio_for(stored.display, stored.audio)
    assert clip is not None and clip.source == "recording" and clip.data == wav
    assert synth.calls == []
    items = backend.practice_store.pools([DECK])[DECK]
    [practised] = [i for i in items if i.term.id == term.term_id]
    assert practised.term.audio == stored.audio, "practice gets the own recording"

    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: status(window).startswith("Verwijderd"), timeout=5000)

    after = voices(backend)[term.term_id]
    assert (after.own, after.audio) == (False, None)
    clip = audio.audio_for(after.display, after.audio)
    assert clip is not None and clip.source == "fake"
    assert backend.library.file_for(stored.audio or "") is None, "the file is deleted"

    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.decks_page)


def test_a_silent_take_stores_nothing(qtbot, window, backend, dump_database) -> None:  # type: ignore[no-untyped-def]
    page = window.recording
    page.recorder.listener_factory = lambda: listener_of(SILENCE)
    open_deck(qtbot, window, by_button=True)
    before = dump_database(backend.engine)

    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "We hoorden niets" in status(window), timeout=8000)
    key(qtbot, Qt.Key.Key_B)
    page.save()
    qtbot.wait(200)

    window.tasks.wait_until_idle()
    assert dump_database(backend.engine) == before
    assert not any(t.own for t in voices(backend).values())
