"""The recording screen by keyboard, with a fake microphone: record, listen, store, delete."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from recording_data import DECK, SILENCE, TOO_LOUD, listener_of, word

from vaktaal.ui.recording.recording_page import RecordingPage
from vaktaal.ui.recording.take_panel import Step
from vaktaal.ui.speaking.capture import FakeMicrophone, Listener, no_microphone_message
from vaktaal.usecases.recordings import check_take

SPACE, DOWN, UP = Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_Up


class FakePlayer:
    def __init__(self) -> None:
        self.played: list[tuple[bytes, int]] = []

    def play(self, pcm: bytes, sample_rate: int) -> bool:
        self.played.append((pcm, sample_rate))
        return True

    def stop(self) -> None:
        pass


@pytest.fixture
def player() -> FakePlayer:
    return FakePlayer()


@pytest.fixture
def make_page(qtbot, library, on_screen, player, speaker, tasks):  # type: ignore[no-untyped-def]
    def make(*takes: bytes, problem: str | None = None) -> RecordingPage:
        page = RecordingPage(
            library, tasks, lambda: listener_of(*takes, problem=problem), player=player
        )
        page.speaker = speaker
        on_screen(page)
        page.show_deck(DECK)
        page.terms.setFocus()
        qtbot.waitUntil(page.terms.hasFocus)
        return page

    return make


@pytest.fixture
def requests(qtbot):  # type: ignore[no-untyped-def]
    """What a page asked the controller to do."""
    asked: list[tuple[object, ...]] = []

    def watch(page: RecordingPage) -> list[tuple[object, ...]]:
        page.save_requested.connect(
            lambda deck, term, pcm, rate: asked.append(("save", term, pcm, rate))
        )
        page.remove_requested.connect(lambda deck, term: asked.append(("remove", deck, term)))
        page.back_requested.connect(lambda: asked.append(("back",)))
        return asked

    return watch


def wait_for(qtbot, page: RecordingPage, step: Step) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.step is step, timeout=8000)


def test_keyboard_only_record_listen_and_store(qtbot, make_page, press, player, requests):  # type: ignore[no-untyped-def]
    page = make_page(word())
    asked = requests(page)
    assert page.panel.word.text() == "de heftruck"

    press(DOWN)
    assert page.panel.word.text() == "de palletwagen" and page.terms.hasFocus()
    assert not page.panel.save_button.isEnabled()
    press(SPACE)
    assert page.step is Step.LISTENING and page.panel.record_button.text() == "Stop"
    wait_for(qtbot, page, Step.GOOD_TAKE)
    assert page.panel.save_button.isEnabled() and page.terms.hasFocus()
    take = page.recorder.take
    assert check_take(take, 16_000) is None

    press(Qt.Key.Key_L)
    assert player.played == [(take, 16_000)]
    press(Qt.Key.Key_B)

    assert asked == [("save", "palletwagen", take, 16_000)]
    assert page.step is Step.SAVING and not page.panel.save_button.isEnabled()


def test_space_again_stops_the_recording(qtbot, make_page, press):  # type: ignore[no-untyped-def]
    page = make_page()
    never = 600_000  # ms: only a key press ends this recording
    page.recorder.listener_factory = lambda: Listener(
        FakeMicrophone(word(), interval_ms=5), silence_ms=never, max_ms=never
    )
    press(SPACE)
    qtbot.waitUntil(lambda: page.panel.status.text() == "Ik hoor je…")
    qtbot.wait(200)
    assert page.step is Step.LISTENING
    press(SPACE)
    wait_for(qtbot, page, Step.GOOD_TAKE)


@pytest.mark.parametrize(
    ("take", "expected"),
    [(SILENCE, "We hoorden niets"), (TOO_LOUD, "te hard")],
)
def test_a_bad_take_is_refused_with_the_reason_and_cannot_be_stored(
    qtbot, make_page, press, requests, take: bytes, expected: str
):  # type: ignore[no-untyped-def]
    page = make_page(take)
    asked = requests(page)
    press(SPACE)
    qtbot.waitUntil(lambda: expected in page.panel.status.text(), timeout=8000)
    assert page.step is Step.IDLE and page.recorder.take == b""
    assert not page.panel.save_button.isEnabled()
    press(Qt.Key.Key_B)
    page.save()
    assert asked == []


def test_no_microphone_says_so_and_the_screen_still_works(qtbot, make_page, press, speaker):  # type: ignore[no-untyped-def]
    page = make_page(problem=no_microphone_message())
    press(SPACE)
    qtbot.waitUntil(lambda: page.panel.status.text() == no_microphone_message())
    assert page.step is Step.IDLE and page.panel.record_button.isEnabled()
    press(DOWN)
    press(Qt.Key.Key_L)
    assert speaker.spoken == ["de palletwagen"]


def test_a_microphone_that_cannot_be_made_says_so(qtbot, make_page, press):  # type: ignore[no-untyped-def]
    page = make_page(word())

    def broken() -> Listener:
        raise RuntimeError("no audio backend")

    page.recorder.listener_factory = broken
    press(SPACE)
    assert page.panel.status.text() == no_microphone_message()
    assert page.step is Step.IDLE


def test_delete_asks_once_more_then_asks_the_controller(qtbot, make_page, press, requests):  # type: ignore[no-untyped-def]
    page = make_page(word())
    asked = requests(page)
    assert page.panel.delete_button.isEnabled()  # de heftruck has an own recording

    press(Qt.Key.Key_Delete)
    assert page.panel.delete_button.text() == "Echt verwijderen?" and asked == []
    press(Qt.Key.Key_Delete)
    assert asked == [("remove", "magazijn-installatie", "heftruck")]


def test_moving_on_cancels_a_delete_and_a_term_without_recording_has_none(
    qtbot, make_page, press, requests
):  # type: ignore[no-untyped-def]
    page = make_page(word())
    asked = requests(page)
    press(Qt.Key.Key_Delete)
    press(DOWN)
    assert page.panel.delete_button.text() == "Verwijderen"
    assert not page.panel.delete_button.isEnabled()
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_Delete)
    press(UP)
    press(Qt.Key.Key_Delete)
    assert asked == []


def test_another_term_or_leaving_drops_the_take(qtbot, make_page, press, requests):  # type: ignore[no-untyped-def]
    page = make_page(word())
    asked = requests(page)
    press(Qt.Key.Key_Return)
    wait_for(qtbot, page, Step.GOOD_TAKE)
    press(DOWN)
    assert page.recorder.take == b"" and not page.panel.save_button.isEnabled()
    press(Qt.Key.Key_Enter)
    wait_for(qtbot, page, Step.GOOD_TAKE)
    press(Qt.Key.Key_Escape)
    assert asked == [("back",)] and page.recorder.take == b""


def test_stored_and_deleted_show_the_new_state(qtbot, make_page, press):  # type: ignore[no-untyped-def]
    page = make_page(word())
    press(DOWN)
    press(SPACE)
    wait_for(qtbot, page, Step.GOOD_TAKE)
    page.save()
    terms = tuple(
        t if t.term_id != "palletwagen" else type(t)(t.term_id, t.display, t.pictogram, "x", True)
        for t in DECK.terms
    )
    page.recording_saved(type(DECK)(DECK.deck_id, DECK.title, terms), "palletwagen")

    assert page.panel.status.text().startswith("Bewaard")
    assert page.current_term() is not None and page.current_term().own
    assert page.panel.delete_button.isEnabled() and page.terms.hasFocus()
    item = page.terms.currentItem()
    assert "eigen opname" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    QApplication.processEvents()
