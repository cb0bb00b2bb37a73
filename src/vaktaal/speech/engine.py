"""The app's speech recognition as a whole: find and load the model (slow: call `load` in
the background), then judge spoken attempts. Its state is shown in the app."""

import logging
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from vaktaal.core.practice.exercises import Exercise
from vaktaal.paths import Paths
from vaktaal.speech.live_check import LiveCheck
from vaktaal.speech.models import ModelProblem, find_model
from vaktaal.speech.phonetics import EspeakPhonemizer, Phonemizer
from vaktaal.speech.pronunciation import (
    CLOSE_ENOUGH,
    PronunciationChecker,
    PronunciationVerdict,
    choose_similar_words,
)
from vaktaal.speech.recognition import Recognizer

log = logging.getLogger(__name__)

LOADING = "loading"


@dataclass(frozen=True)
class SpeechState:
    state: str  # "loading", "ready", "missing" or "broken"
    message: str
    dutch: bool = False
    language: str | None = None  # of a ready model, when known

    @property
    def other_language(self) -> bool:
        """A model of another language: it cannot judge Dutch words, so it is not used."""
        return self.state == "ready" and self.language not in (None, "nl")


class SpeechEngine:
    def __init__(
        self,
        paths: Paths,
        env: Mapping[str, str] = os.environ,
        load: Callable[[Path], Recognizer] | None = None,
        phonemizer: Phonemizer | None = None,
    ) -> None:
        self.paths = paths
        self.env = env
        self._load_recognizer = load or _load_vosk
        self._phonemizer = phonemizer
        self.checker: PronunciationChecker | None = None
        self.state = SpeechState(LOADING, "")
        self._deck_words: dict[str, list[str]] = {}
        self._similar: dict[tuple[str, str], list[str]] = {}
        self._lock = threading.Lock()
        self._shift = 0.0

    @property
    def ready(self) -> bool:
        return self.checker is not None

    def load(self) -> SpeechState:
        """Find and load the model; slow (seconds). Never raises: the state says what is wrong."""
        status = find_model(self.paths, self.env)
        if not status.ready or status.path is None:
            return self._set(SpeechState(status.state, status.message))
        try:
            recognizer = self._load_recognizer(status.path)
        except (ModelProblem, OSError, RuntimeError) as problem:
            log.warning("speech model could not be loaded: %s", problem)
            return self._set(SpeechState("broken", str(problem)))
        self.checker = PronunciationChecker(recognizer, self._phonemizer or EspeakPhonemizer())
        self.calibrate(self._shift)
        return self._set(
            SpeechState("ready", status.message, dutch=status.dutch, language=status.language)
        )

    def calibrate(self, shift: float) -> None:
        """Loosen (+) or tighten (-) the check for the learner who practises now: the
        phonetic similarity it needs is CLOSE_ENOUGH - shift (core.practice.calibration)."""
        self._shift = shift
        if self.checker is not None:
            self.checker.close_enough = CLOSE_ENOUGH - shift

    def _set(self, state: SpeechState) -> SpeechState:
        self.state = state
        return state

    def use_deck_words(self, words_by_deck: Mapping[str, Sequence[str]]) -> None:
        """The words of the decks being practised: candidates that sound like the target."""
        with self._lock:
            self._deck_words = {deck: list(words) for deck, words in words_by_deck.items()}
            self._similar.clear()

    def judge(self, pcm: bytes, exercise: Exercise) -> PronunciationVerdict:
        """Was the word understood? Blocks while decoding: call it off the GUI thread."""
        if self.checker is None:
            raise RuntimeError("the speech model is not loaded")
        target = exercise.item.term.display
        similar = self._similar_words(exercise.item.deck_id, target)
        return self.checker.check(pcm, target, similar)

    def start_check(self, exercise: Exercise) -> LiveCheck:
        """A check that decodes while the learner speaks; returns at once (threads do the
        work). Feed it the utterance as it comes, then `finish` it in the background."""
        if self.checker is None:
            raise RuntimeError("the speech model is not loaded")
        target = exercise.item.term.display
        return LiveCheck(
            self.checker, target, lambda: self._similar_words(exercise.item.deck_id, target)
        )

    def _similar_words(self, deck_id: str, target: str) -> list[str]:
        with self._lock:
            key = (deck_id, target)
            if key not in self._similar and self.checker is not None:
                words = self._deck_words.get(deck_id, [])
                phonemizer = self.checker.phonemizer
                self._similar[key] = choose_similar_words(target, words, phonemizer)
            return self._similar.get(key, [])


def _load_vosk(path: Path) -> Recognizer:
    from vaktaal.speech.vosk_engine import VoskRecognizer  # imports the vosk library: slow

    return VoskRecognizer.load(path)
