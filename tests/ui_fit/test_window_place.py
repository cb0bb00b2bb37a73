"""The main window opens maximised the first time, then as it was left on this PC; a place
that is off every screen is not used."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from vaktaal.ui.window_place import GEOMETRY, on_a_screen, remember_place, show_placed


def window(qtbot) -> QMainWindow:  # type: ignore[no-untyped-def]
    made = QMainWindow()
    qtbot.addWidget(made)
    return made


def screen_area() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_the_first_start_is_maximised(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = window(qtbot)
    show_placed(first, tmp_path / "window.ini")
    assert first.isMaximized()


def test_a_restored_size_and_place_come_back(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    place = tmp_path / "data" / "window.ini"  # the data folder is made when it is saved
    area = screen_area()
    left = window(qtbot)
    left.show()
    left.setGeometry(area.x() + 20, area.y() + 30, area.width() // 2, area.height() // 2)
    remember_place(left, place)
    assert place.is_file()

    again = window(qtbot)
    show_placed(again, place)
    assert not again.isMaximized()
    assert again.size() == left.size() and again.pos() == left.pos()


def test_maximised_stays_maximised(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    place = tmp_path / "window.ini"
    left = window(qtbot)
    left.showMaximized()
    remember_place(left, place)

    again = window(qtbot)
    show_placed(again, place)
    assert again.isMaximized()


@pytest.mark.parametrize("where", ["second screen", "bigger screen"])
def test_the_window_never_opens_off_the_screen(qtbot, tmp_path: Path, where: str) -> None:  # type: ignore[no-untyped-def]
    place = tmp_path / "window.ini"
    area = screen_area()
    left = window(qtbot)
    left.show()
    if where == "second screen":  # a monitor that is gone now
        left.setGeometry(area.right() + 400, area.y() + 10, area.width() // 2, area.height() // 2)
    else:  # left on a bigger monitor
        left.setGeometry(area.x(), area.y(), area.width() + 600, area.height() + 400)
    remember_place(left, place)
    assert QSettings(str(place), QSettings.Format.IniFormat).value(GEOMETRY) is not None

    again = window(qtbot)
    show_placed(again, place)
    assert again.isMaximized() or on_a_screen(again.frameGeometry())
    assert not on_a_screen(QRect(area.right() + 400, area.y(), 400, 400))
