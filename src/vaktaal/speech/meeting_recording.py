"""A meeting's recording, cut into its lines: each line a small WAV clip of its own time.

A 16-bit PCM WAV is read in place (a seek and one read per line). Anything else miniaudio
can decode (MP3, other WAVs) is decoded once, in pieces, to a 16-bit WAV in the cache
folder, so memory never holds the whole meeting and the second line is as quick as a WAV.
Slow work (decoding): never on the GUI thread. Thread-safe: two lines may be cut at once.
"""

from __future__ import annotations

import hashlib
import io
import logging
import threading
import wave
from pathlib import Path

from vaktaal.speech.audio_library import AudioClip

log = logging.getLogger(__name__)

DECODED_FOLDER = "recordings"
CHUNK_FRAMES = 64 * 1024
_PCM16 = 2  # bytes per sample


class RecordingProblem(Exception):
    """The recording cannot be read; the line is said by a voice instead."""


class RecordingSlicer:
    def __init__(self, cache_dir: Path) -> None:
        self.folder = cache_dir / DECODED_FOLDER
        self._lock = threading.Lock()
        self._readable: dict[Path, Path] = {}  # a recording -> a 16-bit WAV with its sound

    def clip(self, recording: Path, start: float, end: float | None) -> AudioClip | None:
        """The part from `start` to `end` seconds (None: to the end) as a WAV clip; None
        when that part is empty. Raises RecordingProblem."""
        source = self.readable(recording)
        try:
            with wave.open(str(source), "rb") as wav:
                rate, channels = wav.getframerate(), wav.getnchannels()
                first = min(round(start * rate), wav.getnframes())
                last = wav.getnframes() if end is None else min(round(end * rate), wav.getnframes())
                wav.setpos(first)
                frames = wav.readframes(max(0, last - first))
        except (OSError, EOFError, wave.Error) as error:
            raise RecordingProblem(f"{recording}: {error}") from error
        if not frames:
            return None
        return AudioClip(_wav_bytes(frames, rate, channels), ".wav", "recording")

    def readable(self, recording: Path) -> Path:
        """The recording itself when it is a 16-bit WAV, else its decoded copy (made once)."""
        with self._lock:
            known = self._readable.get(recording)
            if known is not None and known.exists():
                return known
            found = recording if _is_pcm16_wav(recording) else self._decoded(recording)
            self._readable[recording] = found
            return found

    def _decoded(self, recording: Path) -> Path:
        import miniaudio  # type: ignore[import-untyped]  # imported when used: a quick start

        target = self.folder / f"{_identity(recording)}.wav"
        if target.exists():
            return target
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        try:
            info = miniaudio.get_file_info(str(recording))
            channels, rate = min(info.nchannels, 2), info.sample_rate
            with wave.open(str(temporary), "wb") as out:
                out.setnchannels(channels)
                out.setsampwidth(_PCM16)
                out.setframerate(rate)
                for chunk in miniaudio.stream_file(
                    str(recording), miniaudio.SampleFormat.SIGNED16, channels, rate, CHUNK_FRAMES
                ):
                    out.writeframes(chunk.tobytes())
            temporary.replace(target)
        except (miniaudio.MiniaudioError, OSError) as error:
            raise RecordingProblem(f"{recording}: {error}") from error
        finally:
            temporary.unlink(missing_ok=True)
        log.info("decoded %s for the meeting player", recording.name)
        return target


def _is_pcm16_wav(path: Path) -> bool:
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getsampwidth() == _PCM16 and wav.getnchannels() in (1, 2)
    except (OSError, EOFError, wave.Error):
        return False


def _identity(path: Path) -> str:
    """The same file (path, size, time) gets the same decoded copy."""
    try:
        stat = path.stat()
    except OSError as error:
        raise RecordingProblem(f"{path}: {error}") from error
    key = f"{path.resolve()}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _wav_bytes(frames: bytes, rate: int, channels: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(_PCM16)
        out.setframerate(rate)
        out.writeframes(frames)
    return buffer.getvalue()
