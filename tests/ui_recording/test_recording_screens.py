"""The recording screen at 1366x768 with the app's style: nothing cut off, saved as PNG.

Set VAKTAAL_SHOTS=/some/folder to keep the screenshots for a human to look at.
"""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from recording_data import DECK, SCREEN, SILENCE, listener_of, word

from screen_fixtures import assert_nothing_cut_off
from vaktaal.ui.recording.recording_page import RecordingPage
from vaktaal.ui.recording.take_panel import Step
from vaktaal.ui.speaking.capture import no_microphone_message


def host_for(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    host = QWidget()
    host.setFixedSize(*SCREEN)
    widget.setParent(host)
    widget.setGeometry(QRect(0, 0, *SCREEN))
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host


def listening(qtbot, page: RecordingPage) -> None:  # type: ignore[no-untyped-def]
    page.toggle_record()
    qtbot.waitUntil(lambda: page.panel.meter.value() > 50)


def good_take(qtbot, page: RecordingPage) -> None:  # type: ignore[no-untyped-def]
    page.toggle_record()
    qtbot.waitUntil(lambda: page.step is Step.GOOD_TAKE, timeout=5000)


def silent_take(qtbot, page: RecordingPage) -> None:  # type: ignore[no-untyped-def]
    page.recorder.listener_factory = lambda: listener_of(SILENCE)
    page.toggle_record()
    qtbot.waitUntil(lambda: page.step is Step.IDLE, timeout=8000)


def no_microphone(qtbot, page: RecordingPage) -> None:  # type: ignore[no-untyped-def]
    page.recorder.listener_factory = lambda: listener_of(problem=no_microphone_message())
    page.toggle_record()
    qtbot.waitUntil(lambda: page.step is Step.IDLE)


def confirm_delete(qtbot, page: RecordingPage) -> None:  # type: ignore[no-untyped-def]
    page.terms.setCurrentRow(4)
    page.delete()


SCENES: dict[str, Callable[..., None] | None] = {
    "1-record-ready": None,
    "2-record-listening": listening,
    "3-record-good-take": good_take,
    "4-record-silent-take": silent_take,
    "5-record-no-microphone": no_microphone,
    "6-record-confirm-delete": confirm_delete,
}


@pytest.mark.parametrize("name", list(SCENES))
def test_recording_screen_fits_1366x768(
    name: str, qtbot, styled: str, library, shots: Path, tasks
) -> None:  # type: ignore[no-untyped-def]
    page = RecordingPage(library, tasks, lambda: listener_of(word(after_ms=3000)), player=None)
    host = host_for(qtbot, page)
    page.show_deck(DECK)
    act = SCENES[name]
    if act is not None:
        act(qtbot, page)
    QApplication.processEvents()
    host.grab().save(str(shots / f"{name}-{styled}.png"))
    assert_nothing_cut_off(host)
