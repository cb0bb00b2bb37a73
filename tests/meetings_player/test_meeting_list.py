"""The list of meetings: big rows, Enter or 'Luisteren' starts one, Escape goes back."""

from player_meetings import FakeMeetings, dagstart
from PySide6.QtCore import Qt

from vaktaal.ui.meetings.meeting_list import MeetingListPage

STORE = FakeMeetings(dagstart("dagstart"), dagstart("werkoverleg"))


def test_rows_show_title_and_situation_enter_starts(qtbot, library, on_screen, press) -> None:  # type: ignore[no-untyped-def]
    page = MeetingListPage(library)
    on_screen(page)
    page.show_meetings(STORE.list_meetings())
    assert page.meetings.count() == 2 and page.meetings.hasFocus()
    row = page.meetings.item(0).text()
    assert "Dagstart servicedesk" in row and "Maandag om 8:00" in row
    assert not page.meetings.item(0).icon().isNull()
    press(Qt.Key.Key_Down)
    with qtbot.waitSignal(page.start_requested, timeout=1000) as started:
        press(Qt.Key.Key_Return)
    assert started.args == ["werkoverleg"]
    with qtbot.waitSignal(page.start_requested, timeout=1000) as started:
        page.listen_button.click()
    assert started.args == ["werkoverleg"]
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        press(Qt.Key.Key_Escape)


def test_without_meetings_it_says_so(qtbot, library, on_screen) -> None:  # type: ignore[no-untyped-def]
    page = MeetingListPage(library)
    on_screen(page)
    page.show_meetings([])
    assert page.empty.isVisible() and not page.meetings.isVisible()
    assert not page.listen_button.isEnabled() and page.back_button.hasFocus()
    with qtbot.assertNotEmitted(page.start_requested):
        page.listen_button.click()
