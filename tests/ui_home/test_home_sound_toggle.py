"""The sound toggle next to the text size: words play by themselves, or only on a click."""

from collections.abc import Callable

import pytest
from home_data import AMAL, home
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.home.home_page import HomePage

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def page(library: PictogramLibrary, on_screen: Callable[[QWidget], QWidget]) -> HomePage:
    home_page = HomePage(library)
    home_page.show_overview(AMAL, home())
    on_screen(home_page)
    return home_page


def test_the_toggle_asks_for_on_and_off_and_shows_it(qtbot, page: HomePage) -> None:
    toggle = page.sound_toggle
    assert toggle.isChecked() and toggle.accessibleName().endswith("aan")
    on_icon = toggle.icon().cacheKey()

    with qtbot.waitSignal(page.autoplay_requested) as asked:
        qtbot.mouseClick(toggle, CLICK)
    assert asked.args == [False]
    assert not toggle.isChecked() and toggle.accessibleName().endswith("uit")
    assert toggle.icon().cacheKey() != on_icon and not toggle.icon().isNull()

    with qtbot.assertNotEmitted(page.autoplay_requested):
        page.set_autoplay(True)  # the stored choice, shown without asking for a change
    assert toggle.isChecked()


def test_the_toggle_sits_by_the_text_size_and_works_by_keyboard(qtbot, page: HomePage) -> None:
    toggle = page.sound_toggle
    last_size = page.text_size.buttons["xlarge"]
    assert toggle.geometry().left() - last_size.mapTo(page, last_size.rect().topRight()).x() < 24
    last_size.setFocus()
    qtbot.keyClick(last_size, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is toggle
    with qtbot.waitSignal(page.autoplay_requested) as asked:
        qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert asked.args == [False]
