"""De of het? Two big buttons, keys D/H and 1/2, the noun shown without its article."""

import pytest
from practice_data import exercise
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.ui.practice.article_view import ArticleView

K = Qt.Key


@pytest.fixture
def view(on_screen, library, speaker) -> ArticleView:
    article = ArticleView(library, speaker, "ar")
    on_screen(article)
    return article


def start(view: ArticleView, term: str) -> None:
    view.show_exercise(exercise(ExerciseKind.ARTICLE, term))
    view.focus_main()


def test_the_noun_is_shown_without_its_article(view: ArticleView) -> None:
    start(view, "hesje")
    assert view.noun_label.text() == "hesje"
    assert [b.text() for b in view.buttons.values()] == ["de", "het"]
    assert [b.accessibleName() for b in view.buttons.values()] == ["de", "het"]
    assert QApplication.focusWidget() is view.buttons["de"]
    assert all(b.height() >= 120 for b in view.buttons.values())


@pytest.mark.parametrize(
    ("term", "key", "verdict"),
    [
        ("heftruck", K.Key_D, Verdict.RIGHT),
        ("heftruck", K.Key_H, Verdict.WRONG),
        ("hesje", K.Key_H, Verdict.RIGHT),
        ("hesje", K.Key_1, Verdict.WRONG),
        ("hesje", K.Key_2, Verdict.RIGHT),
        ("pallet", K.Key_H, Verdict.RIGHT),  # de/het: both are right
    ],
)
def test_keys_answer(qtbot, view: ArticleView, press, term: str, key: K, verdict: Verdict) -> None:
    start(view, term)
    with qtbot.waitSignal(view.answered) as blocker:
        press(key)
    assert blocker.args == [verdict]
    assert view.feedback.message.text() == (
        "Goed!" if verdict is Verdict.RIGHT else "Nog niet goed"
    )


def test_a_wrong_click_is_red_the_right_one_green(qtbot, view: ArticleView, press) -> None:
    start(view, "hesje")
    with qtbot.waitSignal(view.answered) as blocker:
        qtbot.mouseClick(view.buttons["de"], Qt.MouseButton.LeftButton)
    assert blocker.args == [Verdict.WRONG]
    assert view.buttons["de"].property("role") == "bad"
    assert view.buttons["het"].property("role") == "good"
    assert view.feedback.answer.text() == "Het woord is: het hesje"

    with qtbot.assertNotEmitted(view.answered), qtbot.waitSignal(view.proceed):
        press(K.Key_H)  # no second answer
        press(K.Key_Return)
