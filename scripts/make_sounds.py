"""Make the two short sounds of a practice session: assets/sounds/goed.wav (a soft two-tone
chime going up) and assets/sounds/fout.wav (a low, soft tone going down a little).

Plain sine tones with a few overtones and soft edges, made with the standard library only,
so anyone can make them again: .venv/bin/python scripts/make_sounds.py
The output is the same byte for byte on every run (tests/test_practice_sounds.py checks it).
"""

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22_050  # Hz, mono, 16 bit: small files, plenty for a chime
FOLDER = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(
    start_hz: float, end_hz: float, seconds: float, decay: float, overtones: tuple[float, ...]
) -> list[float]:
    """A tone gliding from start_hz to end_hz: quick soft attack, then a gentle decay."""
    count = int(RATE * seconds)
    samples, phase = [], 0.0
    for n in range(count):
        t = n / RATE
        phase += 2 * math.pi * (start_hz + (end_hz - start_hz) * n / count) / RATE
        wave_ = sum(level * math.sin(phase * (i + 1)) for i, level in enumerate(overtones))
        attack = min(1.0, t / 0.012)
        release = min(1.0, (count - n) / (RATE * 0.03))  # no click at the end
        samples.append(wave_ * attack * release * math.exp(-t / decay))
    return samples


def mix(*parts: tuple[float, list[float]]) -> list[float]:
    """Tones placed at (offset in seconds, samples), added together."""
    length = max(int(offset * RATE) + len(samples) for offset, samples in parts)
    out = [0.0] * length
    for offset, samples in parts:
        first = int(offset * RATE)
        for i, value in enumerate(samples):
            out[first + i] += value
    return out


def right_sound() -> list[float]:
    """E5 then A5, like a soft doorbell: friendly, short, going up."""
    bell = (1.0, 0.22, 0.08)
    return mix((0.0, tone(659.25, 659.25, 0.30, 0.11, bell)),
               (0.12, tone(880.0, 880.0, 0.34, 0.13, bell)))  # fmt: skip


def wrong_sound() -> list[float]:
    """A low, soft tone gliding down a little: "not yet", never a buzzer."""
    warm = (1.0, 0.35, 0.12)  # overtones, so small laptop speakers can play it
    return tone(233.08, 196.0, 0.32, 0.25, warm)


def write(path: Path, samples: list[float], peak: float = 0.32) -> None:
    """16-bit mono WAV, scaled so the loudest sample is `peak` of full scale."""
    loudest = max(abs(value) for value in samples) or 1.0
    frames = b"".join(struct.pack("<h", round(value / loudest * peak * 32767)) for value in samples)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(folder: Path = FOLDER) -> None:
    write(folder / "goed.wav", right_sound())
    write(folder / "fout.wav", wrong_sound())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)
