"""The real recognizer: a Vosk (Kaldi) model, loaded once, with audio streamed through it.

Loading takes seconds and hundreds of MB, so the caller does it off the GUI thread
(`VoskRecognizer.load(path)`). One recognizer handles one call at a time (a lock); every
call gets a fresh KaldiRecognizer on the shared model, so calls never see each other's state.
"""

import json
import logging
import struct
import threading
import time
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO

import vosk

from vaktaal.core.i18n import _
from vaktaal.speech.models import ModelProblem, missing_model_parts, model_root
from vaktaal.speech.recognition import SAMPLE_RATE, UNKNOWN, Cancelled, Transcript, Word

log = logging.getLogger(__name__)

CHUNK_SECONDS = 0.25
BYTES_PER_SAMPLE = 2
LOCK_POLL_SECONDS = 0.05
QUIET = -1  # Kaldi log level: warnings and errors only
FST_MAGIC = 2125659606  # OpenFst binary header
SYMBOL_TABLE_MAGIC = 2125658996
HAS_INPUT_SYMBOLS, HAS_OUTPUT_SYMBOLS = 1, 2


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
        log.info("speech model %s loaded in %.1f s", self.model_path, self.load_seconds)

    @classmethod
    def load(cls, model_path: str | Path, sample_rate: int = SAMPLE_RATE) -> "VoskRecognizer":
        """Load a model (seconds; run it in the background). Raises ModelProblem."""
        return cls(model_path, sample_rate)

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
            recognizer = self._new_recognizer(grammar)
            results = list(self._stream(recognizer, pcm, cancel))
        finally:
            self._lock.release()
        return _transcript(results)

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

    def _stream(
        self, recognizer: Any, pcm: bytes, cancel: threading.Event | None
    ) -> Iterator[dict[str, Any]]:
        """Feed the audio in chunks; yields each finished utterance, then the final one."""
        step = int(self.sample_rate * CHUNK_SECONDS) * BYTES_PER_SAMPLE
        usable = len(pcm) - len(pcm) % BYTES_PER_SAMPLE
        for offset in range(0, usable, step):
            _check(cancel)
            if recognizer.AcceptWaveform(bytes(pcm[offset : min(offset + step, usable)])):
                yield json.loads(recognizer.Result())
        _check(cancel)
        yield json.loads(recognizer.FinalResult())


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


def _transcript(results: Sequence[dict[str, Any]]) -> Transcript:
    words = tuple(
        Word(str(w["word"]), float(w["start"]), float(w["end"]), float(w.get("conf", 1.0)))
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
