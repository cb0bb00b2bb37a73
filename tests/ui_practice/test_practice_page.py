"""A whole practice session through all five exercise kinds, driven by keys and clicks."""

import logging
from collections.abc import Callable

import pytest
from practice_data import LADDER, exercise
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise, ExerciseKind
from vaktaal.core.practice.session import Outcome, PracticeSession, SessionSummary
from vaktaal.ui.practice.practice_page import PracticePage

K = Qt.Key
E = ExerciseKind
LEFT = Qt.MouseButton.LeftButton
OPTIONS = ("pallet", "heftruck", "boor", "ladder")  # boor is 3, ladder is 4


@pytest.fixture
def recorded() -> list[Outcome]:
    return []


@pytest.fixture
def page(on_screen, library, speaker, recorded: list[Outcome], keys) -> PracticePage:
    practice = PracticePage(library, speaker, recorded.append, "ar", keys=keys)
    on_screen(practice)
    return practice


def five_kinds(clock) -> PracticeSession:
    return PracticeSession(
        [
            exercise(E.RECALL, "heftruck"),
            exercise(E.CHOOSE_PICTURE, "boor", OPTIONS),
            exercise(E.LISTEN, "ladder", OPTIONS),
            exercise(E.TYPE, "pallet"),
            exercise(E.ARTICLE, "hesje"),
        ],
        clock,
    )


def focus() -> QWidget | None:
    return QApplication.focusWidget()


def test_a_whole_session_through_all_five_kinds(
    qtbot, page: PracticePage, press, clock, speaker, recorded: list[Outcome]
) -> None:
    page.start(five_kinds(clock))

    # 1. recall: reveal with Space, "Nog eens" with 1 -> the word comes back later
    assert page.stack.currentWidget() is page.recall
    assert page.progress.text() == "1 van 5"
    assert focus() is page.recall.reveal_button
    press(K.Key_Space)
    clock.advance(4)
    press(K.Key_1)

    # 2. choose the picture of "de boor": key 3 is right
    assert page.stack.currentWidget() is page.choice
    assert page.progress.text() == "2 van 6"  # the recall word was added again
    assert focus() is page.choice.buttons[0]
    clock.advance(2)
    press(K.Key_3)
    press(K.Key_Return)

    # 3. listen to "de ladder": said at once; clicking the pallet is wrong (comes back too)
    assert page.choice.listening
    assert speaker.spoken == ["de ladder"]
    assert focus() is page.choice.buttons[0]
    qtbot.mouseClick(page.choice.buttons[0], LEFT)
    press(K.Key_Space)

    # 4. type "pallet" with one letter missing: almost
    assert page.stack.currentWidget() is page.typing
    assert focus() is page.typing.entry
    qtbot.keyClicks(page.typing.entry, "palet")
    press(K.Key_Return)
    assert page.typing.feedback.message.text() == "Bijna goed"
    press(K.Key_Return)

    # 5. the recall word again: now "Goed"
    assert page.stack.currentWidget() is page.recall
    assert page.progress.text() == "5 van 7"
    press(K.Key_Space)
    press(K.Key_3)

    # 6. het hesje: H is right, slowly
    assert page.stack.currentWidget() is page.article
    assert focus() is page.article.buttons["de"]
    clock.advance(5)
    press(K.Key_H)
    press(K.Key_Return)

    # 7. the ladder again, last: "Makkelijk"
    assert page.progress.text() == "7 van 7"
    assert page.recall.card.term == LADDER
    press(K.Key_Space)
    with qtbot.waitSignal(page.finished) as blocker:
        press(K.Key_4)

    kinds = [outcome.exercise.kind for outcome in recorded]
    assert kinds == [E.RECALL, E.CHOOSE_PICTURE, E.LISTEN, E.TYPE, E.RECALL, E.ARTICLE, E.RECALL]
    verdicts = [outcome.verdict for outcome in recorded]
    assert verdicts == [
        Verdict.WRONG,
        Verdict.RIGHT,
        Verdict.WRONG,
        Verdict.ALMOST,
        Verdict.RIGHT,
        Verdict.RIGHT,
        Verdict.RIGHT,
    ]
    assert [outcome.rating for outcome in recorded] == [1, 4, 1, 2, 3, 3, 4]
    assert recorded[0].duration_ms == 4000
    summary = blocker.args[0]
    assert isinstance(summary, SessionSummary)
    assert (summary.practised, summary.right_first_time, summary.answers) == (5, 2, 7)
    assert [term.id for term in summary.to_repeat] == ["heftruck", "ladder", "pallet"]


def test_escape_asks_then_stops_and_reports_what_was_answered(
    qtbot, page: PracticePage, press, clock, recorded: list[Outcome]
) -> None:
    page.start(five_kinds(clock))
    press(K.Key_Space)
    press(K.Key_4)
    press(K.Key_Escape)
    assert page.asking and recorded[-1].rating == 4  # the answer is handed over already
    assert page.question.title.text() == "Stoppen?"
    assert page.question.saved.text() == "Je antwoorden zijn bewaard."
    assert focus() is page.question.no_button
    with qtbot.waitSignal(page.finished) as blocker:
        press(K.Key_J)
    summary = blocker.args[0]
    assert (summary.practised, summary.answers) == (1, 1)
    assert len(recorded) == 1 and recorded[0].rating == 4


