"""Picture → recall: Space shows the word, then the learner rates herself with 1-4."""

import pytest
from practice_data import exercise, new_exercise
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.ui.practice.recall_view import RecallView

K = Qt.Key


@pytest.fixture
def view(on_screen, library, speaker) -> RecallView:
    recall = RecallView(library, speaker, "ar")
    on_screen(recall)
    recall.show_exercise(exercise(ExerciseKind.RECALL, "heftruck"))
    recall.focus_main()
    return recall


def test_the_word_is_hidden_until_space(qtbot, view: RecallView, press) -> None:
    assert QApplication.focusWidget() is view.reveal_button
    assert "heftruck" not in view.card.word_label.text()
    assert not any(button.isVisible() for button in view.rating_buttons.values())

    press(K.Key_Space)

    assert view.card.word_label.text() == "de heftruck"
    assert view.card.explanation_label.isVisible()
    assert view.card.gloss_label.text() == "\u2067رافعة شوكية\u2069"
    assert all(button.isVisible() for button in view.rating_buttons.values())
    assert not view.reveal_button.isVisible()
    assert QApplication.focusWidget() is view.rating_buttons[3]


@pytest.mark.parametrize(
    ("key", "rating"), [(K.Key_1, 1), (K.Key_2, 2), (K.Key_3, 3), (K.Key_4, 4)]
)
def test_keys_one_to_four_rate(qtbot, view: RecallView, press, key: K, rating: int) -> None:
    press(K.Key_Space)
    with qtbot.waitSignal(view.rated) as blocker:
        press(key)
    assert blocker.args == [rating]


def test_rating_buttons_have_names_icons_and_rate_on_click(qtbot, view: RecallView) -> None:
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    names = [button.accessibleName() for button in view.rating_buttons.values()]
    assert names == ["Nog eens", "Moeilijk", "Goed", "Makkelijk"]
    assert all(not button.icon().isNull() for button in view.rating_buttons.values())

    with qtbot.waitSignal(view.rated) as blocker:
        qtbot.mouseClick(view.rating_buttons[4], Qt.MouseButton.LeftButton)
    assert blocker.args == [4]


def test_no_rating_before_the_word_is_shown(qtbot, view: RecallView, press) -> None:
    with qtbot.assertNotEmitted(view.rated):
        press(K.Key_3)
        press(K.Key_1)
    assert not view.is_revealed


def test_one_rating_per_exercise(qtbot, view: RecallView, press) -> None:
    press(K.Key_Space)
    with qtbot.waitSignal(view.rated):
        press(K.Key_2)
    with qtbot.assertNotEmitted(view.rated):
        press(K.Key_4)
        press(K.Key_Space)


def test_a_new_word_is_shown_at_once_with_everything(qtbot, view: RecallView, press) -> None:
    view.show_exercise(new_exercise("pallet"))
    view.focus_main()
    assert view.new_label.isVisible()
    assert view.card.word_label.text() == "de/het pallet"
    assert view.card.gloss_label.isVisible()
    assert not view.reveal_button.isVisible()
    assert QApplication.focusWidget() is view.rating_buttons[3]
    with qtbot.waitSignal(view.rated) as blocker:
        press(K.Key_Return)  # Enter on the focused "Goed"
    assert blocker.args == [3]

    view.show_exercise(exercise(ExerciseKind.RECALL, "boor"))
    assert not view.new_label.isVisible()
