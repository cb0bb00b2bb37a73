"""Composition root: builds paths, database, stores and engines, and hands them on."""

import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from vaktaal.core.clock import Clock, SystemClock
from vaktaal.core.deckformat import load_deck
from vaktaal.core.deckformat.sources import MANIFEST
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import DeckProblems
from vaktaal.core.scheduling import SpacedRepetition
from vaktaal.paths import Paths
from vaktaal.practice_service import PracticeService
from vaktaal.speech.audio_library import AudioLibrary
from vaktaal.speech.synthesis import EspeakSynthesizer, GttsSynthesizer
from vaktaal.speech.tts import EspeakSpeaker, Speaker
from vaktaal.storage.database import open_database
from vaktaal.storage.deck_store import DeckStore, ImportResult
from vaktaal.storage.learner_store import LearnerStore
from vaktaal.storage.media_store import MediaStore
from vaktaal.storage.meeting_store import MeetingStore
from vaktaal.storage.practice_store import PracticeStore
from vaktaal.storage.review_store import ReviewStore
from vaktaal.storage.settings_store import SettingsStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    paths: Paths
    engine: Engine
    library: PictogramLibrary
    decks: DeckStore
    learners: LearnerStore
    reviews: ReviewStore
    settings: SettingsStore
    practice: PracticeService
    speaker: Speaker
    audio: AudioLibrary
    meetings: MeetingStore

    def close(self) -> None:
        self.engine.dispose()


def open_services(
    data_dir: str | Path | None = None,
    env: Mapping[str, str] = os.environ,
    clock: Clock | None = None,
    speaker: Speaker | None = None,
) -> Services:
    paths = Paths.create(data_dir, env)
    paths.ensure()
    _log_to_file(paths.log_file)
    engine = open_database(paths.database_url, paths.backups_dir)
    reviews = ReviewStore(engine, SpacedRepetition())
    settings = SettingsStore(engine)
    speaker = speaker or EspeakSpeaker()
    store = PracticeStore(engine, reviews)
    clock = clock or SystemClock()
    practice = PracticeService(store, settings, clock, listening=speaker.available)
    library = PictogramLibrary(paths.assets_dir, paths.media_dir)
    decks = DeckStore(engine, MediaStore(paths.media_dir))
    return Services(
        paths=paths,
        engine=engine,
        library=library,
        decks=decks,
        learners=LearnerStore(engine),
        reviews=reviews,
        settings=settings,
        practice=practice,
        speaker=speaker,
        audio=_audio_library(paths, settings.app_settings().online_speech is True, library, decks),
        meetings=MeetingStore(engine, clock),
    )


def _audio_library(
    paths: Paths, online_speech: bool, library: PictogramLibrary, decks: DeckStore
) -> AudioLibrary:
    """gTTS first, but it is only ever asked when online speech is on; espeak-ng offline."""
    return AudioLibrary(
        paths.audio_cache_dir,
        [GttsSynthesizer(), EspeakSynthesizer()],
        media=library.file_for,
        decks=decks,
        online_speech=online_speech,
    )


def install_bundled_decks(services: Services) -> list[ImportResult]:
    """Import each bundled deck that is missing or newer than the installed one."""
    installed = services.decks.installed_versions()
    results = []
    for folder in sorted(p for p in services.paths.bundled_decks_dir.glob("*") if p.is_dir()):
        if _installed_already(folder, installed):
            continue  # the everyday case: no need to read and check the whole deck again
        try:
            loaded = load_deck(folder, services.library)
        except DeckProblems as error:
            log.warning("bundled deck %s not installed:\n%s", folder.name, error)
            continue
        if installed.get(loaded.deck.id, 0) < loaded.deck.version:
            results.append(services.decks.import_deck(loaded))
    return results


def _installed_already(folder: Path, installed: dict[str, int]) -> bool:
    """Whether this version of a bundled deck is in the database (read from deck.toml only)."""
    try:
        deck = tomllib.loads((folder / MANIFEST).read_text(encoding="utf-8"))["deck"]
        return bool(installed.get(deck["id"], 0) >= deck["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return False  # load_deck below explains what is wrong


def _log_to_file(log_file: Path) -> None:
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(log_file) for h in root.handlers):
        return
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
