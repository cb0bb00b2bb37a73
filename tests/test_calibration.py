"""The speaking check learns from buddies: made-up overrule histories give a bounded shift
and an agreement figure; the use case reads real attempts; the engine applies the shift."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.model import Term
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.calibration import (
    MAX_SHIFT,
    MIN_OVERRULES,
    SpokenAttempt,
    calibrate,
)
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.session import PracticeSession
from vaktaal.paths import Paths
from vaktaal.speech.engine import SpeechEngine
from vaktaal.speech.phonetics import FakePhonemizer
from vaktaal.speech.pronunciation import CLOSE_ENOUGH, Level
from vaktaal.speech.recognition import FakeRecognizer, Transcript
from vaktaal.speech.tts import FakeSpeaker

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
RIGHT, ALMOST, WRONG = "right", "almost", "wrong"


def history(*given: tuple[str, str], days_ago: float = 1, agreed: int = 0) -> list[SpokenAttempt]:
    """(machine, buddy) overrules plus `agreed` attempts nobody changed."""
    when = NOW - timedelta(days=days_ago)
    overrules = [SpokenAttempt(when, machine, buddy, True) for machine, buddy in given]
    return overrules + [SpokenAttempt(when, RIGHT, RIGHT, False) for _ in range(agreed)]


def test_without_attempts_there_is_no_shift_and_no_agreement() -> None:
    calibration = calibrate([], NOW)
    assert calibration.shift == 0.0 and calibration.agreement is None
    assert calibration.attempts == calibration.overrules == 0


def test_too_few_overrules_change_nothing_but_do_count_for_agreement() -> None:
    few = history(*[(WRONG, RIGHT)] * (MIN_OVERRULES - 1), agreed=4)
    calibration = calibrate(few, NOW)
    assert calibration.shift == 0.0
    assert calibration.overrules == MIN_OVERRULES - 1
    assert calibration.agreement == pytest.approx(4 / 8)


def test_nog_eens_turned_into_goed_loosens_up_to_the_bound() -> None:
    looser = calibrate(history(*[(WRONG, RIGHT)] * 10), NOW)
    assert looser.shift == MAX_SHIFT  # lean +2 levels: clamped
    assert looser.agreement == 0.0


def test_goed_turned_into_nog_eens_tightens_down_to_the_bound() -> None:
    stricter = calibrate(history(*[(RIGHT, WRONG)] * 6, (ALMOST, WRONG)), NOW)
    assert stricter.shift == -MAX_SHIFT


def test_a_few_overrules_among_many_agreements_shift_a_little() -> None:
    mostly_right = calibrate(history(*[(ALMOST, RIGHT)] * 5, agreed=45), NOW)
    assert mostly_right.shift == pytest.approx(0.02)  # 5 of 50 one level up: lean 0.1
    assert mostly_right.agreement == pytest.approx(0.9)


def test_overrules_both_ways_cancel_out() -> None:
    mixed = calibrate(history(*[(ALMOST, RIGHT)] * 3, *[(ALMOST, WRONG)] * 3), NOW)
    assert mixed.shift == 0.0 and mixed.overrules == 6 and mixed.agreement == 0.0


def test_an_overrule_to_the_same_level_is_agreement() -> None:
    same = calibrate(history(*[(ALMOST, ALMOST)] * 6, agreed=2), NOW)
    assert same.overrules == 0 and same.agreement == 1.0 and same.shift == 0.0


def test_recent_overrules_weigh_more_than_old_ones() -> None:
    old_strict = history(*[(RIGHT, ALMOST)] * 6, days_ago=120)
    new_loose = history(*[(ALMOST, RIGHT)] * 6, days_ago=1)
    calibration = calibrate(old_strict + new_loose, NOW)
    assert 0 < calibration.shift <= MAX_SHIFT  # the recent, looser ones win
    reverse = calibrate(
        history(*[(RIGHT, ALMOST)] * 6, days_ago=1) + history(*[(ALMOST, RIGHT)] * 6, days_ago=120),
        NOW,
    )
    assert reverse.shift == -calibration.shift


@pytest.fixture
def world(tmp_path):
    clock = FakeClock(NOW)
    backend = open_backend(tmp_path / "data", clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    deck = "magazijn-installatie"
    learner = backend.learners.add("Amal", ["ar"], decks=[deck])
    pool = backend.practice_store.pools([deck])[deck]
    yield backend, clock, learner, pool
    backend.close()


def speak(world, index: int, machine: Verdict, buddy: Verdict | None = None) -> None:
    """A speaking exercise answered through the use case, maybe overruled by a buddy."""
    backend, clock, learner, pool = world
    found = pool[index]
    item = PracticeItem(found.term_pk, found.deck_id, found.term)
    session = PracticeSession([Exercise(ExerciseKind.SPEAK, item)], clock)
    session.show()
    clock.advance(4)
    if buddy is None:
        outcome = session.answer(machine, heard=found.term.display)
    else:
        outcome = session.answer(buddy, heard="iets", overruled_from=machine)
    backend.practice.record(learner.id, outcome)


def test_the_use_case_reads_the_overrules_of_one_learner(world) -> None:
    backend, _clock, learner, _pool = world
    other = backend.learners.add("Bram", ["en"], decks=["magazijn-installatie"])
    for index in range(6):
        speak(world, index, Verdict.WRONG, Verdict.RIGHT)  # the buddy heard it well
    for index in range(6, 10):
        speak(world, index, Verdict.RIGHT)
    calibration = backend.practice.speaking_calibration(learner.id)
    assert calibration.attempts == 10 and calibration.overrules == 6
    assert calibration.agreement == pytest.approx(0.4)
    assert calibration.shift == MAX_SHIFT
    nobody = backend.practice.speaking_calibration(other.id)
    assert nobody.attempts == 0 and nobody.shift == 0.0


def engine(tmp_path: Path, heard: str) -> SpeechEngine:
    folder = tmp_path / "models" / "vosk-model-small-xx-0.1"
    fst = b"\xd6\xfd\xb2\x7e"  # the first bytes model_check expects of each file
    heads = {"am/final.mdl": b"\0B<TransitionModel>", "graph/Gr.fst": fst, "graph/HCLr.fst": fst}
    for name in ("am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "graph/Gr.fst"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(heads.get(name, b"x"))
    (folder / "graph/HCLr.fst").write_bytes(heads["graph/HCLr.fst"])
    recognizer = FakeRecognizer(
        free=[Transcript(heard)] * 3, restricted=[Transcript("heftruck")] * 3
    )
    speech = SpeechEngine(
        Paths.create(tmp_path), env={}, load=lambda _p: recognizer, phonemizer=FakePhonemizer()
    )
    assert speech.load().state == "ready"
    return speech


def spoken() -> Exercise:
    term = Term("heftruck", "heftruck", "noun", "u", "v", "asset:x.svg", {"en": "x"}, "de")
    return Exercise(ExerciseKind.SPEAK, PracticeItem(1, "d", term, card_id=1))


def test_a_looser_check_says_goed_where_the_default_says_bijna(tmp_path: Path) -> None:
    speech = engine(tmp_path, "hevtrak")  # sounds 0.69 like "heftruck"
    assert speech.judge(b"\0\0" * 1600, spoken()).level is Level.ALMOST
    speech.calibrate(MAX_SHIFT)
    assert speech.checker is not None
    assert speech.checker.close_enough == pytest.approx(CLOSE_ENOUGH - MAX_SHIFT)
    assert speech.judge(b"\0\0" * 1600, spoken()).level is Level.GOOD


def test_a_stricter_check_says_bijna_where_the_default_says_goed(tmp_path: Path) -> None:
    speech = engine(tmp_path, "heftrok")  # sounds 0.75 like "heftruck"
    assert speech.judge(b"\0\0" * 1600, spoken()).level is Level.GOOD
    speech.calibrate(-MAX_SHIFT)
    assert speech.judge(b"\0\0" * 1600, spoken()).level is Level.ALMOST
    speech.calibrate(0.0)
    assert speech.judge(b"\0\0" * 1600, spoken()).level is Level.GOOD


def test_the_app_calibrates_the_check_when_a_speaking_session_starts(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    pytest.importorskip("pytestqt")
    from vaktaal.ui.launcher import create_window

    clock = FakeClock(NOW)
    backend = open_backend(tmp_path / "data", clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    deck = "magazijn-installatie"
    learner = backend.learners.add("Amal", ["ar"], decks=[deck])
    pool = backend.practice_store.pools([deck])[deck]
    for index in range(6):
        speak((backend, clock, learner, pool), index, Verdict.WRONG, Verdict.RIGHT)
    backend.close()

    window = create_window(tmp_path / "data", clock=clock, speaker=FakeSpeaker())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.controller is not None, timeout=20_000)
    controller = window.controller
    controller.speech = engine(tmp_path / "speech", "heftruck")
    monkeypatch.setattr(controller, "can_speak", lambda: True)
    controller.learner = learner
    controller.start_practice(deck)
    checker = controller.speech.checker
    qtbot.waitUntil(lambda: checker.close_enough < CLOSE_ENOUGH, timeout=10_000)
    assert checker.close_enough == pytest.approx(CLOSE_ENOUGH - MAX_SHIFT)
