"""Every learner page of the real app at 1024x600 with the largest text: nothing cut off.

Set VAKTAAL_SHOTS=/some/folder to keep the screenshots for a human to look at.
"""

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from fit_app import NOW, SMALL, Demo
from PySide6.QtWidgets import QApplication, QWidget

import deckbuilder
from fit_check import cut_off
from staff_login import log_in_as_staff
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.plan import choice_options
from vaktaal.core.practice.session import PracticeSession
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.meetings.meeting_flow import MeetingFlow
from vaktaal.ui.meetings.voice import FakeMeetingVoice
from vaktaal.ui.text_size import apply_text_size

K = ExerciseKind


def assert_fits(qtbot, window: MainWindow, name: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(30)  # let the layouts settle, as the event loop would
    window.grab().save(str(shots / f"{name}-1024x600-xlarge.png"))
    assert window.size().toTuple() == SMALL, "the window does not fit on a 1024x600 screen"
    problems = cut_off(window)
    assert not problems, "\n".join(problems)


def shown(qtbot, window: MainWindow, page: Callable[[], QWidget]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page(), timeout=10_000)


def test_profile_picker(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    small_window.home.logout_requested.emit()
    shown(qtbot, small_window, lambda: small_window.picker)
    apply_text_size("xlarge")  # the picker itself uses the normal size; this is the worst case
    assert_fits(qtbot, small_window, "picker", shots)


def test_home(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    assert_fits(qtbot, small_window, "home", shots)


def _item(demo: Demo, term_id: str, new: bool = False) -> PracticeItem:
    found = next(item for item in demo.pool if item.term.id == term_id)
    return PracticeItem(found.term_pk, found.deck_id, found.term, None if new else 1)


def _exercise(demo: Demo, kind: ExerciseKind, term_id: str, new: bool = False) -> Exercise:
    item = _item(demo, term_id, new)
    if kind in (K.CHOOSE_PICTURE, K.LISTEN):
        pool = [other for other in demo.pool if other.deck_id == item.deck_id]
        return Exercise(kind, item, choice_options(item, pool, random.Random(3)))
    return Exercise(kind, item)


def _reveal(page) -> None:  # type: ignore[no-untyped-def]
    page.recall.reveal_button.click()


def _wrong_choice(page) -> None:  # type: ignore[no-untyped-def]
    page.choice.buttons[(page.choice.correct + 1) % 4].click()


def _almost_typed(page) -> None:  # type: ignore[no-untyped-def]
    page.typing.entry.setText(page.session.current.item.term.term[:-1])
    page.typing.check_button.click()


def _article(page) -> None:  # type: ignore[no-untyped-def]
    page.article.buttons["de"].click()


SCENES = {
    "practice-new-word": (K.RECALL, "nulurencontract", True, None),
    "practice-recall-revealed": (K.RECALL, "kraan", False, _reveal),
    "practice-choose-wrong": (K.CHOOSE_PICTURE, "palletwagen", False, _wrong_choice),
    "practice-listen": (K.LISTEN, "ladder", False, None),
    "practice-type-almost": (K.TYPE, "veiligheidsschoen", False, _almost_typed),
    "practice-article-feedback": (K.ARTICLE, "magazijn", False, _article),
}


@pytest.mark.parametrize("name", list(SCENES))
def test_practice(qtbot, small_window: MainWindow, demo: Demo, shots: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    kind, term_id, new, act = SCENES[name]
    controller = small_window.controller
    exercise = _exercise(demo, kind, term_id, new)
    session = PracticeSession([exercise, exercise], FakeClock(NOW))
    controller.show_session(controller.learner, session)  # type: ignore[union-attr]
    page = small_window.practice
    if act is not None:
        act(page)
    assert_fits(qtbot, small_window, name, shots)


def test_summary(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    small_window.home.practice_requested.emit("")
    shown(qtbot, small_window, lambda: small_window.practice)
    small_window.practice.stop()
    shown(qtbot, small_window, lambda: small_window.summary)
    assert_fits(qtbot, small_window, "summary", shots)


def test_progress(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    small_window.home.progress_requested.emit()
    shown(qtbot, small_window, lambda: small_window.progress)
    assert_fits(qtbot, small_window, "progress", shots)


def test_word_list(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    small_window.home.progress_requested.emit()
    shown(qtbot, small_window, lambda: small_window.progress)
    small_window.progress.word_buttons["magazijn-installatie"].click()
    shown(qtbot, small_window, lambda: small_window.word_list)
    assert_fits(qtbot, small_window, "word-list", shots)


def test_decks_page(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    log_in_as_staff(qtbot, small_window)
    small_window.show_decks_action.trigger()
    shown(qtbot, small_window, lambda: small_window.decks_page)
    bundled = len(deckbuilder.bundled_deck_folders())
    qtbot.waitUntil(lambda: small_window.decks.count() == bundled)
    assert_fits(qtbot, small_window, "decks", shots)


def test_speech_page(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    controller = small_window.controller
    qtbot.waitUntil(lambda: controller.speech.state.state != "loading", timeout=10_000)  # type: ignore[union-attr]
    small_window.home.speech_button.click()
    shown(qtbot, small_window, lambda: small_window.speech_page)
    assert_fits(qtbot, small_window, "speech", shots)


def test_recording_page(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    small_window.recording_requested.emit("magazijn-installatie")
    shown(qtbot, small_window, lambda: small_window.recording)
    assert_fits(qtbot, small_window, "recording", shots)


def _meetings(qtbot, window: MainWindow) -> MeetingFlow:  # type: ignore[no-untyped-def]
    flow = window.controller.meetings  # type: ignore[union-attr]
    flow.voice = flow.player.voice = FakeMeetingVoice()
    window.home.meetings_button.click()
    shown(qtbot, window, lambda: flow.list_page)
    return flow


def test_meeting_list(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    _meetings(qtbot, small_window)
    assert_fits(qtbot, small_window, "meeting-list", shots)


def test_meeting_player(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    flow = _meetings(qtbot, small_window)
    flow.open_meeting("toolbox-veiligheid")
    shown(qtbot, small_window, lambda: flow.player)
    flow.player.play()
    flow.voice.advance(20)  # type: ignore[attr-defined]
    assert_fits(qtbot, small_window, "meeting-player", shots)


def test_meeting_listened_page(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    flow = _meetings(qtbot, small_window)
    small_window.show_page(flow.listened)  # after listening, when a meeting has no exercises
    flow.listened.show_meeting("Toolbox: veilig werken in het magazijn")
    assert_fits(qtbot, small_window, "meeting-listened", shots)


def _answer(qtbot, view, name: str) -> None:  # type: ignore[no-untyped-def]
    """Answer a meeting exercise as a learner would (wrongly, so the feedback is long)."""
    if name == "action_items":
        while not view.result.isVisible():
            view.choose(0)
            QApplication.processEvents()
        return
    if name == "summary":
        view.text.setPlainText("Veiligheidsschoenen dragen. Morgen om 2 uur de heftruck.")
    view.check()
    qtbot.waitUntil(view.result.isVisible, timeout=10_000)


def test_meeting_exercises(qtbot, small_window: MainWindow, shots: Path) -> None:  # type: ignore[no-untyped-def]
    flow = _meetings(qtbot, small_window)
    flow.open_meeting("toolbox-veiligheid")
    shown(qtbot, small_window, lambda: flow.player)
    flow.after_listening()
    exercises = flow.exercises
    assert exercises is not None
    small_window.activateWindow()  # offscreen, making the exercises (speech) deactivates it
    qtbot.waitUntil(small_window.isActiveWindow)
    qtbot.waitUntil(lambda: exercises.current_exercise != "", timeout=10_000)  # type: ignore[attr-defined]
    seen = []
    while exercises.current_exercise:  # type: ignore[attr-defined]
        name = exercises.current_exercise  # type: ignore[attr-defined]
        seen.append(name)  # action items: one question after the other
        assert_fits(qtbot, small_window, f"meeting-{name}-{len(seen)}", shots)
        view = exercises.steps[exercises.step][1]  # type: ignore[attr-defined]
        _answer(qtbot, view, name)
        assert_fits(qtbot, small_window, f"meeting-{name}-{len(seen)}-checked", shots)
        view.result.next_button.click()
        QApplication.processEvents()
    assert list(dict.fromkeys(seen)) == ["main_points", "action_items", "unknown_words", "summary"]
