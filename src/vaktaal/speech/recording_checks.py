"""Is a recording good enough to judge? And reading WAV files into 16-bit mono PCM.

Pure Python (`array`), no numpy and no `audioop` (gone in Python 3.13). A recording is
checked at the rate it was made: a telephone-quality 8 kHz file is resampled to 16 kHz so
the recognizer can use it, but it is still reported as poor quality.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from vaktaal.core.i18n import _
from vaktaal.speech.recognition import SAMPLE_RATE

MIN_SECONDS = 0.3
MIN_SAMPLE_RATE = 16_000
FRAME_SECONDS = 0.03
SILENCE_RMS = 200  # loudest 30 ms under this (about -44 dBFS): nothing was said
CLIP_LEVEL = 32_700  # |sample| at or above this counts as full scale
CLIP_SHARE = 0.01

ProblemKind = Literal["too_short", "silence", "clipped", "low_sample_rate"]


@dataclass(frozen=True)
class RecordingProblem:
    kind: ProblemKind
    message: str  # Dutch, says what to do


@dataclass(frozen=True)
class Recording:
    """A WAV file ready for the recognizer, and what is wrong with it as it was recorded."""

    pcm: bytes
    sample_rate: int
    source_rate: int
    problem: RecordingProblem | None


class AudioProblem(Exception):
    """An audio file that cannot be read; the message is for the user."""


def check_recording(pcm: bytes, sample_rate: int) -> RecordingProblem | None:
    """The first problem of a 16-bit mono recording, or None when it can be judged."""
    samples = _samples(pcm)
    if len(samples) < MIN_SECONDS * sample_rate:
        return RecordingProblem("too_short", _too_short_message())
    if _loudest_frame_rms(samples, sample_rate) < SILENCE_RMS:
        return RecordingProblem("silence", _silence_message())
    if _clipped_share(samples) > CLIP_SHARE:
        return RecordingProblem("clipped", _clipped_message())
    if sample_rate < MIN_SAMPLE_RATE:
        return RecordingProblem("low_sample_rate", _low_rate_message(sample_rate))
    return None


def _too_short_message() -> str:
    return _("De opname is te kort. Zeg het woord en wacht even voordat je stopt.")


def _silence_message() -> str:
    return _("We hoorden niets. Staat de microfoon aan? Spreek dichter bij de microfoon.")


def _clipped_message() -> str:
    return _("De opname is te hard en klinkt vervormd. Spreek zachter of verder van de microfoon.")


def _low_rate_message(sample_rate: int) -> str:
    message = _(
        "De opname heeft een lage kwaliteit ({rate} Hz, zoals een telefoon). De computer "
        "verstaat je dan slecht. Gebruik een andere microfoon."
    )
    return message.format(rate=sample_rate)


def _loudest_frame_rms(samples: array[int], sample_rate: int) -> float:
    size = max(1, int(sample_rate * FRAME_SECONDS))
    loudest = 0
    for start in range(0, len(samples), size):
        frame = samples[start : start + size]
        loudest = max(loudest, sum(s * s for s in frame) // len(frame))
    return math.sqrt(loudest)


def _clipped_share(samples: array[int]) -> float:
    clipped = sum(1 for s in samples if s >= CLIP_LEVEL or s <= -CLIP_LEVEL)
    return clipped / len(samples) if samples else 0.0


# --- WAV files -----------------------------------------------------------------------------


def read_wav(path: Path) -> tuple[bytes, int]:
    """(16-bit mono little-endian PCM, sample rate) of an uncompressed WAV file.

    Stereo (or more channels) is averaged to mono; 8-, 24- and 32-bit integer samples
    become 16-bit. Float and compressed WAV files raise AudioProblem."""
    try:
        with wave.open(str(path), "rb") as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            frames = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError) as error:
        message = _("{path} is geen WAV-bestand dat Vaktaal kan lezen ({error}).")
        raise AudioProblem(message.format(path=path, error=error)) from error
    return _to_bytes(_to_mono(_to_16_bit(frames, width), channels)), rate


def load_recording(path: Path, sample_rate: int = SAMPLE_RATE) -> Recording:
    """A WAV file at the recognizer's rate, checked at the rate it was recorded at."""
    pcm, source_rate = read_wav(path)
    problem = check_recording(pcm, source_rate)
    return Recording(resample_to(pcm, source_rate, sample_rate), sample_rate, source_rate, problem)


def resample_to(pcm: bytes, rate_in: int, rate_out: int) -> bytes:
    """16-bit mono PCM at another rate: linear interpolation, after a short moving average
    when going down (a crude low-pass filter against aliasing)."""
    if rate_in <= 0 or rate_out <= 0:
        raise ValueError(f"sample rates must be positive: {rate_in} -> {rate_out}")
    if rate_in == rate_out:
        return bytes(pcm[: len(pcm) - len(pcm) % 2])
    samples = _samples(pcm)
    if rate_out < rate_in:
        samples = _moving_average(samples, round(rate_in / rate_out))
    return _to_bytes(_interpolate(samples, rate_in / rate_out, len(samples) * rate_out // rate_in))


def _interpolate(samples: array[int], step: float, count: int) -> array[int]:
    out = array("h", bytes(2 * count))
    last = len(samples) - 1
    for i in range(count):
        position = i * step
        j = int(position)
        a = samples[j]
        b = samples[j + 1] if j < last else a
        out[i] = round(a + (b - a) * (position - j))
    return out


def _moving_average(samples: array[int], width: int) -> array[int]:
    if width < 2 or len(samples) < width:
        return samples
    out = array("h", samples)
    total = sum(samples[:width])
    half = width // 2
    for i in range(width, len(samples) + 1):
        out[i - width + half] = total // width
        if i < len(samples):
            total += samples[i] - samples[i - width]
    return out


def _samples(pcm: bytes) -> array[int]:
    samples = array("h")
    samples.frombytes(bytes(pcm[: len(pcm) - len(pcm) % 2]))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def _to_bytes(samples: array[int]) -> bytes:
    if sys.byteorder == "big":
        samples = array("h", samples)
        samples.byteswap()
    return samples.tobytes()


def _to_16_bit(frames: bytes, width: int) -> array[int]:
    """Little-endian samples of `width` bytes as 16-bit: keep the two most significant bytes."""
    if width == 1:  # 8-bit WAV is unsigned
        return array("h", ((b - 128) << 8 for b in frames))
    if width not in (2, 3, 4):
        raise AudioProblem(_("Dit WAV-bestand gebruikt een onbekende sample-grootte."))
    count = len(frames) // width
    high = bytearray(2 * count)
    high[0::2] = frames[width - 2 : count * width : width]
    high[1::2] = frames[width - 1 : count * width : width]
    return _samples(bytes(high))


def _to_mono(samples: array[int], channels: int) -> array[int]:
    if channels == 1:
        return samples
    per_channel = [samples[c::channels] for c in range(channels)]
    return array("h", (sum(frame) // channels for frame in zip(*per_channel, strict=False)))
