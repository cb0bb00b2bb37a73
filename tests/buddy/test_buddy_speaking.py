"""In a buddy session the buddy can set any spoken verdict to goed, bijna or nog eens; the
overrule is stored with the machine's own verdict. A learner cannot open the buddy screens."""

import pytest

pytest.importorskip("pytestqt")

from buddy_window import (  # noqa: E402
    AMAL_PIN,
    LEFT,
    WAIT_MS,
    choose_without_pin,
    log_in_as_buddy,
    make_data,
    open_window,
    when_modal,
)

from pcm_sounds import word  # noqa: E402
from vaktaal.app import open_backend  # noqa: E402
from vaktaal.core.practice.exercises import Exercise, ExerciseKind  # noqa: E402
from vaktaal.core.practice.rating import GOOD as GOOD_RATING  # noqa: E402
from vaktaal.speech.pronunciation import Level, PronunciationVerdict  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.profiles.pin_dialog import PinDialog  # noqa: E402
from vaktaal.ui.speaking.capture import FakeMicrophone, Listener  # noqa: E402
from vaktaal.ui.speaking.speaking_view import Phase  # noqa: E402
from vaktaal.ui.speaking.support import AGAIN, ALMOST, GOOD, SpeakingSupport  # noqa: E402
from vaktaal.usecases.learners import Learner  # noqa: E402

# (what the machine says, what the buddy makes of it)
OVERRULES = [(Level.AGAIN, GOOD), (Level.AGAIN, ALMOST), (Level.GOOD, AGAIN)]


def machine(levels):
    answers = list(levels)

    def judge(_pcm, exercise):
        level = answers.pop(0)
        target = exercise.item.term.term
        return PronunciationVerdict(level, target, target, target, ())

    return judge


def speaking_only(buddies, count):
    """The real plan, each exercise turned into a speaking one (the kind is random)."""
    plan = buddies.plan

    def speaking_plan(learner_id, minutes, speaking=False):
        session = plan(learner_id, minutes, speaking)
        session.exercises[:] = [Exercise(ExerciseKind.SPEAK, e.item) for e in session.exercises]
        del session.exercises[count:]
        return session

    return speaking_plan


def test_the_buddy_can_overrule_to_each_of_the_three_verdicts(qtbot, tmp_path, monkeypatch):
    folder = make_data(tmp_path)
    window = open_window(qtbot, folder)
    log_in_as_buddy(qtbot, window)
    flow = choose_without_pin(qtbot, window)
    buddies = window.controller.services.buddy
    monkeypatch.setattr(buddies, "plan", speaking_only(buddies, len(OVERRULES)))
    judge = machine(level for level, _buddy in OVERRULES)
    listener = lambda: Listener(FakeMicrophone(word()), max_ms=1500)  # noqa: E731
    flow.can_speak = lambda: True
    flow.speaking_support = lambda: SpeakingSupport(listener, judge)
    qtbot.mouseClick(flow.length_page.buttons[15], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.session_page, timeout=WAIT_MS)
    view = flow.running.page.speaking
    assert view is not None and view.panel.buddy_buttons.isVisibleTo(view.panel)
    for machine_level, buddy_level in OVERRULES:
        assert view.listen()
        qtbot.waitUntil(lambda: view.phase is Phase.VERDICT, timeout=WAIT_MS)
        assert view.machine_level == machine_level
        qtbot.mouseClick(view.panel.choices[buddy_level], LEFT)
        assert view.final_level == buddy_level
        assert view.panel.message.text().startswith("Buddy:")
        qtbot.mouseClick(view.panel.next_button, LEFT)
    practice = flow.running.page
    assert practice.current_view is practice.recall  # "nog eens" comes back once, as a card
    practice.recall.reveal()
    practice.recall.rating_buttons[GOOD_RATING].click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.end_page, timeout=WAIT_MS)
    backend = open_backend(folder, speaker=FakeSpeaker())
    try:
        bilal = next(p for p in backend.learners.all() if p.name == "Bilal")
        stored = backend.practice_store.spoken_attempts(bilal.id)
        history = backend.services.buddy.history(bilal.id)
    finally:
        backend.close()
    assert [(a.machine, a.final, a.overruled) for a in stored] == [
        ("wrong", "right", True),
        ("wrong", "almost", True),
        ("right", "wrong", True),
    ]
    assert history[0].answers == 4


def test_a_learner_session_cannot_open_the_buddy_screens(qtbot, tmp_path) -> None:
    window = open_window(qtbot, make_data(tmp_path))
    qtbot.waitUntil(lambda: len(window.picker.grid.tiles) == 2, timeout=WAIT_MS)
    amal = next(t for t in window.picker.grid.tiles if t.toolTip() == "Amal")

    def typing(dialog) -> None:
        for digit in AMAL_PIN:
            qtbot.keyClick(dialog, digit)

    when_modal(PinDialog, typing)
    qtbot.mouseClick(amal, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT_MS)
    flow = window.controller.staff_flow.buddy
    flow.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)
    assert window.controller.learner is None  # sent back to the profiles, logged out
    flow = window.controller.staff_flow.buddy  # the pages were made again in Dutch
    flow.learner = Learner(1, "Amal", ("ar",), "openmoji:1F600", True, ())
    flow.begin(15)  # even when called directly: no session without a buddy
    qtbot.wait(200)
    assert flow.running is None and window.stack.currentWidget() is window.picker
    assert not flow.choice_page.isVisible() and not flow.session_page.isVisible()
