"""The summary: "Klaar!", how many words, how many right, the words to practise again."""

import pytest
from practice_data import BOOR, HEFTRUCK
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vaktaal.core.practice.session import SessionSummary
from vaktaal.ui.practice.summary_page import SummaryPage


@pytest.fixture
def page(on_screen, library, keys) -> SummaryPage:
    summary = SummaryPage(library, keys=keys)
    on_screen(summary)
    return summary


def test_the_summary_shows_counts_and_words_to_repeat(page: SummaryPage) -> None:
    page.show_summary(SessionSummary(5, 2, 6, (HEFTRUCK, BOOR)))
    assert page.title.text() == "Klaar!"
    assert not page.picture.pixmap().isNull()
    assert page.practised_label.text() == "Je hebt 5 woorden geoefend."
    assert page.right_label.text() == "2 goed"
    words = [page.repeat_list.item(row) for row in range(page.repeat_list.count())]
    assert [item.text() for item in words] == ["de heftruck", "de boor"]
    assert all(not item.icon().isNull() for item in words)
    assert page.repeat_list.isVisible() and not page.all_right_label.isVisible()
    assert QApplication.focusWidget() is page.again_button


def test_all_right_and_one_word(page: SummaryPage) -> None:
    page.show_summary(SessionSummary(1, 1, 1, ()))
    assert page.practised_label.text() == "Je hebt 1 woord geoefend."
    assert not page.repeat_list.isVisible()
    assert page.all_right_label.isVisible()


def test_the_buttons_ask_for_again_and_home(qtbot, page: SummaryPage, press) -> None:
    page.show_summary(SessionSummary(5, 2, 6, (HEFTRUCK,)))
    with qtbot.waitSignal(page.again_requested):
        press(Qt.Key.Key_Return)
    with qtbot.waitSignal(page.home_requested):
        qtbot.mouseClick(page.home_button, Qt.MouseButton.LeftButton)
    assert page.again_button.accessibleName() == "Nog een keer oefenen"
    assert page.home_button.accessibleName() == "Naar start"


def test_enter_pressed_twice_on_the_last_answer_does_not_start_again(
    qtbot, page: SummaryPage, quick_press, key_clock
) -> None:
    again: list[bool] = []
    page.again_requested.connect(lambda: again.append(True))
    page.show_summary(SessionSummary(5, 2, 6, (HEFTRUCK,)))
    quick_press(Qt.Key.Key_Return)  # the second press of a double Enter on "Verder"
    assert again == []
    key_clock.look()
    quick_press(Qt.Key.Key_Return)
    assert again == [True]


@pytest.mark.parametrize(
    ("saved", "text"),
    [(6, "6 antwoorden bewaard"), (5, "5 van 6 antwoorden bewaard"), (None, "")],
)
def test_the_summary_says_how_many_answers_were_saved(
    page: SummaryPage, saved: int | None, text: str
) -> None:
    page.show_summary(SessionSummary(5, 2, 6, ()), saved)
    assert page.saved_label.text() == text
    assert page.saved_label.isVisible() is bool(text)
    assert page.saved_icon.isVisible() is bool(text)


def test_one_saved_answer_and_none(page: SummaryPage) -> None:
    page.show_summary(SessionSummary(1, 1, 1, ()), 1)
    assert page.saved_label.text() == "1 antwoord bewaard"
    page.show_summary(SessionSummary(0, 0, 0, ()), 0)
    assert not page.saved_label.isVisible()
