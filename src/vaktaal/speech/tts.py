"""Text-to-speech: say a Dutch word or sentence. Real engines and a fake for tests."""

import logging
import shutil
import subprocess
from typing import Protocol

log = logging.getLogger(__name__)


class Speaker(Protocol):
    @property
    def available(self) -> bool: ...

    def speak(self, text: str) -> None:
        """Start saying `text` and return at once; never blocks the caller."""

    def speak_clip(self, text: str, own_recording_ref: str | None) -> None:
        """The same, from the deck's own recording (a `stored:` reference) when the speaker
        can play one; a speaker that cannot says `text` with its voice."""


class FakeSpeaker:
    """Remembers what it was asked to say (tests and machines without a voice)."""

    def __init__(self, available: bool = True) -> None:
        self._available = available
        self.spoken: list[str] = []

    @property
    def available(self) -> bool:
        return self._available

    def speak(self, text: str) -> None:
        self.spoken.append(text)

    def speak_clip(self, text: str, own_recording_ref: str | None) -> None:
        self.speak(text)


class EspeakSpeaker:
    """The offline Dutch voice of espeak-ng: robotic, but instant and always there."""

    def __init__(self, voice: str = "nl", words_per_minute: int = 140) -> None:
        self.program = shutil.which("espeak-ng")
        self.voice = voice
        self.words_per_minute = words_per_minute

    @property
    def available(self) -> bool:
        return self.program is not None

    def speak_clip(self, text: str, own_recording_ref: str | None) -> None:
        self.speak(text)  # espeak-ng plays no recordings

    def speak(self, text: str) -> None:
        if self.program is None:
            return
        command = [self.program, "-v", self.voice, "-s", str(self.words_per_minute), text]
        try:
            subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError:
            log.warning("espeak-ng could not be started", exc_info=True)
