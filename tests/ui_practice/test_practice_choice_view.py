"""Choose the picture (read the word) and listen (hear the word): four pictures, keys 1-4."""

import pytest
from practice_data import exercise
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.ui.practice.choice_view import ChoiceView

K = Qt.Key
LEFT = Qt.MouseButton.LeftButton
OPTIONS = ("pallet", "heftruck", "boor", "ladder")  # the boor is number 3


@pytest.fixture
def view(on_screen, library, speaker) -> ChoiceView:
    choice = ChoiceView(library, speaker, "ar")
    on_screen(choice)
    return choice


def start(view: ChoiceView, kind: ExerciseKind, term: str = "boor") -> None:
    view.show_exercise(exercise(kind, term, OPTIONS))
    view.focus_main()


def test_choose_picture_shows_the_word_and_four_pictures(view: ChoiceView) -> None:
    start(view, ExerciseKind.CHOOSE_PICTURE)
    assert view.word_label.isVisible() and view.word_label.text() == "de boor"
    assert view.word_audio.isVisible()
    assert not view.listen_button.isVisible()
    assert [b.isVisible() for b in view.buttons] == [True] * 4
    assert all(not b.icon().isNull() and b.iconSize().width() >= 160 for b in view.buttons)
    assert [b.accessibleName() for b in view.buttons] == [f"Plaatje {n}" for n in range(1, 5)]
    assert QApplication.focusWidget() is view.buttons[0]


def test_the_right_key_answers_right_and_enter_goes_on(qtbot, view: ChoiceView, press) -> None:
    start(view, ExerciseKind.CHOOSE_PICTURE)
    with qtbot.waitSignal(view.answered) as blocker:
        press(K.Key_3)
    assert blocker.args == [Verdict.RIGHT]
    assert view.buttons[2].property("role") == "good"
    assert [b.property("role") for b in (view.buttons[0], view.buttons[1])] == ["", ""]
    assert view.feedback.isVisible()
    assert view.feedback.message.text() == "Goed!"
    assert QApplication.focusWidget() is view.feedback.next_button

    with qtbot.waitSignal(view.proceed):
        press(K.Key_Return)


def test_a_wrong_click_marks_red_and_shows_the_right_one(qtbot, view: ChoiceView, press) -> None:
    start(view, ExerciseKind.CHOOSE_PICTURE)
    with qtbot.waitSignal(view.answered) as blocker:
        qtbot.mouseClick(view.buttons[0], LEFT)
    assert blocker.args == [Verdict.WRONG]
    assert view.buttons[0].property("role") == "bad"
    assert view.buttons[2].property("role") == "good"
    assert view.feedback.message.text() == "Nog niet goed"
    assert view.feedback.answer.text() == "Het woord is: de boor"
    assert view.buttons[2].accessibleName() == "Plaatje 3: de boor"

    with qtbot.assertNotEmitted(view.answered):  # one answer only
        qtbot.mouseClick(view.buttons[2], LEFT)
        press(K.Key_3)
    with qtbot.waitSignal(view.proceed):
        press(K.Key_Space)


def test_listen_says_the_word_when_shown_and_again_on_l(
    qtbot, view: ChoiceView, speaker, press
) -> None:
    start(view, ExerciseKind.LISTEN, "ladder")
    assert speaker.spoken == ["de ladder"]
    assert not view.word_label.isVisible()
    assert view.listen_button.isVisible()
    assert view.listen_button.accessibleName() == "Luister"

    press(K.Key_L)
    qtbot.mouseClick(view.listen_button, LEFT)
    assert speaker.spoken == ["de ladder"] * 3

    with qtbot.waitSignal(view.answered) as blocker:
        press(K.Key_4)
    assert blocker.args == [Verdict.RIGHT]
    assert view.feedback.answer.text() == "Het woord is: de ladder"


def test_listen_without_a_voice_shows_the_word(qtbot, on_screen, library) -> None:
    from vaktaal.speech.tts import FakeSpeaker

    mute = FakeSpeaker(available=False)
    view = ChoiceView(library, mute, "ar")
    on_screen(view)
    start(view, ExerciseKind.LISTEN, "ladder")
    assert view.word_label.isVisible()
    assert not view.listen_button.isVisible()
    assert mute.spoken == []


def test_a_new_exercise_clears_the_marks(qtbot, view: ChoiceView, press) -> None:
    start(view, ExerciseKind.CHOOSE_PICTURE)
    press(K.Key_1)
    start(view, ExerciseKind.LISTEN, "pallet")
    assert [b.property("role") for b in view.buttons] == ["", "", "", ""]
    assert not view.feedback.isVisible()
    with qtbot.waitSignal(view.answered) as blocker:
        press(K.Key_1)
    assert blocker.args == [Verdict.RIGHT]
