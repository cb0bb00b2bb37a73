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


class Recognizer(Protocol):
    sample_rate: int

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
        queue = self.free if grammar is None else self.restricted
        return queue.pop(0) if queue else Transcript("")
