"""Type the word: Enter checks, a letter diff shows what differs, then Enter goes on."""

import pytest
from practice_data import exercise
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vaktaal.core.practice.answers import DiffKind, DiffPart, Verdict
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.ui.practice.typing_view import TypingView, diff_html

K = Qt.Key


@pytest.fixture
def view(on_screen, library, speaker) -> TypingView:
    typing = TypingView(library, speaker, "ar")
    on_screen(typing)
    typing.show_exercise(exercise(ExerciseKind.TYPE, "heftruck"))
    typing.focus_main()
    return typing


def type_and_enter(qtbot, view: TypingView, press, text: str) -> Verdict:
    assert QApplication.focusWidget() is view.entry
    qtbot.keyClicks(view.entry, text)
    with qtbot.waitSignal(view.answered) as blocker:
        press(K.Key_Return)
    return blocker.args[0]


@pytest.mark.parametrize("typed", ["heftruck", "De Heftruck", " heftruck. "])
def test_the_right_word_is_good(qtbot, view: TypingView, press, typed: str) -> None:
    assert type_and_enter(qtbot, view, press, typed) is Verdict.RIGHT
    assert view.feedback.message.text() == "Goed!"
    assert not view.diff_label.isVisible()
    assert view.entry.isReadOnly()
    assert QApplication.focusWidget() is view.feedback.next_button


def test_one_letter_off_is_almost_with_a_letter_diff(qtbot, view: TypingView, press) -> None:
    assert type_and_enter(qtbot, view, press, "de hefrtuck") is Verdict.ALMOST
    assert view.feedback.message.text() == "Bijna goed"
    assert view.feedback.answer.text() == "Het woord is: de heftruck"
    shown = view.diff_label.text()
    assert view.diff_label.isVisible()
    assert "text-decoration:underline" in shown  # a missing letter
    assert "text-decoration:line-through" in shown  # an extra letter
    assert "de&nbsp;" not in shown and "de " not in shown  # the article is no mistake


def test_a_wrong_word_is_not_good_and_shows_the_right_one(qtbot, view: TypingView, press) -> None:
    assert type_and_enter(qtbot, view, press, "pallet") is Verdict.WRONG
    assert view.feedback.message.text() == "Nog niet goed"
    assert view.feedback.answer.text() == "Het woord is: de heftruck"
    with qtbot.waitSignal(view.proceed):
        press(K.Key_Return)


def test_enter_on_an_empty_field_does_nothing(qtbot, view: TypingView, press) -> None:
    with qtbot.assertNotEmitted(view.answered):
        press(K.Key_Return)
        press(K.Key_Space)
    assert not view.feedback.isVisible()
    assert QApplication.focusWidget() is view.entry


def test_weet_ik_niet_is_wrong(qtbot, view: TypingView) -> None:
    assert view.unknown_button.accessibleName() == "Weet ik niet"
    with qtbot.waitSignal(view.answered) as blocker:
        qtbot.mouseClick(view.unknown_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [Verdict.WRONG]
    assert not view.diff_label.isVisible()


def test_one_answer_then_enter_goes_on(qtbot, view: TypingView, press) -> None:
    type_and_enter(qtbot, view, press, "heftruck")
    with qtbot.assertNotEmitted(view.answered), qtbot.waitSignal(view.proceed):
        press(K.Key_Return)


def test_audio_says_the_word(qtbot, view: TypingView, speaker) -> None:
    qtbot.mouseClick(view.audio, Qt.MouseButton.LeftButton)
    assert speaker.spoken == ["de heftruck"]


def test_the_diff_escapes_what_was_typed() -> None:
    parts = (
        DiffPart(DiffKind.SAME, "ab"),
        DiffPart(DiffKind.EXTRA, "<b>"),
        DiffPart(DiffKind.MISSING, "c d"),
    )
    shown = diff_html(parts)
    assert shown.startswith("ab<span")
    assert "&lt;b&gt;" in shown and "<b>" not in shown
    assert "c&nbsp;d" in shown