def test_escape_works_while_typing(qtbot, page: PracticePage, press, clock) -> None:
    page.start(PracticeSession([exercise(E.TYPE, "pallet")], clock))
    qtbot.keyClicks(page.typing.entry, "pal")
    press(K.Key_Escape)
    assert page.asking
    press(K.Key_Tab)  # from "Nee" to ... "Ja" is reached by keyboard too
    assert focus() is page.question.yes_button
    with qtbot.waitSignal(page.finished) as blocker:
        press(K.Key_Return)
    assert blocker.args[0].answers == 0


def test_no_goes_back_to_the_exercise_as_it_was(
    qtbot, page: PracticePage, press, clock, recorded: list[Outcome]
) -> None:
    page.start(PracticeSession([exercise(E.TYPE, "pallet")], clock))
    qtbot.keyClicks(page.typing.entry, "pal")
    clock.advance(3)
    press(K.Key_Escape)
    clock.advance(60)  # thinking about it does not count as answer time
    press(K.Key_Return)  # "Nee" has the focus
    assert not page.asking
    assert focus() is page.typing.entry and page.typing.entry.text() == "pal"
    press(K.Key_Escape)
    press(K.Key_Escape)  # Esc on the question is "Nee" too
    assert not page.asking
    qtbot.keyClicks(page.typing.entry, "let")
    press(K.Key_Return)
    assert recorded[0].verdict is Verdict.RIGHT and recorded[0].duration_ms == 3000


def test_the_stop_button_asks_first(qtbot, page: PracticePage, clock) -> None:
    page.start(five_kinds(clock))
    assert page.stop_button.accessibleName() == "Stoppen"
    qtbot.mouseClick(page.stop_button, LEFT)
    assert page.asking and page.session is not None
    qtbot.mouseClick(page.question.no_button, LEFT)
    assert not page.asking and page.stack.currentWidget() is page.recall
    qtbot.mouseClick(page.stop_button, LEFT)
    with qtbot.waitSignal(page.finished):
        qtbot.mouseClick(page.question.yes_button, LEFT)
    assert page.asking  # until the summary is shown: no flash of the exercise
    page.start(five_kinds(clock))
    assert not page.asking and page.stack.currentWidget() is page.recall


def test_an_empty_session_finishes_at_once(qtbot, page: PracticePage, clock) -> None:
    with qtbot.waitSignal(page.finished) as blocker:
        page.start(PracticeSession([], clock))
    assert blocker.args[0].answers == 0


def test_typing_letters_never_trigger_other_keys(
    qtbot, page: PracticePage, press, clock, recorded: list[Outcome]
) -> None:
    page.start(PracticeSession([exercise(E.TYPE, "heftruck")], clock))
    qtbot.keyClicks(page.typing.entry, "dh1l ")
    assert page.typing.entry.text() == "dh1l "
    assert recorded == []


def test_keys_reach_the_exercise_when_the_top_bar_has_focus(
    qtbot, page: PracticePage, press, clock, recorded: list[Outcome]
) -> None:
    page.start(PracticeSession([exercise(E.CHOOSE_PICTURE, "boor", OPTIONS)], clock))
    page.stop_button.setFocus()
    press(K.Key_3)
    assert [o.verdict for o in recorded] == [Verdict.RIGHT]


def test_a_failing_recorder_is_logged_and_practice_goes_on(
    qtbot, on_screen, library, speaker, clock, press, caplog, keys
) -> None:
    def broken(outcome: Outcome) -> None:
        raise OSError("disk full")

    page = PracticePage(library, speaker, broken, "ar", keys=keys)
    on_screen(page)
    page.start(five_kinds(clock))
    with caplog.at_level(logging.ERROR):
        press(K.Key_Space)
        press(K.Key_3)
    assert page.stack.currentWidget() is page.choice
    assert "could not record" in caplog.text


def visible_controls(root: QWidget) -> set[QWidget]:
    kinds = (QAbstractButton, QLineEdit)
    return {w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()}


def tab_round(qtbot, start: QWidget, steps: int = 30) -> set[QWidget]:
    reached = set()
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        reached.add(widget)
        qtbot.keyClick(widget, K.Key_Tab)
    return reached


STATES: dict[str, tuple[Exercise, Callable[[PracticePage], None]]] = {
    "recall": (exercise(E.RECALL, "heftruck"), lambda p: None),
    "recall-revealed": (exercise(E.RECALL, "heftruck"), lambda p: p.recall.reveal()),
    "choice": (exercise(E.CHOOSE_PICTURE, "boor", OPTIONS), lambda p: None),
    "choice-answered": (exercise(E.CHOOSE_PICTURE, "boor", OPTIONS), lambda p: p.choice.choose(0)),
    "listen": (exercise(E.LISTEN, "ladder", OPTIONS), lambda p: None),
    "typing": (exercise(E.TYPE, "heftruck"), lambda p: None),
    "typing-answered": (exercise(E.TYPE, "heftruck"), lambda p: p.typing.give_up()),
    "article": (exercise(E.ARTICLE, "hesje"), lambda p: None),
}


@pytest.mark.parametrize("state", list(STATES))
def test_every_control_has_a_name_and_is_reached_by_tab(
    qtbot, page: PracticePage, clock, state: str
) -> None:
    shown, act = STATES[state]
    page.start(PracticeSession([shown], clock))
    act(page)
    controls = visible_controls(page)
    assert page.stop_button in controls
    assert all(control.accessibleName() for control in controls)
    assert page.progress.accessibleName().startswith("Voortgang")
    assert controls <= tab_round(qtbot, page)
