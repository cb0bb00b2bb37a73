"""The app's speech engine: its state for every kind of model folder, and judging attempts."""

from pathlib import Path

import pytest
from speech_fakes import write_model

from vaktaal.core.model import Term
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.paths import Paths
from vaktaal.speech.engine import SpeechEngine
from vaktaal.speech.models import ModelProblem
from vaktaal.speech.phonetics import FakePhonemizer
from vaktaal.speech.pronunciation import Level
from vaktaal.speech.recognition import FakeRecognizer, Transcript


def model_folder(root: Path) -> Path:
    folder = root / "models" / "vosk-model-small-xx-0.1"
    return write_model(folder)  # plausible headers: model_check refuses nonsense files


def exercise(word: str, deck: str = "d") -> Exercise:
    term = Term(word, word, "noun", "uitleg", "voorbeeld", "asset:x.svg", {"en": word}, "de")
    return Exercise(ExerciseKind.SPEAK, PracticeItem(1, deck, term, card_id=1))


def test_without_a_model_the_engine_explains_what_to_do(tmp_path: Path) -> None:
    engine = SpeechEngine(Paths.create(tmp_path), env={})
    assert engine.state.state == "loading"
    state = engine.load()
    assert state.state == "missing" and not engine.ready
    assert "vaktaal speech install" in state.message


def test_a_model_that_does_not_load_is_reported_as_broken(tmp_path: Path) -> None:
    model_folder(tmp_path)

    def refuse(_path: Path) -> FakeRecognizer:
        raise ModelProblem("Het spraakmodel is kapot.")

    engine = SpeechEngine(Paths.create(tmp_path), env={}, load=refuse)
    assert engine.load().state == "broken"
    assert engine.state.message == "Het spraakmodel is kapot."
    assert not engine.ready


def test_a_loaded_engine_judges_with_similar_words_of_the_deck(tmp_path: Path) -> None:
    folder = model_folder(tmp_path)
    heard = Transcript("de heftruck")
    recognizer = FakeRecognizer(free=[heard], restricted=[Transcript("heftruck")])
    loaded: list[Path] = []

    def load(path: Path) -> FakeRecognizer:
        loaded.append(path)
        return recognizer

    engine = SpeechEngine(Paths.create(tmp_path), env={}, load=load, phonemizer=FakePhonemizer())
    assert engine.load().state == "ready"
    assert loaded == [folder]
    engine.use_deck_words({"d": ["de heftruck", "de hefboom", "het magazijn", "de helm"]})

    verdict = engine.judge(b"\0\0" * 16_000, exercise("heftruck"))

    assert verdict.level is Level.GOOD
    grammar = recognizer.calls[-1][1]
    assert grammar is not None and "heftruck" in " ".join(grammar)
    assert any("hefboom" in phrase for phrase in grammar)


def test_a_live_check_uses_the_similar_words_of_the_deck(tmp_path: Path) -> None:
    model_folder(tmp_path)
    recognizer = FakeRecognizer(free=[Transcript("heftruck")], restricted=[Transcript("heftruck")])
    engine = SpeechEngine(
        Paths.create(tmp_path), env={}, load=lambda _p: recognizer, phonemizer=FakePhonemizer()
    )
    engine.load()
    engine.use_deck_words({"d": ["de heftruck", "de hefboom", "het magazijn"]})
    live = engine.start_check(exercise("heftruck"))
    live.feed(b"\0\0" * 8000)
    verdict = live.finish(b"\0\0" * 8000)
    assert verdict.level is Level.GOOD
    grammars = [grammar for _length, grammar in recognizer.calls if grammar is not None]
    assert len(grammars) == 1 and any("hefboom" in phrase for phrase in grammars[0])
    assert all(length == 16_000 for length, _grammar in recognizer.calls)


def test_no_live_check_without_a_model(tmp_path: Path) -> None:
    engine = SpeechEngine(Paths.create(tmp_path), env={})
    engine.load()
    with pytest.raises(RuntimeError):
        engine.start_check(exercise("heftruck"))
