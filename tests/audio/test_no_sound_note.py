"""'Geen geluid op deze pc': shown with a picture while the PC has no audio output (a fake,
empty device list here), on the home page and next to the sound buttons; gone with sound."""

from collections.abc import Callable

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QVBoxLayout, QWidget  # noqa: E402

from vaktaal.ui import no_sound_note  # noqa: E402
from vaktaal.ui.home.home_page import HomePage  # noqa: E402
from vaktaal.ui.no_sound_note import NoSoundNote  # noqa: E402
from vaktaal.ui.recording.recording_page import RecordingPage  # noqa: E402
from vaktaal.ui.speaking.speak_panel import SpeakPanel  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402

DEVICE = object()  # stands in for a QAudioDevice


@pytest.fixture
def on_screen(qtbot) -> Callable[[QWidget], None]:  # type: ignore[no-untyped-def]
    """Show a widget in a window of its own (kept alive for the test)."""
    hosts: list[QWidget] = []

    def show(widget: QWidget) -> None:
        host = QWidget()
        hosts.append(host)
        QVBoxLayout(host).addWidget(widget)
        qtbot.addWidget(host)
        host.resize(1366, 768)
        host.show()
        qtbot.waitExposed(host)

    return show


def test_no_output_shows_the_note_with_a_picture(qtbot, on_screen, library) -> None:
    note = NoSoundNote(library, outputs=lambda: [])
    on_screen(note)
    assert note.silent
    assert note.text.isVisible() and note.text.text() == "Geen geluid op deze pc"
    assert note.picture.isVisible() and not note.picture.pixmap().isNull()
    assert note.accessibleName() == "Geen geluid op deze pc"


def test_with_an_output_the_note_takes_no_room(qtbot, on_screen, library) -> None:
    note = NoSoundNote(library, outputs=lambda: [DEVICE])
    on_screen(note)
    assert not note.silent
    assert not note.text.isVisible() and not note.picture.isVisible()
    assert note.sizeHint().height() <= 0 and note.accessibleName() == ""


def test_the_note_follows_a_headset_that_comes_and_goes(qtbot, on_screen, library) -> None:
    devices: list[object] = []
    note = NoSoundNote(library, outputs=lambda: devices)
    on_screen(note)
    assert note.silent
    devices.append(DEVICE)  # plugged in
    note.refresh()  # QMediaDevices.audioOutputsChanged does this in the app
    assert not note.silent and not note.text.isVisible()
    devices.clear()
    note.refresh()
    assert note.silent and note.text.isVisible()


def home(library, _tasks: TaskManager) -> tuple[QWidget, NoSoundNote]:  # type: ignore[no-untyped-def]
    page = HomePage(library)
    return page, page.sound_note


def recording(library, tasks: TaskManager) -> tuple[QWidget, NoSoundNote]:  # type: ignore[no-untyped-def]
    page = RecordingPage(library, tasks)
    return page, page.sound_note


def speaking(library, _tasks: TaskManager) -> tuple[QWidget, NoSoundNote]:  # type: ignore[no-untyped-def]
    panel = SpeakPanel(library)
    return panel, panel.sound_note


@pytest.mark.parametrize("make", [home, recording, speaking])
@pytest.mark.parametrize("outputs", [[], [DEVICE]], ids=["no-output", "an-output"])
def test_pages_say_when_there_is_no_sound(
    qtbot,
    on_screen,
    library,
    monkeypatch: pytest.MonkeyPatch,
    make: Callable[..., tuple[QWidget, NoSoundNote]],
    outputs: list[object],
) -> None:
    monkeypatch.setattr(no_sound_note, "audio_outputs", lambda: outputs)
    tasks = TaskManager()
    try:
        page, note = make(library, tasks)
        on_screen(page)
        assert note.text.isVisible() is (not outputs)
    finally:
        tasks.shutdown()
