"""New before tested, through the practice page on a real database: a word marked "kende ik
niet" in a meeting is first shown as a new-word card (picture, word, audio, explanation,
gloss), and it plays by itself; only a later session asks for it."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from vaktaal.app import Backend, install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.core.practice.rating import GOOD
from vaktaal.core.practice.session import Outcome, PracticeSession
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.practice.practice_page import PracticePage
from vaktaal.ui.practice.sounds import SoundOptions

DECK = "magazijn-installatie"
DAY = 86_400
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def backend(tmp_path):  # type: ignore[no-untyped-def]
    clock = FakeClock(datetime(2026, 11, 24, 9, tzinfo=UTC))
    opened = open_backend(tmp_path / "data", clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(opened)
    yield opened
    opened.close()


def practised_learner(backend: Backend) -> int:
    """A learner who practised one session three days ago, then marked three words of the
    deck that they never saw as "kende ik niet" in a meeting."""
    learner = backend.learners.add("Amal", ["ar"], decks=[DECK]).id
    session = backend.practice.start_session(learner)
    while not session.finished:
        session.show()
        backend.practice.record(learner, session.rate(GOOD))
    backend.clock.advance(3 * DAY)  # type: ignore[attr-defined]
    return learner


def answer_with_the_mouse(qtbot, page: PracticePage) -> None:  # type: ignore[no-untyped-def]
    exercise = page.session.current if page.session else None
    assert exercise is not None
    if exercise.kind is ExerciseKind.RECALL:
        if page.recall.reveal_button.isVisible():
            qtbot.mouseClick(page.recall.reveal_button, LEFT)
        qtbot.mouseClick(page.recall.rating_buttons[GOOD], LEFT)
        return
    view = page.current_view
    assert hasattr(view, "finish") and hasattr(view, "feedback")
    view.finish(Verdict.RIGHT)
    qtbot.mouseClick(view.feedback.next_button, LEFT)


def test_a_word_from_a_meeting_is_a_new_word_card_before_any_exercise_asks_for_it(
    qtbot, on_screen, library, keys, backend: Backend
) -> None:
    learner = practised_learner(backend)
    unknown = [item.term.id for item in backend.practice_store.new_items(learner, 45)][-3:]
    assert backend.meetings.add_unknown_words(learner, DECK, unknown) == 3
    speaker = FakeSpeaker()
    recorded: list[Outcome] = []
    page = PracticePage(
        library, speaker, recorded.append, "ar", keys=keys, sounds=SoundOptions(autoplay=True)
    )
    on_screen(page)
    session: PracticeSession = backend.practice.start_session(learner)

    page.start(session)
    seen: dict[str, tuple[ExerciseKind, bool, bool, str]] = {}
    kinds = set()
    while page.session is not None:
        exercise = page.session.current
        assert exercise is not None
        kinds.add(exercise.kind)
        term = exercise.item.term
        if term.id in unknown and term.id not in seen:
            card = page.recall.card
            shown = page.stack.currentWidget() is page.recall and page.recall.new_label.isVisible()
            details = card.details.isVisible() and card.gloss_box.isVisible()
            seen[term.id] = (exercise.kind, shown, details, card.word_label.text())
            assert speaker.spoken[-1] == term.display  # the new word plays by itself
        answer_with_the_mouse(qtbot, page)

    assert kinds - {ExerciseKind.RECALL}, "the session also tests words the learner knows"
    displays = {i.term.id: i.term.display for e in session.exercises for i in [e.item]}
    assert seen == {
        term_id: (ExerciseKind.RECALL, True, True, displays[term_id]) for term_id in unknown
    }
    assert all(o.exercise.kind is ExerciseKind.RECALL for o in recorded if o.exercise.item.is_new)
