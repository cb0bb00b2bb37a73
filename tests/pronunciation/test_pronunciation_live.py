"""A LiveCheck decodes both passes while the word is said, then judges as `check` would."""

import threading
from collections.abc import Sequence

import pytest
from test_pronunciation_logic import SIMILAR, SOUNDS, said

from vaktaal.speech.live_check import LiveCheck
from vaktaal.speech.phonetics import FakePhonemizer
from vaktaal.speech.pronunciation import Level, PronunciationChecker, restricted_grammar
from vaktaal.speech.recognition import Cancelled, FakeRecognizer, FakeStream, Transcript

PIECES = [b"\x01\x00" * 1600, b"\x02\x00" * 1600, b"\x03\x00" * 800]
UTTERANCE = b"".join(PIECES)


def live(free: str, restricted: str, similar: Sequence[str] = SIMILAR) -> LiveCheck:
    recognizer = FakeRecognizer(free=[said(free)], restricted=[said(restricted)])
    checker = PronunciationChecker(recognizer, FakePhonemizer(SOUNDS))
    return LiveCheck(checker, "heftruck", lambda: similar)


def recognizer_of(check: LiveCheck) -> FakeRecognizer:
    recognizer = check.checker.recognizer
    assert isinstance(recognizer, FakeRecognizer)
    return recognizer


@pytest.mark.parametrize(
    ("free", "restricted", "level"),
    [
        ("heftruck", "heftruck", Level.GOOD),
        ("heftrok", "hefbrug", Level.ALMOST),
        ("koffiemachine", "pallet", Level.AGAIN),
    ],
)
def test_the_verdict_is_the_same_as_checking_afterwards(
    free: str, restricted: str, level: Level
) -> None:
    check = live(free, restricted)
    for piece in PIECES:
        check.feed(piece)
    verdict = check.finish(UTTERANCE)
    assert verdict.level is level
    assert verdict.heard == free and verdict.heard_restricted == restricted
    afterwards = PronunciationChecker(
        FakeRecognizer(free=[said(free)], restricted=[said(restricted)]), FakePhonemizer(SOUNDS)
    ).check(UTTERANCE, "heftruck", SIMILAR)
    assert (verdict.level, verdict.reasons) == (afterwards.level, afterwards.reasons)


def test_both_passes_get_all_the_audio_and_the_restricted_one_its_grammar() -> None:
    check = live("heftruck", "heftruck")
    for piece in PIECES:
        check.feed(piece)
    check.finish(UTTERANCE)
    grammar = tuple(restricted_grammar("heftruck", SIMILAR))
    assert sorted(recognizer_of(check).calls, key=str) == sorted(
        [(len(UTTERANCE), None), (len(UTTERANCE), grammar)], key=str
    )
    assert set(check.similar) == set(SIMILAR)


def test_feeding_returns_at_once_while_the_passes_are_busy() -> None:
    release = threading.Event()

    class SlowStream(FakeStream):
        def feed(self, pcm: bytes) -> None:
            release.wait(5)  # decoding is slow
            super().feed(pcm)

    class SlowRecognizer(FakeRecognizer):
        def stream(self, grammar: Sequence[str] | None = None) -> FakeStream:
            return SlowStream(self, tuple(grammar) if grammar is not None else None)

    recognizer = SlowRecognizer(free=[said("heftruck")], restricted=[said("heftruck")])
    check = LiveCheck(PronunciationChecker(recognizer, FakePhonemizer(SOUNDS)), "heftruck")
    waiter = threading.Event()
    fed = threading.Thread(target=lambda: ([check.feed(p) for p in PIECES], waiter.set()))
    fed.start()
    assert waiter.wait(1), "feed blocked on decoding"
    release.set()
    assert check.finish(UTTERANCE).level is Level.GOOD


def test_the_passes_run_in_threads_of_their_own() -> None:
    threads: list[str] = []

    class Recording(FakeRecognizer):
        def stream(self, grammar: Sequence[str] | None = None) -> FakeStream:
            threads.append(threading.current_thread().name)
            return super().stream(grammar)

    recognizer = Recording(free=[said("heftruck")], restricted=[said("heftruck")])
    check = LiveCheck(PronunciationChecker(recognizer, FakePhonemizer(SOUNDS)), "heftruck")
    check.feed(UTTERANCE)
    check.finish(UTTERANCE)
    assert sorted(threads) == ["vaktaal-free-pass", "vaktaal-restricted-pass"]


def test_cancel_makes_finish_raise_cancelled() -> None:
    check = live("heftruck", "heftruck")
    check.feed(UTTERANCE)
    check.cancel()
    with pytest.raises(Cancelled):
        check.finish()
    assert recognizer_of(check).calls == []  # no final results were asked


def test_other_audio_than_what_was_fed_is_checked_from_scratch() -> None:
    check = live("heftruck", "heftruck")
    check.feed(PIECES[0])
    verdict = check.finish(UTTERANCE)  # the recording holds more than was fed
    assert verdict.level is Level.GOOD
    # the live passes gave no result; both passes decoded the whole utterance afresh
    assert [length for length, _grammar in recognizer_of(check).calls] == [len(UTTERANCE)] * 2


def test_a_failing_pass_makes_finish_raise() -> None:
    class Broken(FakeRecognizer):
        def stream(self, grammar: Sequence[str] | None = None) -> FakeStream:
            raise RuntimeError("the recognizer could not be made")

    check = LiveCheck(PronunciationChecker(Broken(), FakePhonemizer(SOUNDS)), "heftruck")
    check.feed(UTTERANCE)
    with pytest.raises(RuntimeError):
        check.finish(UTTERANCE)


def test_timings_of_what_is_left_after_the_end_of_speech() -> None:
    check = live("heftruck", "heftruck")
    check.feed(UTTERANCE)
    verdict = check.finish(UTTERANCE)
    assert set(verdict.timings) == {"free", "restricted", "phonetic", "total"}
    assert verdict.timings["total"] >= verdict.timings["phonetic"] >= 0


def test_an_empty_transcript_is_nothing_heard() -> None:
    recognizer = FakeRecognizer(free=[Transcript("")], restricted=[Transcript("")])
    check = LiveCheck(PronunciationChecker(recognizer, FakePhonemizer(SOUNDS)), "heftruck")
    assert check.finish(b"").level is Level.AGAIN
