"""Own voice recordings of a deck's terms: list, store, delete."""

from pathlib import Path

from sqlalchemy import Engine

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

__all__ = ["DeckVoices", "Recordings", "TermVoice", "UnknownTerm", "pcm_to_wav"]


class Recordings:
    def __init__(self, engine: Engine, media: MediaStore) -> None:
        self._engine = engine
        self._media = media

    def deck_voices(self, deck_id: str) -> DeckVoices:
        """The deck's terms in order, and which have an own recording (UnknownTerm: no deck)."""
        return deck_voices(self._engine, deck_id)

    def attach(self, deck_id: str, term_id: str, data: bytes, suffix: str) -> str:
        """Store `data` as the term's own audio, replacing an older one; returns its path."""
        return attach_recording(self._engine, self._media, deck_id, term_id, data, suffix)

    def attach_file(self, deck_id: str, term_id: str, path: Path) -> str:
        return self.attach(deck_id, term_id, path.read_bytes(), path.suffix)

    def save_take(self, deck_id: str, term_id: str, wav: bytes) -> DeckVoices:
        """Store a WAV take and return the deck's voices as they are now."""
        self.attach(deck_id, term_id, wav, ".wav")
        return self.deck_voices(deck_id)

    def remove(self, deck_id: str, term_id: str) -> DeckVoices:
        """Delete the term's own recording (if any) and return the deck's voices."""
        remove_recording(self._engine, self._media, deck_id, term_id)
        return self.deck_voices(deck_id)
