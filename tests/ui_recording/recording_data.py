"""Takes for the recording tests (generated PCM standing in for a voice) and a deck to show."""

import math
import random
import struct

from vaktaal.ui.speaking.capture import FakeMicrophone, Listener
from vaktaal.usecases.recordings import DeckVoices, TermVoice

RATE = 16_000
SCREEN = (1366, 768)


def noise(ms: int, amplitude: int = 60) -> bytes:
    """Quiet room noise."""
    rng = random.Random(ms)
    count = RATE * ms // 1000
    return struct.pack(f"<{count}h", *(rng.randint(-amplitude, amplitude) for _ in range(count)))


def tone(ms: int, amplitude: float = 6000) -> bytes:
    """A voiced sound; an amplitude above full scale is clipped, as a too loud voice."""
    count = RATE * ms // 1000
    samples = (int(amplitude * math.sin(2 * math.pi * 220 * i / RATE)) for i in range(count))
    return struct.pack(f"<{count}h", *(max(-32768, min(32767, s)) for s in samples))


def word(amplitude: float = 6000, after_ms: int = 1200) -> bytes:
    """Noise, a word, noise: what a buddy saying one word sounds like."""
    return noise(500) + tone(600, amplitude) + noise(after_ms)


SILENCE = noise(3000)
TOO_LOUD = word(amplitude=80_000)


def listener_of(*takes: bytes, problem: str | None = None) -> Listener:
    return Listener(FakeMicrophone(*takes, problem=problem, interval_ms=1))


def voice(term_id: str, display: str, pictogram: str, own: bool = False) -> TermVoice:
    return TermVoice(term_id, display, pictogram, "stored:abc" if own else None, own)


DECK = DeckVoices(
    "magazijn-installatie",
    "Magazijn installatietechniek",
    (
        voice("heftruck", "de heftruck", "openmoji:1F69C", own=True),
        voice("palletwagen", "de palletwagen", "openmoji:1F6D2"),
        voice("veiligheidsschoenen", "de veiligheidsschoenen", "openmoji:1F97E"),
        voice("helm", "de helm", "openmoji:26D1"),
        voice("ladder", "de ladder", "openmoji:1FA9C", own=True),
        voice("magazijn", "het magazijn", "openmoji:1F3ED"),
        voice("pakbon", "de pakbon", "openmoji:1F4C4"),
    ),
)
