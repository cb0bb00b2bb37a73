"""Audio for every term and sentence: the deck's own recording, else a cached or new clip.

Order of preference in `audio_for`: the deck's own recording; a clip in the local cache
(any engine, best engine first); gTTS, only when online speech is switched on and it has
not just failed; espeak-ng. Every synthesised clip is cached, keyed by engine, voice and
text, so a word is made (and, with gTTS, sent to Google) only once per PC.
"""

import errno
import hashlib
import logging
import threading
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.files import write_atomically
from vaktaal.core.model import Deck
from vaktaal.core.pictograms import STORED
from vaktaal.speech.synthesis import SynthesisUnavailable, Synthesizer

log = logging.getLogger(__name__)

RATE_LIMIT_PAUSE = 15 * 60.0  # seconds without gTTS after an HTTP 429
FAILURE_PAUSE = 60.0  # seconds without an online engine after it failed (no network, ...)

MediaLookup = Callable[[str], Path | None]  # "stored:<sha256>" -> the file in the media store
Progress = Callable[[int, int], None]  # (done, total)


class DeckLoader(Protocol):
    def load(self, deck_id: str) -> LoadedDeck | None: ...


class UnknownDeck(LookupError):
    """prepare_deck was given a deck id that is not installed."""


@dataclass(frozen=True)
class AudioClip:
    data: bytes
    suffix: str  # ".wav", ".mp3", ...
    source: str  # "recording", "cache", or the engine that just made it: "gtts", "espeak"
    path: Path | None = field(default=None, compare=False)  # a file with these bytes, if any


@dataclass(frozen=True)
class PrepareReport:
    total: int
    done: int
    sources: dict[str, int]  # how many texts were already cached / made by each engine
    failed: int
    cancelled: bool


