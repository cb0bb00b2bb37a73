"""Own voice recordings of a deck's terms: list, check, store, delete; a deck's audio ahead.

The app's recording screen and `vaktaal audio record` store a take only when `check_take`
finds nothing wrong with it: one rule for both. `prepare_deck_audio` is `vaktaal audio
prepare`: the audio of every term and example made ahead, so it plays without waiting.
"""

from pathlib import Path

from sqlalchemy import Engine

from vaktaal.core.i18n import _
from vaktaal.speech.audio_library import AudioLibrary, PrepareReport, Progress, UnknownDeck
from vaktaal.speech.recording_checks import (
    AudioProblem,
    RecordingProblem,
    check_recording,
    read_wav,
)
from vaktaal.storage.media_store import MediaStore
from vaktaal.storage.recordings import (
    DeckVoices,
    TermVoice,
    UnknownTerm,
    attach_recording,
    deck_voices,
    pcm_to_wav,
    remove_recording,
)
from vaktaal.usecases.errors import DeckNotFound, UseCaseError

__all__ = [
    "BadRecording",
    "DeckVoices",
    "NoVoice",
    "PrepareReport",
    "RecordingProblem",
    "Recordings",
    "TermVoice",
    "UnknownTerm",
    "check_take",
    "pcm_to_wav",
    "prepare_deck_audio",
]


class BadRecording(UseCaseError):
    """A take that is not stored (silent, too short, too loud) or a file that cannot be read."""


class NoVoice(UseCaseError):
    """No engine on this PC can make speech."""

    def __init__(self) -> None:
        super().__init__(
            _("Er is geen stem op deze pc. Installeer espeak-ng of zet online spraak aan.")
        )


def check_take(pcm: bytes, sample_rate: int) -> RecordingProblem | None:
    """What is wrong with a take of 16-bit mono PCM, or None when it may be stored."""
    return check_recording(pcm, sample_rate)


class Recordings:
    def __init__(self, engine: Engine, media: MediaStore) -> None:
        self._engine = engine
        self._media = media

    def deck_voices(self, deck_id: str) -> DeckVoices:
        """The deck's terms in order, and which have an own recording (UnknownTerm: no deck)."""
        return deck_voices(self._engine, deck_id)

    def attach(self, deck_id: str, term_id: str, data: bytes, suffix: str) -> str:
        """Store `data` as the term's own audio, unchecked, replacing an older one; its path."""
        return attach_recording(self._engine, self._media, deck_id, term_id, data, suffix)

    def attach_file(self, deck_id: str, term_id: str, path: Path) -> str:
        """A WAV file as the term's own audio, when `check_take` finds nothing wrong.

        BadRecording when it cannot be read or is not good enough; returns the stored path."""
        pcm, rate = _read_take(path)
        _refuse_bad(pcm, rate)
        return self.attach(deck_id, term_id, path.read_bytes(), ".wav")

    def save_take(self, deck_id: str, term_id: str, pcm: bytes, sample_rate: int) -> DeckVoices:
        """Store a take (16-bit mono PCM) as a WAV file; the deck's voices as they are now."""
        _refuse_bad(pcm, sample_rate)
        self.attach(deck_id, term_id, pcm_to_wav(pcm, sample_rate), ".wav")
        return self.deck_voices(deck_id)

    def remove(self, deck_id: str, term_id: str) -> DeckVoices:
        """Delete the term's own recording (if any) and return the deck's voices."""
        remove_recording(self._engine, self._media, deck_id, term_id)
        return self.deck_voices(deck_id)


def prepare_deck_audio(
    audio: AudioLibrary, deck_id: str, progress: Progress | None = None
) -> PrepareReport:
    """Make the audio of a deck's terms and examples ahead (slow: one clip after another).

    NoVoice when no engine can speak; DeckNotFound when the deck is not installed."""
    if not audio.available:
        raise NoVoice()
    try:
        return audio.prepare_deck(deck_id, progress)
    except UnknownDeck:
        raise DeckNotFound(deck_id) from None


def _read_take(path: Path) -> tuple[bytes, int]:
    try:
        return read_wav(path)
    except (OSError, AudioProblem) as error:
        message = _("De opname kan niet gelezen worden: {e}").format(e=error)
        raise BadRecording(message) from None


def _refuse_bad(pcm: bytes, sample_rate: int) -> None:
    problem = check_take(pcm, sample_rate)
    if problem is not None:
        raise BadRecording(problem.message)
