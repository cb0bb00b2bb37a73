"""No keyboard traps: a key never answers an exercise the learner has not seen yet.

- Keys wait a moment after something new appears (Enter pressed twice on the feedback does
  not answer the next exercise with option 1; Enter right after Esc does not answer "Stoppen?").
- A key release counts only when its press began on this screen; held keys answer nothing.
- Typing is never held up. Space on a word card plays the word; it never rates.
"""

import pytest
from practice_data import exercise, new_exercise
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.core.practice.rating import GOOD
from vaktaal.core.practice.session import Outcome, PracticeSession
from vaktaal.ui.practice.key_guard import KEY_QUIET_MS, KeyGuard
from vaktaal.ui.practice.practice_page import PracticePage

K = Qt.Key
E = ExerciseKind
OPTIONS = ("pallet", "heftruck", "boor", "ladder")  # boor is 3, ladder is 4
PRESS, RELEASE = QEvent.Type.KeyPress, QEvent.Type.KeyRelease


@pytest.fixture
def recorded() -> list[Outcome]:
    return []


@pytest.fixture
def page(on_screen, library, speaker, recorded: list[Outcome], keys) -> PracticePage:
    practice = PracticePage(library, speaker, recorded.append, "ar", keys=keys)
    on_screen(practice)
    return practice


def focus() -> QWidget | None:
    return QApplication.focusWidget()


def key_event(kind: QEvent.Type, key: K, repeat: bool = False) -> QKeyEvent:
    return QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "", repeat)


def test_enter_pressed_twice_on_the_feedback_does_not_answer_the_next_choice(
    qtbot, page: PracticePage, press, quick_press, key_clock, clock, recorded
) -> None:
    page.start(
        PracticeSession(
            [exercise(E.CHOOSE_PICTURE, "boor", OPTIONS), exercise(E.LISTEN, "ladder", OPTIONS)],
            clock,
        )
    )
    press(K.Key_3)
    press(K.Key_Return)  # "Verder" ...
    quick_press(K.Key_Return)  # ... and the finger presses Enter once more
    assert page.progress.text() == "2 van 2"
    assert focus() is page.choice.buttons[0]
    assert len(recorded) == 1 and not page.choice.is_answered

    key_clock.look()  # a moment later, Enter is an answer again: option 1 (wrong)
    quick_press(K.Key_Return)
    assert [o.verdict for o in recorded] == [Verdict.RIGHT, Verdict.WRONG]


def test_the_feedback_holds_keys_for_a_moment_too(
    qtbot, page: PracticePage, press, quick_press, clock, recorded
) -> None:
    page.start(PracticeSession([exercise(E.ARTICLE, "hesje"), exercise(E.TYPE, "pallet")], clock))
    press(K.Key_H)
    quick_press(K.Key_Return)  # the feedback just appeared: not read yet
    assert page.stack.currentWidget() is page.article and page.article.feedback.isVisible()
    press(K.Key_Return)
    assert page.stack.currentWidget() is page.typing


def test_typing_is_never_held_up(qtbot, page: PracticePage, quick_press, clock, recorded) -> None:
    page.start(PracticeSession([exercise(E.TYPE, "pallet")], clock))
    qtbot.keyClicks(page.typing.entry, "pallet")  # at once, no waiting
    quick_press(K.Key_Return)
    assert [o.verdict for o in recorded] == [Verdict.RIGHT]


def test_a_release_of_a_press_from_before_the_exercise_answers_nothing(
    qtbot, page: PracticePage, key_clock, clock, recorded
) -> None:
    page.start(PracticeSession([exercise(E.CHOOSE_PICTURE, "boor", OPTIONS)], clock))
    key_clock.look()
    button = page.choice.buttons[0]
    assert focus() is button
    button.setDown(True)  # Space went down on the screen before; the release comes now
    QApplication.sendEvent(button, key_event(RELEASE, K.Key_Space))
    assert recorded == [] and not page.choice.is_answered
    button.setDown(False)

    QTest.keyPress(button, K.Key_Space)  # a whole press on this screen does answer
    QTest.keyRelease(button, K.Key_Space)
    assert [o.verdict for o in recorded] == [Verdict.WRONG]


def test_a_key_held_down_answers_nothing(
    qtbot, page: PracticePage, key_clock, clock, recorded
) -> None:
    page.start(PracticeSession([exercise(E.CHOOSE_PICTURE, "boor", OPTIONS)], clock))
    key_clock.look()
    for key in (K.Key_3, K.Key_Return):
        QApplication.sendEvent(focus(), key_event(PRESS, key, repeat=True))
    assert recorded == []


def test_space_on_a_new_word_card_plays_the_word_and_never_rates(
    qtbot, page: PracticePage, press, speaker, clock, recorded
) -> None:
    page.start(PracticeSession([new_exercise("heftruck"), exercise(E.RECALL, "boor")], clock))
    assert page.recall.new_label.isVisible() and focus() is page.recall.rating_buttons[GOOD]
    press(K.Key_Space)
    press(K.Key_Space)
    assert speaker.spoken == ["de heftruck", "de heftruck"]
    assert recorded == [] and page.recall.card.term and page.progress.text() == "1 van 2"

    press(K.Key_Return)  # Enter is "Goed"
    assert [o.rating for o in recorded] == [GOOD]
    press(K.Key_Space)  # the next card: Space shows the word ...
    press(K.Key_Space)  # ... and then plays it
    assert speaker.spoken[-1] == "de boor" and len(recorded) == 1


def test_enter_right_after_escape_does_not_answer_the_question(
    qtbot, page: PracticePage, press, quick_press, clock
) -> None:
    page.start(PracticeSession([exercise(E.TYPE, "pallet")], clock))
    press(K.Key_Escape)
    quick_press(K.Key_Return)
    assert page.asking and page.session is not None
    quick_press(K.Key_Escape)  # Esc is never held up: "Nee"
    assert not page.asking and focus() is page.typing.entry


class TestKeyGuard:
    """The rules on their own, with a clock of the test's."""

    now = 100.0

    def guard(self) -> KeyGuard:
        guard = KeyGuard(now=lambda: self.now)
        guard.new_screen()
        return guard

    def test_keys_wait_a_moment_after_a_new_screen(self, qapp) -> None:
        guard = self.guard()
        assert not guard.allows(key_event(PRESS, K.Key_1))
        assert not guard.allows(key_event(PRESS, K.Key_Return))
        for free in (K.Key_Escape, K.Key_Tab, K.Key_Left):
            assert guard.allows(key_event(PRESS, free))
        assert guard.allows(key_event(PRESS, K.Key_Return), typing=True)
        self.now += KEY_QUIET_MS / 1000 + 0.001
        assert guard.allows(key_event(PRESS, K.Key_1))

    def test_a_release_counts_only_after_a_press_on_this_screen(self, qapp) -> None:
        guard = self.guard()
        self.now += 1
        assert not guard.allows(key_event(RELEASE, K.Key_Space))
        assert guard.allows(key_event(PRESS, K.Key_Space))
        assert guard.allows(key_event(RELEASE, K.Key_Space))
        assert guard.allows(key_event(PRESS, K.Key_Space))
        guard.new_screen()
        assert not guard.allows(key_event(RELEASE, K.Key_Space))

    def test_held_keys_count_only_for_editing_text(self, qapp) -> None:
        guard = self.guard()
        self.now += 1
        assert not guard.allows(key_event(PRESS, K.Key_2, repeat=True))
        assert not guard.allows(key_event(PRESS, K.Key_Return, repeat=True), typing=True)
        assert guard.allows(key_event(PRESS, K.Key_Backspace, repeat=True), typing=True)
