"""The learner's home: today's goal, the days in a row, 'Oefenen', the deck cards, buttons."""

from collections.abc import Callable

import pytest
from home_data import AMAL, CONTRACT, MAGAZIJN, SERVICEDESK, YONAS, home
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.home.home_page import HomePage

Show = Callable[[QWidget], QWidget]
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def page(library: PictogramLibrary, on_screen: Show) -> HomePage:
    home_page = HomePage(library)
    home_page.show_overview(AMAL, home())
    on_screen(home_page)
    return home_page


def test_it_greets_the_learner_and_shows_the_goal_of_today(page: HomePage) -> None:
    assert page.greeting.text() == "Hallo Amal"
    assert page.today.goal_text.text() == "12 van 20 vandaag"
    assert (page.today.goal_bar.value(), page.today.goal_bar.maximum()) == (12, 20)


def test_a_reached_goal_is_praised_and_the_bar_is_full(page: HomePage) -> None:
    page.show_overview(AMAL, home(goal=20, done=25))

    assert page.today.goal_text.text() == "25 van 20 vandaag. Doel gehaald!"
    assert page.today.goal_bar.value() == page.today.goal_bar.maximum() == 20


@pytest.mark.parametrize(
    ("days", "text"),
    [(3, "3 dagen op rij"), (1, "1 dag op rij. Goed bezig!"), (0, "Oefen vandaag.")],
)
def test_the_days_in_a_row(page: HomePage, days: int, text: str) -> None:
    page.show_overview(AMAL, home(streak=days))

    assert page.today.streak_text.text().startswith(text)


def test_oefenen_has_the_focus_and_practises_all_decks(
    qtbot, page: HomePage, press: Callable[[Qt.Key], None]
) -> None:
    assert QApplication.focusWidget() is page.practice_button
    assert page.practice_button.isEnabled()
    assert page.practice_text.text() == "5\u00a0te\u00a0oefenen · 20\u00a0nieuw"

    with qtbot.waitSignal(page.practice_requested) as by_key:
        press(Qt.Key.Key_Return)
    with qtbot.waitSignal(page.practice_requested) as by_mouse:
        qtbot.mouseClick(page.practice_button, CLICK)

    assert by_key.args == by_mouse.args == [""]


def test_nothing_to_practise_disables_oefenen_calmly(
    library: PictogramLibrary, on_screen: Show
) -> None:
    page = HomePage(library)
    page.show_overview(YONAS, home(decks=[CONTRACT], done=25, streak=4))
    on_screen(page)

    assert not page.practice_button.isEnabled()
    assert page.practice_text.text() == "Alles geoefend voor vandaag!"
    assert QApplication.focusWidget() is page.progress_button
    assert not page.decks.buttons["contract"].isEnabled()


def test_without_decks_it_says_whom_to_ask(page: HomePage) -> None:
    page.show_overview(AMAL, home(decks=[]))

    assert not page.practice_button.isEnabled()
    assert "begeleider" in page.practice_text.text()


def test_each_deck_card_shows_its_numbers_and_practises_that_deck(qtbot, page: HomePage) -> None:
    assert list(page.decks.buttons) == ["magazijn", "servicedesk", "contract"]
    texts = [label.text() for label in page.decks.cards[0].findChildren(type(page.greeting))]
    assert "Magazijn" in texts
    assert "5\u00a0te\u00a0oefenen · 8\u00a0nieuw · 20\u00a0geleerd" in texts

    with qtbot.waitSignal(page.practice_requested) as chosen:
        qtbot.mouseClick(page.decks.buttons["servicedesk"], CLICK)

    assert chosen.args == ["servicedesk"]
    assert page.decks.buttons["servicedesk"].accessibleName() == "Oefen dit: Servicedesk"


def test_showing_another_day_replaces_the_cards(page: HomePage) -> None:
    page.show_overview(YONAS, home(decks=[MAGAZIJN]))

    assert list(page.decks.buttons) == ["magazijn"]
    assert len(page.decks.cards) == 1
    assert page.greeting.text() == "Hallo Yonas"


def test_the_text_size_buttons_ask_for_a_size(qtbot, page: HomePage) -> None:
    page.set_text_size("large")
    assert page.text_size.current() == "large"

    with qtbot.waitSignal(page.text_size_requested) as asked:
        qtbot.mouseClick(page.text_size.buttons["xlarge"], CLICK)

    assert asked.args == ["xlarge"]
    assert page.text_size.buttons["xlarge"].isChecked()
    assert not page.text_size.buttons["large"].isChecked()


def test_progress_and_stop_buttons(qtbot, page: HomePage) -> None:
    with qtbot.waitSignal(page.progress_requested):
        qtbot.mouseClick(page.progress_button, CLICK)
    with qtbot.waitSignal(page.logout_requested):
        qtbot.mouseClick(page.stop_button, CLICK)


def test_tab_reaches_every_button(page: HomePage, press: Callable[[Qt.Key], None]) -> None:
    wanted = {page.practice_button, page.progress_button, page.stop_button}
    wanted |= set(page.text_size.buttons.values())
    wanted |= {page.decks.buttons["magazijn"], page.decks.buttons["servicedesk"]}
    reached = set()
    for _ in range(20):
        press(Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())

    assert {widget.accessibleName() for widget in wanted - reached} == set()


def test_buttons_have_accessible_names(page: HomePage) -> None:
    buttons = [page.practice_button, page.progress_button, page.stop_button]
    buttons += list(page.text_size.buttons.values()) + list(page.decks.buttons.values())
    assert all(button.accessibleName() for button in buttons)
    assert {b.accessibleName() for b in page.text_size.buttons.values()} == {
        "Tekst normaal",
        "Tekst groot",
        "Tekst extra groot",
    }
    assert SERVICEDESK.title in page.decks.buttons["servicedesk"].accessibleName()


def test_clicking_the_chosen_text_size_again_keeps_it_chosen(qtbot, page: HomePage) -> None:
    qtbot.mouseClick(page.text_size.buttons["normal"], CLICK)
    qtbot.mouseClick(page.text_size.buttons["normal"], CLICK)

    assert page.text_size.current() == "normal"
    assert [b.isChecked() for b in page.text_size.buttons.values()] == [True, False, False]
