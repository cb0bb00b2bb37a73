"""Engines that turn Dutch text into audio bytes, to be cached and played later.

`EspeakSynthesizer` is the offline voice (always there, robotic); `GttsSynthesizer` asks
Google for a nicer voice and therefore sends the text off this PC: only ever used when the
user switched online speech on. Every failure of an engine is a `SynthesisUnavailable`.
"""

import importlib.util
import io
import logging
import shutil
import subprocess
import tempfile
import threading
import wave
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

DEFAULT_WORDS_PER_MINUTE = 140
HTTP_TOO_MANY_REQUESTS = 429


class SynthesisUnavailable(Exception):
    """The engine could not make audio now (no program, no network, rate limit, ...)."""

    def __init__(self, message: str, rate_limited: bool = False) -> None:
        super().__init__(message)
        self.rate_limited = rate_limited


class Synthesizer(Protocol):
    engine: str  # "espeak", "gtts": part of the cache key and the clip's source
    voice: str  # the voice of that engine: part of the cache key
    suffix: str  # file type of the bytes, e.g. ".wav"
    online: bool  # True when the text leaves this PC

    @property
    def available(self) -> bool: ...

    def synthesize(self, text: str) -> bytes:
        """Audio for `text`; raises SynthesisUnavailable. May block: call it off the GUI."""


class EspeakSynthesizer:
    """espeak-ng writing a WAV file: offline, about as fast as reading the text."""

    engine = "espeak"
    suffix = ".wav"
    online = False

    def __init__(
        self,
        voice: str = "nl",
        words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
        program: str | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.program = program or shutil.which("espeak-ng")
        self.voice_name = voice
        self.words_per_minute = words_per_minute
        self.timeout = timeout
        speed = "" if words_per_minute == DEFAULT_WORDS_PER_MINUTE else f"@{words_per_minute}wpm"
        self.voice = f"{voice}{speed}"

    @property
    def available(self) -> bool:
        return self.program is not None

    def synthesize(self, text: str) -> bytes:
        if self.program is None:
            raise SynthesisUnavailable("espeak-ng is not installed")
        with tempfile.TemporaryDirectory(prefix="vaktaal-espeak-") as folder:
            out = Path(folder) / "clip.wav"
            self._run(self._command(out, text))
            try:
                data = out.read_bytes()
            except OSError as error:
                raise SynthesisUnavailable(f"espeak-ng wrote no audio: {error}") from error
        if not data.startswith(b"RIFF"):
            raise SynthesisUnavailable("espeak-ng wrote no WAV audio")
        return data

    def _command(self, out: Path, text: str) -> list[str]:
        speed = str(self.words_per_minute)
        # "--" ends the options, so a text such as "-20 graden" is spoken, not parsed.
        return [str(self.program), "-v", self.voice_name, "-s", speed, "-w", str(out), "--", text]

    def _run(self, command: list[str]) -> None:
        try:
            finished = subprocess.run(
                command, stdin=subprocess.DEVNULL, capture_output=True, timeout=self.timeout,
                check=False,
            )  # fmt: skip
        except (OSError, subprocess.SubprocessError) as error:
            raise SynthesisUnavailable(f"espeak-ng could not run: {error}") from error
        if finished.returncode != 0:
            detail = finished.stderr.decode(errors="replace").strip()
            raise SynthesisUnavailable(f"espeak-ng failed ({finished.returncode}): {detail}")


class GttsSynthesizer:
    """Google Translate's voice through gTTS (MP3). Sends the text to Google: opt-in only."""

    engine = "gtts"
    suffix = ".mp3"
    online = True

    def __init__(
        self, lang: str = "nl", tld: str = "com", timeout: tuple[float, float] = (5.0, 15.0)
    ) -> None:
        self.lang = lang
        self.tld = tld
        self.timeout = timeout  # (connect, read) seconds: a dead network must not hang us
        self.voice = lang if tld == "com" else f"{lang}-{tld}"

    @property
    def available(self) -> bool:
        return importlib.util.find_spec("gtts") is not None

    def synthesize(self, text: str) -> bytes:
        try:
            from gtts import gTTS  # only now: it imports requests, and most PCs stay offline
        except ImportError as error:
            raise SynthesisUnavailable("gTTS is not installed") from error
        buffer = io.BytesIO()
        try:
            speech = gTTS(text, lang=self.lang, tld=self.tld, timeout=self.timeout)
            speech.write_to_fp(buffer)
        except Exception as error:  # gTTSError, requests errors, socket errors, bad text
            limited = is_rate_limited(error)
            raise SynthesisUnavailable(f"gTTS: {error}", rate_limited=limited) from error
        if not buffer.getvalue():
            raise SynthesisUnavailable("gTTS returned no audio")
        return buffer.getvalue()


def is_rate_limited(error: BaseException) -> bool:
    """HTTP 429 Too Many Requests, as gTTS or requests report it."""
    for name in ("rsp", "response"):
        status = getattr(getattr(error, name, None), "status_code", None)
        if status == HTTP_TOO_MANY_REQUESTS:
            return True
    return str(HTTP_TOO_MANY_REQUESTS) in str(error)


class FakeSynthesizer:
    """Makes a tiny WAV per text, or fails as told; remembers what it was asked (tests)."""

    def __init__(
        self,
        engine: str = "fake",
        voice: str = "nl",
        online: bool = False,
        error: Exception | None = None,
        available: bool = True,
    ) -> None:
        self.engine = engine
        self.voice = voice
        self.online = online
        self.suffix = ".wav"
        self.error = error
        self._available = available
        self.calls: list[str] = []
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return self._available

    def synthesize(self, text: str) -> bytes:
        with self._lock:
            self.calls.append(text)
        if self.error is not None:
            raise self.error
        return tiny_wav(f"{self.engine}/{self.voice}/{text}".encode())


def tiny_wav(payload: bytes) -> bytes:
    """A short valid WAV whose samples are `payload` (so different texts differ)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(1)
        sound.setframerate(8000)
        sound.writeframes(payload)
    return buffer.getvalue()
