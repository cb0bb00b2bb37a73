"""The real recognizer: a Vosk (Kaldi) model, loaded once, with audio streamed through it.

Loading takes seconds and hundreds of MB, so the caller does it off the GUI thread
(`VoskRecognizer.load(path)`). `transcribe` handles one call at a time (a lock); streams
each have a KaldiRecognizer of their own, so they never see each other's state.

Free decoding (no grammar) reuses its KaldiRecognizers: each one composes the model's two
graphs on the fly and caches what it composed, so a fresh one is several times slower than
one that has decoded before (Korean model, 1.3 s word: 1.2 s fresh, 0.1 s reused). A reused
one is finalised after every utterance, so it keeps no audio or result of earlier ones.
"""

import json
import logging
import random
import struct
import threading
import time
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO

import vosk

from vaktaal.core.i18n import _
from vaktaal.speech.models import ModelProblem, damage_message, missing_model_parts, model_root
from vaktaal.speech.recognition import SAMPLE_RATE, UNKNOWN, Cancelled, Transcript, Word

log = logging.getLogger(__name__)

CHUNK_SECONDS = 0.25
BYTES_PER_SAMPLE = 2
LOCK_POLL_SECONDS = 0.05
QUIET = -1  # Kaldi log level: warnings and errors only
FST_MAGIC = 2125659606  # OpenFst binary header
SYMBOL_TABLE_MAGIC = 2125658996
HAS_INPUT_SYMBOLS, HAS_OUTPUT_SYMBOLS = 1, 2
MAX_IDLE = 2  # free-decoding recognizers kept for reuse (one per live attempt is enough)
# A reused recognizer's cache grows with every new utterance (Korean model: +400 MB over
# 400 utterances, slowing down); after this many it is replaced by a fresh one.
MAX_UTTERANCES = 200


@dataclass
class _Kaldi:
    """A KaldiRecognizer and the seconds of audio it decoded before: Vosk's word times go on
    counting over the utterances of one recognizer, a stream's must start at 0."""

    recognizer: Any
    seconds_before: float = 0.0
    utterances: int = 0


