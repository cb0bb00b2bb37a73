"""Speech recognition behind a small interface, so the app can use Vosk or a fake.

Audio everywhere in vaktaal's speech code is raw PCM: 16-bit signed little-endian, mono,
at the recognizer's `sample_rate` (16 kHz for the Vosk models used).
"""

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

SAMPLE_RATE = 16_000
UNKNOWN = "[unk]"


@dataclass(frozen=True)
class Word:
    text: str
    start: float  # seconds from the start of the audio
    end: float
    confidence: float


@dataclass(frozen=True)
class Transcript:
    text: str
    words: tuple[Word, ...] = ()


class Cancelled(Exception):
    """Recognition was cancelled through its cancel event."""


class RecognitionStream(Protocol):
    """One utterance decoded while it is spoken: feed audio as it comes, then ask the result."""

    def feed(self, pcm: bytes) -> None:
        """Decode the next piece of audio (blocks for about as long as decoding takes)."""

    def result(self) -> Transcript:
        """Everything heard in the audio fed so far; the stream is finished after this."""

    def close(self) -> None:
        """Finish without a result (cancelled)."""


class Recognizer(Protocol):
    sample_rate: int

    def stream(self, grammar: Sequence[str] | None = None) -> RecognitionStream:
        """A new stream; with a grammar, only those phrases (and [unk]) can be heard."""

    def transcribe(
        self,
        pcm: bytes,
        grammar: Sequence[str] | None = None,
        cancel: threading.Event | None = None,
    ) -> Transcript:
        """Recognise `pcm`. With a grammar, only those phrases (and [unk]) can be heard."""


@dataclass
class FakeRecognizer:
    """Scripted results for tests: (free transcript, restricted transcript) per call."""

    free: list[Transcript] = field(default_factory=list)
    restricted: list[Transcript] = field(default_factory=list)
    sample_rate: int = SAMPLE_RATE
    calls: list[tuple[int, tuple[str, ...] | None]] = field(default_factory=list)

    def transcribe(
        self,
        pcm: bytes,
        grammar: Sequence[str] | None = None,
        cancel: threading.Event | None = None,
    ) -> Transcript:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        self.calls.append((len(pcm), tuple(grammar) if grammar is not None else None))
        return self._next(grammar)

    def stream(self, grammar: Sequence[str] | None = None) -> "FakeStream":
        return FakeStream(self, tuple(grammar) if grammar is not None else None)

    def _next(self, grammar: Sequence[str] | None) -> Transcript:
        queue = self.free if grammar is None else self.restricted
        return queue.pop(0) if queue else Transcript("")


@dataclass
class FakeStream:
    """A FakeRecognizer's stream: keeps the audio fed; its result is the next scripted one."""

    recognizer: FakeRecognizer
    grammar: tuple[str, ...] | None
    audio: bytearray = field(default_factory=bytearray)
    closed: bool = False

    def feed(self, pcm: bytes) -> None:
        self.audio.extend(pcm)

    def result(self) -> Transcript:
        self.recognizer.calls.append((len(self.audio), self.grammar))
        return self.recognizer._next(self.grammar)

    def close(self) -> None:
        self.closed = True
