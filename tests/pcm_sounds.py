"""Generated PCM for the speaking and spoken summary tests: room noise, tone bursts as words."""

import math
import random
import struct

RATE = 16_000


def noise(ms: int, amplitude: int = 60, seed: int = 7) -> bytes:
    """Quiet room noise (uniform, about -60 dBFS RMS at the default amplitude)."""
    rng = random.Random(seed + ms)
    count = RATE * ms // 1000
    return struct.pack(f"<{count}h", *(rng.randint(-amplitude, amplitude) for _ in range(count)))


def tone(ms: int, amplitude: int = 6000, frequency: float = 220.0, seed: int = 3) -> bytes:
    """A voiced sound: a tone with a little noise on it (clipped at full scale)."""
    rng = random.Random(seed + ms)
    count = RATE * ms // 1000
    samples = (
        _clamp(int(amplitude * math.sin(2 * math.pi * frequency * i / RATE)) + rng.randint(-60, 60))
        for i in range(count)
    )
    return struct.pack(f"<{count}h", *samples)


def _clamp(sample: int) -> int:
    return max(-32768, min(32767, sample))


def word(before_ms: int = 500, speech_ms: int = 600, after_ms: int = 1200) -> bytes:
    """Noise, a word, noise: what a learner saying one word sounds like."""
    return noise(before_ms) + tone(speech_ms) + noise(after_ms, seed=11)


def ms_of(pcm: bytes) -> float:
    return len(pcm) / 2 / RATE * 1000