class VoskRecognizer:
    """Recognizer over a Vosk model folder; construction loads the model (slow)."""

    def __init__(self, model_path: str | Path, sample_rate: int = SAMPLE_RATE) -> None:
        if sample_rate <= 0:
            raise ValueError(f"sample rate must be positive, not {sample_rate}")
        self.model_path = model_root(Path(model_path))
        self.sample_rate = sample_rate
        started = time.perf_counter()
        self._model = _load_model(self.model_path)
        self.load_seconds = time.perf_counter() - started
        self._lock = threading.Lock()
        self._idle: list[_Kaldi] = []  # free-decoding KaldiRecognizers, ready for reuse
        self._idle_lock = threading.Lock()
        log.info("speech model %s loaded in %.1f s", self.model_path, self.load_seconds)

    @classmethod
    def load(cls, model_path: str | Path, sample_rate: int = SAMPLE_RATE) -> "VoskRecognizer":
        """Load a model and warm it up (seconds; run it in the background).
        Raises ModelProblem."""
        recognizer = cls(model_path, sample_rate)
        recognizer.warm_up()
        return recognizer

    def transcribe(
        self,
        pcm: bytes,
        grammar: Sequence[str] | None = None,
        cancel: threading.Event | None = None,
    ) -> Transcript:
        """Recognise 16-bit mono PCM; with a grammar only its phrases (and [unk]) are heard.

        Raises Cancelled as soon as `cancel` is set (checked every CHUNK_SECONDS of audio,
        and while waiting for another call on this recognizer to finish)."""
        self._acquire(cancel)
        try:
            _check(cancel)
            stream = self.stream(grammar)
            try:
                step = int(self.sample_rate * CHUNK_SECONDS) * BYTES_PER_SAMPLE
                for offset in range(0, len(pcm), step):
                    _check(cancel)
                    stream.feed(pcm[offset : offset + step])
                _check(cancel)
            except Cancelled:
                stream.close()
                raise
            return stream.result()
        finally:
            self._lock.release()

    def stream(self, grammar: Sequence[str] | None = None) -> "VoskStream":
        """A stream of its own: streams can be fed from different threads at the same time,
        and do not wait for `transcribe`. Free ones reuse an idle KaldiRecognizer."""
        if grammar is not None:
            return VoskStream(_Kaldi(self._new_recognizer(grammar)))
        with self._idle_lock:
            kaldi = self._idle.pop() if self._idle else None
        return VoskStream(kaldi or _Kaldi(self._new_recognizer(None)), self._give_back)

    def warm_up(self, seconds: float = 1.0) -> None:
        """Decode a moment of room noise, so the first word the learner says does not pay
        for setting up free decoding (about half a second). Slow: call it in the background."""
        noise = random.Random(0)
        hiss = array("h", (noise.randint(-40, 40) for _ in range(int(seconds * SAMPLE_RATE))))
        stream = self.stream()
        stream.feed(hiss.tobytes())
        stream.result()

    def _give_back(self, kaldi: _Kaldi) -> None:
        with self._idle_lock:
            if len(self._idle) < MAX_IDLE and kaldi.utterances < MAX_UTTERANCES:
                self._idle.append(kaldi)

    def missing_words(self, phrases: Sequence[str]) -> list[str]:
        """Words of `phrases` this model does not know. Vosk silently leaves them out of a
        grammar, so they can never be heard. Empty when the vocabulary cannot be read.
        Reads the graph the first time (about a second): call it off the GUI thread."""
        if self.vocabulary is None:
            return []
        words = dict.fromkeys(word for phrase in phrases for word in phrase.lower().split())
        return [word for word in words if word not in self.vocabulary]

    @cached_property
    def vocabulary(self) -> frozenset[str] | None:
        return model_vocabulary(self.model_path)

    def _acquire(self, cancel: threading.Event | None) -> None:
        while not self._lock.acquire(timeout=LOCK_POLL_SECONDS):
            _check(cancel)

    def _new_recognizer(self, grammar: Sequence[str] | None) -> Any:
        if grammar is None:
            recognizer = vosk.KaldiRecognizer(self._model, self.sample_rate)
        else:
            recognizer = vosk.KaldiRecognizer(self._model, self.sample_rate, grammar_json(grammar))
        recognizer.SetWords(True)
        return recognizer


class VoskStream:
    """One utterance through one KaldiRecognizer; see RecognitionStream. When it is done,
    the recognizer, finalised, goes to `give_back` (for reuse), if there is one."""

    def __init__(self, kaldi: _Kaldi, give_back: Callable[[_Kaldi], None] | None = None) -> None:
        self._kaldi = kaldi
        self._give_back = give_back
        self._results: list[dict[str, Any]] = []
        self._pending = b""  # an odd byte, kept until its sample is complete
        self._bytes_fed = 0

    @property
    def recognizer(self) -> Any:
        return self._kaldi.recognizer

    def feed(self, pcm: bytes) -> None:
        data = self._pending + pcm
        usable = len(data) - len(data) % BYTES_PER_SAMPLE
        self._pending = data[usable:]
        self._bytes_fed += usable
        if usable and self.recognizer.AcceptWaveform(data[:usable]):
            self._results.append(json.loads(self.recognizer.Result()))

    def result(self) -> Transcript:
        self._results.append(json.loads(self.recognizer.FinalResult()))
        transcript = _transcript(self._results, self._kaldi.seconds_before)
        self._done()
        return transcript

    def close(self) -> None:
        """Finalise without a result. (Vosk's Reset() would keep audio not yet decoded and
        hear it in the next utterance; FinalResult starts afresh.)"""
        self.recognizer.FinalResult()
        self._done()

    def _done(self) -> None:
        self._kaldi.seconds_before += self._bytes_fed / BYTES_PER_SAMPLE / SAMPLE_RATE
        self._kaldi.utterances += 1
        self._bytes_fed = 0
        give_back, self._give_back = self._give_back, None
        if give_back is not None:
            give_back(self._kaldi)


