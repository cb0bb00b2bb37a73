"""Every practice screen at 1366x768 with the app's style: nothing cut off, saved as PNG.

Set VAKTAAL_SHOTS=/some/folder to keep the screenshots for a human to look at.
"""

from collections.abc import Callable
from pathlib import Path

import pytest
from practice_data import BOOR, HEFTRUCK, LADDER, SCREEN, exercise, new_exercise
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from screen_fixtures import assert_nothing_cut_off
from vaktaal.core.practice.exercises import Exercise, ExerciseKind
from vaktaal.core.practice.session import PracticeSession, SessionSummary
from vaktaal.ui.practice.practice_page import PracticePage
from vaktaal.ui.practice.summary_page import SummaryPage

K = ExerciseKind
OPTIONS = ("pallet", "heftruck", "boor", "ladder")


def answer_wrong_choice(page: PracticePage) -> None:
    page.choice.choose((page.choice.correct + 1) % 4)


def answer_almost(page: PracticePage) -> None:
    page.typing.entry.setText("de hefrtuck")
    page.typing.check()


SCENES: dict[str, tuple[Exercise, Callable[[PracticePage], None] | None]] = {
    "1-recall": (exercise(K.RECALL, "heftruck"), None),
    "2-recall-revealed-arabic": (exercise(K.RECALL, "heftruck"), lambda p: p.recall.reveal()),
    "2b-recall-new-word": (new_exercise("pallet"), None),
    "3-choose-picture-wrong": (exercise(K.CHOOSE_PICTURE, "boor", OPTIONS), answer_wrong_choice),
    "4-listen": (exercise(K.LISTEN, "ladder", OPTIONS), None),
    "5-typing-almost": (exercise(K.TYPE, "heftruck"), answer_almost),
    "6-article-right": (exercise(K.ARTICLE, "hesje"), lambda p: p.article.choose("het")),
    "6b-leave-question": (exercise(K.TYPE, "heftruck"), lambda p: p.ask_to_stop()),
}


def host_for(widget: QWidget) -> QWidget:
    """A plain window of the test screen's size, with the widget filling it."""
    host = QWidget()
    host.setObjectName("host")
    host.setFixedSize(*SCREEN)
    widget.setParent(host)
    widget.setGeometry(QRect(0, 0, *SCREEN))
    return host


@pytest.mark.parametrize("name", list(SCENES))
def test_practice_screen_fits_1366x768(
    name: str, qtbot, styled: str, library, speaker, clock, shots: Path
) -> None:
    shown, act = SCENES[name]
    page = PracticePage(library, speaker, lambda outcome: None, "ar")
    host = host_for(page)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    page.start(PracticeSession([shown, exercise(K.RECALL, "boor")], clock))
    if act is not None:
        act(page)
    QApplication.processEvents()  # let the layouts settle, as the event loop would
    assert host.size().toTuple() == SCREEN
    host.grab().save(str(shots / f"{name}-{styled}.png"))
    assert_nothing_cut_off(host)


def test_summary_screen_fits_1366x768(qtbot, styled: str, library, shots: Path) -> None:
    page = SummaryPage(library)
    host = host_for(page)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    page.show_summary(SessionSummary(12, 9, 15, (HEFTRUCK, BOOR, LADDER)), 15)
    QApplication.processEvents()
    host.grab().save(str(shots / f"7-summary-{styled}.png"))
    assert_nothing_cut_off(host)