def normalise(text: str) -> str:
    """The text as the cache sees it: NFC, single spaces, no outer spaces; case is kept
    (espeak-ng spells "PBM" letter by letter but says "pbm" as a word)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def cache_key(engine: str, voice: str, text: str) -> str:
    identity = "\x1f".join((engine, voice, normalise(text)))
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def sniff_suffix(data: bytes) -> str:
    """The file type of audio bytes, for files stored without a name (the media store)."""
    if data[:4] == b"RIFF":
        return ".wav"
    if data[:4] == b"OggS":
        return ".ogg"
    if data[4:8] == b"ftyp":
        return ".m4a"
    return ".mp3"


def deck_texts(deck: Deck) -> list[str]:
    """What prepare_deck makes audio for: each term (with its article) unless the deck has its
    own recording of it, and each example sentence; each text once, in deck order."""
    texts: dict[str, None] = {}
    for term in deck.terms:
        for text in ([] if term.audio else [term.display]) + [term.example]:
            if normalise(text):
                texts.setdefault(normalise(text))
    return list(texts)


class AudioLibrary:
    """Finds or makes the audio for a text. Thread-safe; may block: call it off the GUI."""

    def __init__(
        self,
        cache_dir: Path,
        synthesizers: Sequence[Synthesizer],
        media: MediaLookup,
        decks: DeckLoader | None = None,
        online_speech: bool = False,
        rate_limit_pause: float = RATE_LIMIT_PAUSE,
        failure_pause: float = FAILURE_PAUSE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.cache_dir = cache_dir
        self.synthesizers = list(synthesizers)  # best first
        self.media = media
        self._decks = decks
        self.online_speech = online_speech  # False: no synthesizer that is `online` is called
        self.rate_limit_pause = rate_limit_pause
        self.failure_pause = failure_pause
        self.clock = clock
        self._paused_until: dict[str, float] = {}
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        """Some engine can make new audio now (cached clips play regardless)."""
        return any(self._usable(synth) for synth in self.synthesizers)

    def audio_for(self, text: str, own_recording_ref: str | None = None) -> AudioClip | None:
        """The deck's recording, else a cached clip, else a new one; None if nothing works."""
        if own_recording_ref:
            recording = self.recording(own_recording_ref)
            if recording is not None:
                return recording
        if not normalise(text):
            return None
        cached = self.cached(text)
        return cached if cached is not None else self._synthesize(text, self.synthesizers)

    def cached(self, text: str) -> AudioClip | None:
        """A clip already in the cache, best engine first; never makes a new one."""
        for synth in self.synthesizers:
            clip = self._from_cache(synth, text)
            if clip is not None:
                return clip
        return None

    def recording(self, ref: str) -> AudioClip | None:
        """A deck's own recording: `stored:<sha256>` in the media store, or a file path."""
        path = self.media(ref) if ref.startswith(STORED) else Path(ref)
        if path is None or not path.is_absolute():
            log.warning("recording %r cannot be found; using a voice instead", ref)
            return None
        try:
            data = path.read_bytes()
        except OSError:
            log.warning("recording %s cannot be read; using a voice instead", path, exc_info=True)
            return None
        suffix = path.suffix.lower() or sniff_suffix(data)
        return AudioClip(data, suffix, "recording", path)

    def prepare_deck(
        self,
        deck_id: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> PrepareReport:
        """Fill the cache for every term and example of a deck; best engine that works."""
        loaded = self._decks.load(deck_id) if self._decks is not None else None
        if loaded is None:
            raise UnknownDeck(deck_id)
        texts = deck_texts(loaded.deck)
        sources: dict[str, int] = {}
        failed = done = 0
        if progress is not None:
            progress(0, len(texts))
        for text in texts:
            if cancel is not None and cancel.is_set():
                break
            clip = self._best(text)
            if clip is None:
                failed += 1
            else:
                sources[clip.source] = sources.get(clip.source, 0) + 1
            done += 1
            if progress is not None:
                progress(done, len(texts))
        return PrepareReport(len(texts), done, sources, failed, done < len(texts))

    def _best(self, text: str) -> AudioClip | None:
        """Like audio_for, but a better engine that works now beats a worse cached clip:
        after switching online speech on, `prepare` replaces espeak clips by gTTS ones."""
        for synth in self.synthesizers:
            clip = self._from_cache(synth, text) or self._synthesize(text, [synth])
            if clip is not None:
                return clip
        return None

    def _synthesize(self, text: str, synthesizers: Sequence[Synthesizer]) -> AudioClip | None:
        for synth in synthesizers:
            if not self._usable(synth):
                continue
            try:
                data = synth.synthesize(normalise(text))
            except SynthesisUnavailable as error:
                self._pause_after(synth, error)
                continue
            path = self._store(self._cache_path(synth, text), data)
            return AudioClip(data, synth.suffix, synth.engine, path)
        return None

    def _usable(self, synth: Synthesizer) -> bool:
        if synth.online and not self.online_speech:
            return False
        with self._lock:
            paused = self.clock() < self._paused_until.get(synth.engine, float("-inf"))
        return not paused and synth.available

    def _pause_after(self, synth: Synthesizer, error: SynthesisUnavailable) -> None:
        pause = self.rate_limit_pause if error.rate_limited else 0.0
        if synth.online:
            pause = max(pause, self.failure_pause)
        log.warning("%s could not speak: %s", synth.engine, error)
        if pause > 0:
            log.info("%s is not asked again for %.0f s", synth.engine, pause)
            with self._lock:
                self._paused_until[synth.engine] = self.clock() + pause

    def _cache_path(self, synth: Synthesizer, text: str) -> Path:
        key = cache_key(synth.engine, synth.voice, text)
        return self.cache_dir / key[:2] / f"{key}{synth.suffix}"

    def _from_cache(self, synth: Synthesizer, text: str) -> AudioClip | None:
        path = self._cache_path(synth, text)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            log.warning("cached clip %s cannot be read", path, exc_info=True)
            return None
        return AudioClip(data, synth.suffix, "cache", path) if data else None

    def _store(self, target: Path, data: bytes) -> Path | None:
        """Write the clip atomically; a full or read-only disk only costs the cache."""
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data)
        except OSError as error:
            full = error.errno == errno.ENOSPC
            log.warning("audio not cached%s: %s", " (disk full)" if full else "", error)
            return None
        return target


def with_cached_audio(loaded: LoadedDeck, audio: AudioLibrary) -> tuple[LoadedDeck, int]:
    """The deck for export, with a cached clip as `audio/<term-id>.<ext>` for each term that
    has no recording of its own. Never synthesises. Returns the deck and how many were added."""
    media = dict(loaded.media)
    terms = []
    for term in loaded.deck.terms:
        clip = None if term.audio else audio.cached(term.display)
        name = f"audio/{term.id}{clip.suffix}" if clip else ""
        if clip is None or name in media:
            terms.append(term)
            continue
        media[name] = clip.data
        terms.append(replace(term, audio=name))
    added = len(media) - len(loaded.media)
    return LoadedDeck(replace(loaded.deck, terms=tuple(terms)), media), added