def grammar_json(phrases: Sequence[str]) -> str:
    """The grammar as Vosk wants it: lower-case phrases, once each, then [unk].

    Written without \\u escapes: Vosk does not decode them, so 'één' or Korean words would
    silently drop out of the grammar."""
    cleaned = (" ".join(phrase.lower().split()) for phrase in phrases)
    unique = list(dict.fromkeys(phrase for phrase in cleaned if phrase and phrase != UNKNOWN))
    return json.dumps([*unique, UNKNOWN], ensure_ascii=False)


def model_vocabulary(model_path: Path) -> frozenset[str] | None:
    """The words a model can recognise: graph/words.txt, else the word table that small
    models keep in the header of graph/Gr.fst. None when neither can be read."""
    words_file = model_path / "graph" / "words.txt"
    try:
        if words_file.is_file():
            lines = words_file.read_text(encoding="utf-8").splitlines()
            return frozenset(line.split()[0] for line in lines if line.strip())
        with (model_path / "graph" / "Gr.fst").open("rb") as fst:
            return _output_symbols(fst)
    except (OSError, ValueError, struct.error):
        log.warning("vocabulary of %s not readable", model_path, exc_info=True)
        return None


def _output_symbols(fst: BinaryIO) -> frozenset[str] | None:
    """The output (word) symbols stored in an OpenFst binary header, if it has them."""
    if _int(fst, "<i") != FST_MAGIC:
        raise ValueError("not an OpenFst file")
    _string(fst)  # FST type
    _string(fst)  # arc type
    fst.read(4)  # version
    flags = _int(fst, "<i")
    fst.read(32)  # properties, start state, number of states and arcs
    if not flags & HAS_OUTPUT_SYMBOLS:
        return None
    if flags & HAS_INPUT_SYMBOLS:
        _symbol_table(fst)
    return frozenset(_symbol_table(fst))


def _symbol_table(fst: BinaryIO) -> list[str]:
    if _int(fst, "<i") != SYMBOL_TABLE_MAGIC:
        raise ValueError("no symbol table")
    _string(fst)  # table name
    fst.read(8)  # next free key
    symbols = []
    for _index in range(_int(fst, "<q")):
        symbols.append(_string(fst))
        fst.read(8)  # its key
    return symbols


def _string(fst: BinaryIO) -> str:
    return fst.read(_int(fst, "<i")).decode("utf-8", errors="replace")


def _int(fst: BinaryIO, layout: str) -> int:
    value: int = struct.unpack(layout, fst.read(struct.calcsize(layout)))[0]
    return value


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def _transcript(results: Sequence[dict[str, Any]], seconds_before: float = 0.0) -> Transcript:
    shift = seconds_before
    words = tuple(
        Word(
            str(w["word"]),
            max(0.0, float(w["start"]) - shift),
            max(0.0, float(w["end"]) - shift),
            float(w.get("conf", 1.0)),
        )
        for result in results
        for w in result.get("result", ())
    )
    text = " ".join(str(r["text"]) for r in results if r.get("text"))
    return Transcript(text, words)


def _load_model(path: Path) -> Any:
    missing = missing_model_parts(path)
    if missing:
        message = _(
            "In {path} staat geen compleet spraakmodel: {missing} ontbreekt. "
            "Installeer het model opnieuw met: vaktaal speech install BESTAND.zip"
        )
        raise ModelProblem(message.format(path=path, missing=", ".join(missing)))
    damage = damage_message(path)  # a damaged model can make Vosk crash the whole app
    if damage:
        raise ModelProblem(damage)
    vosk.SetLogLevel(QUIET)
    try:
        return vosk.Model(str(path))
    except MemoryError as error:
        message = _("Er is te weinig geheugen voor het spraakmodel. Sluit andere programma's.")
        raise ModelProblem(message) from error
    except Exception as error:  # Vosk raises a bare Exception("Failed to create a model")
        log.warning("vosk could not load %s", path, exc_info=True)
        message = _("Het spraakmodel in {path} kan niet worden geladen. Installeer het opnieuw.")
        raise ModelProblem(message.format(path=path)) from error
