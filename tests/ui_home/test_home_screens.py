"""Every profile and home screen with the app's real style at 1366x768: nothing cut off.

The screenshots go to VAKTAAL_SHOTS (if set) for a human to look at, else to a temp folder.
"""

from collections.abc import Callable
from pathlib import Path

import pytest
from home_data import (
    AMAL,
    CONTRACT,
    MAGAZIJN,
    MANY_LEARNERS,
    SCREEN,
    SERVICEDESK,
    YONAS,
    home,
    progress,
)
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QScrollArea,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.storage.practice_store import DeckProgress
from vaktaal.ui.home.home_page import HomePage
from vaktaal.ui.home.progress_page import ProgressPage
from vaktaal.ui.profiles.new_learner_dialog import NewLearnerDialog
from vaktaal.ui.profiles.picker_page import PickerPage
from vaktaal.ui.profiles.pin_dialog import PinDialog
from vaktaal.usecases.learners import PinCheck

DIALOG_ROOM = 80  # px of the screen height for a title bar and a taskbar


def picker(library: PictogramLibrary) -> QWidget:
    page = PickerPage(library)
    page.show_learners(MANY_LEARNERS)
    return page


def empty_picker(library: PictogramLibrary) -> QWidget:
    page = PickerPage(library)
    page.show_learners([])
    return page


def home_page(library: PictogramLibrary) -> QWidget:
    page = HomePage(library)
    safety = DeckProgress("veiligheid", "Veiligheid op het werk", "asset:helm.svg", 30, 3, 0, 27)
    page.show_overview(AMAL, home(decks=[MAGAZIJN, SERVICEDESK, safety, CONTRACT]))
    return page


def home_done(library: PictogramLibrary) -> QWidget:
    page = HomePage(library)
    page.show_overview(YONAS, home(decks=[CONTRACT], done=25, streak=0))
    return page


def progress_page(library: PictogramLibrary) -> QWidget:
    page = ProgressPage(library)
    page.show_progress(progress())
    return page


def pin_dialog(library: PictogramLibrary) -> QWidget:
    dialog = PinDialog(AMAL, library, lambda _pin, answer: answer(PinCheck.LOCKED))
    for digit in "1234":
        dialog.type_digit(digit)
    return dialog


def new_learner(library: PictogramLibrary) -> QWidget:
    dialog = NewLearnerDialog(library)
    dialog.name.setText("Abdulrahman")
    dialog.pin.setText("12")
    return dialog


SCREENS: dict[str, Callable[[PictogramLibrary], QWidget]] = {
    "picker": picker,
    "picker-empty": empty_picker,
    "home": home_page,
    "home-done": home_done,
    "progress": progress_page,
    "pin-locked": pin_dialog,
    "new-learner": new_learner,
}


def assert_nothing_cut_off(window: QWidget) -> None:
    """Every visible label and button lies inside the window (or a scroll area) at full height;
    scroll areas scroll up and down only."""
    for scroll in window.findChildren(QScrollArea):
        assert not scroll.horizontalScrollBar().isVisible(), f"{scroll!r} scrolls sideways"
    for child in window.findChildren(QWidget):
        if not child.isVisible() or child.width() == 0:
            continue
        if not isinstance(child, QLabel | QAbstractButton):
            continue
        scroll = _scroll_area_of(child)
        if scroll is None:
            box = QRect(child.mapTo(window, child.rect().topLeft()), child.size())
            assert window.rect().contains(box), f"{child!r} ({child.accessibleName()}) sticks out"
        parent = child.parentWidget()
        assert parent is not None and parent.rect().contains(child.geometry()), (
            f"{child!r} ({child.accessibleName() or _text(child)}) is clipped by {parent!r}"
        )
        needed = _needed_height(child)
        assert needed <= child.height() + 1, f"{child!r} ({child.accessibleName()}) is squeezed"


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _needed_height(widget: QWidget) -> int:
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
        return widget.heightForWidth(widget.width())
    if isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull():
        return widget.pixmap().height()
    return widget.minimumSizeHint().height()


@pytest.mark.parametrize("name", list(SCREENS))
def test_screen_fits_1366x768(
    name: str, qtbot, styled: str, library: PictogramLibrary, shots: Path
) -> None:
    window = SCREENS[name](library)
    qtbot.addWidget(window)
    window.show()
    if isinstance(window, QDialog):
        window.resize(window.sizeHint())
        hint = window.sizeHint()  # leave room for a title bar and a taskbar
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - DIALOG_ROOM
    else:
        window.resize(*SCREEN)
    qtbot.waitExposed(window)
    QApplication.processEvents()  # let the layouts settle, as the event loop would
    window.grab().save(str(shots / f"{name}-{styled}.png"))
    assert_nothing_cut_off(window)
