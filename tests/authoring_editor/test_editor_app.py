"""The whole app: decks page -> 'Pakket maken' -> the selected installed deck in the editor."""

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from staff_login import log_in_as_staff
from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.authoring.editor_window import EditorWindow
from vaktaal.ui.deck_list import DECK_ID_ROLE
from vaktaal.ui.launcher import create_window

DECK = "magazijn-installatie"


def test_pakket_maken_opens_the_selected_deck_in_the_editor(qtbot, tmp_path: Path):
    services = open_backend(tmp_path, speaker=FakeSpeaker())
    install_bundled_decks(services)
    services.close()
    window = create_window(tmp_path, clock=FakeClock(datetime(2026, 11, 24, tzinfo=UTC)),
                           speaker=FakeSpeaker())  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=20_000)
    log_in_as_staff(qtbot, window)
    window.show_decks_action.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.decks_page)
    rows = [window.decks.item(r).data(DECK_ID_ROLE) for r in range(window.decks.count())]
    window.decks.setCurrentRow(rows.index(DECK))
    qtbot.mouseClick(window.decks_edit, Qt.MouseButton.LeftButton)
    editors = lambda: [e for e in window.findChildren(EditorWindow) if e.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: bool(editors()), timeout=10_000)
    editor = editors()[0]
    assert editor.draft.deck["id"] == DECK
    assert editor.publication is not None  # installed: a change raises the version
    assert len(editor.draft.terms) > 10
    editor.close()
