"""Composition root: builds paths, database, stores and engines, and the use cases on them.

`Backend` holds everything that was opened (the database engine and the stores included):
the use cases are built from it, and tests and benchmarks may reach into it. A screen or a
command only ever gets `Services` (vaktaal.usecases).
"""

import logging
import os
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine

from vaktaal.core.clock import Clock, SystemClock
from vaktaal.core.i18n import _
from vaktaal.core.pictogram_families import PictureIdentities
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.scheduling import SpacedRepetition
from vaktaal.paths import Paths
from vaktaal.speech.audio_library import AudioLibrary
from vaktaal.speech.synthesis import EspeakSynthesizer, GttsSynthesizer
from vaktaal.speech.tts import EspeakSpeaker, Speaker
from vaktaal.storage.answer_queue import AnswerQueue, queue_file
from vaktaal.storage.buddy_store import BuddyStore
from vaktaal.storage.dashboard_store import DashboardStore
from vaktaal.storage.database import open_database
from vaktaal.storage.deck_store import DeckStore, ImportResult
from vaktaal.storage.learner_store import LearnerStore
from vaktaal.storage.media_store import MediaStore, sync_media
from vaktaal.storage.meeting_store import MeetingStore
from vaktaal.storage.migration_lock import UpgradeOptions
from vaktaal.storage.practice_store import PracticeStore
from vaktaal.storage.review_store import ReviewStore
from vaktaal.storage.settings_store import SettingsStore
from vaktaal.storage.thread_guard import forbid_thread
from vaktaal.usecases import Services
from vaktaal.usecases.anki import AnkiPackages
from vaktaal.usecases.buddy import BuddySessions
from vaktaal.usecases.dashboard import Dashboard
from vaktaal.usecases.decks import Decks
from vaktaal.usecases.learners import Learners
from vaktaal.usecases.meetings import Meetings
from vaktaal.usecases.practice import PracticeService
from vaktaal.usecases.printing import PdfWriter, Printing
from vaktaal.usecases.recordings import Recordings
from vaktaal.usecases.reports import ReportPdfWriter, Reports, SheetWriter
from vaktaal.usecases.settings import Settings
from vaktaal.usecases.spreadsheets import Spreadsheets

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backend:
    paths: Paths
    engine: Engine
    clock: Clock
    library: PictogramLibrary
    decks: DeckStore
    learners: LearnerStore
    reviews: ReviewStore
    settings: SettingsStore
    practice_store: PracticeStore
    meetings: MeetingStore
    buddies: BuddyStore
    speaker: Speaker
    audio: AudioLibrary

    @cached_property
    def practice(self) -> PracticeService:
        queue = AnswerQueue(queue_file(self.paths.data_dir, self.paths.database_url), self.engine)
        listening = self.speaker.available
        pictures = PictureIdentities(self.library).of
        return PracticeService(
            self.practice_store,
            self.settings,
            self.clock,
            listening=listening,
            queue=queue,
            pictures=pictures,
        )

    @cached_property
    def buddy_sessions(self) -> BuddySessions:
        listening = self.speaker.available
        store = self.practice_store
        return BuddySessions(self.buddies, store, self.practice, self.clock, listening=listening)

    @cached_property
    def services(self) -> Services:
        """The use cases on this backend: what screens and commands get."""
        decks = Decks(self.decks, self.library, self.audio, self.paths.bundled_decks_dir)
        figures = DashboardStore(self.engine, self.paths.dashboard_memory_file)
        learners = Learners(self.learners, self.clock)
        learners.manage.after_delete = figures.forget_saved  # none of theirs stays on disk
        return Services(
            paths=self.paths,
            library=self.library,
            speaker=self.speaker,
            audio=self.audio,
            practice=self.practice,
            decks=decks,
            learners=learners,
            settings=Settings(self.settings),
            meetings=Meetings(self.meetings),
            recordings=Recordings(self.engine, self.decks.media),
            spreadsheets=Spreadsheets(decks, self.library),
            anki=AnkiPackages(decks, self.library, self.audio),
            printing=Printing(decks, self.library, _pdf_writer),
            reports=Reports(lambda: self.services.dashboard, self.clock, _report_writer, _sheets),
            buddy=self.buddy_sessions,
            dashboard=Dashboard(figures, self.buddies, self.practice, self.clock),
            close=self.close,
        )

    def close(self) -> None:
        self.engine.dispose()


def open_backend(
    data_dir: str | Path | None = None,
    env: Mapping[str, str] = os.environ,
    clock: Clock | None = None,
    speaker: Speaker | None = None,
    gui_thread: threading.Thread | None = None,
    allow_server_upgrade: bool = False,
    on_waiting: Callable[[], None] | None = None,
) -> Backend:
    """Everything opened. With `gui_thread`, database work on that thread is logged (and
    refused when VAKTAAL_STRICT_THREADS=1, as in the tests). An older server schema raises
    ServerUpgradeNeeded unless `allow_server_upgrade`; `on_waiting` is called when another
    PC is upgrading the schema (default: a line on stderr, for the command line)."""
    paths = Paths.create(data_dir, env)
    paths.ensure()
    _log_to_file(paths.log_file)
    upgrade = UpgradeOptions(allow_server_upgrade, on_waiting or _say_waiting)
    engine = open_database(paths.database_url, paths.backups_dir, upgrade)
    sync_media(engine, paths.media_dir)  # one query when no PC lacks a media file
    if gui_thread is not None:
        forbid_thread(engine, gui_thread, strict=env.get("VAKTAAL_STRICT_THREADS") == "1")
    clock = clock or SystemClock()
    reviews = ReviewStore(engine, SpacedRepetition())
    settings = SettingsStore(engine)
    library = PictogramLibrary(paths.assets_dir, paths.media_dir)
    decks = DeckStore(engine, MediaStore(engine, paths.media_dir))
    online_speech = settings.app_settings().online_speech is True
    return Backend(
        paths=paths,
        engine=engine,
        clock=clock,
        library=library,
        decks=decks,
        learners=LearnerStore(engine),
        reviews=reviews,
        settings=settings,
        practice_store=PracticeStore(engine, reviews),
        meetings=MeetingStore(engine, clock),
        buddies=BuddyStore(engine),
        speaker=speaker or EspeakSpeaker(),
        audio=_audio_library(paths, online_speech, library, decks),
    )


def open_services(
    data_dir: str | Path | None = None,
    env: Mapping[str, str] = os.environ,
    clock: Clock | None = None,
    speaker: Speaker | None = None,
    gui_thread: threading.Thread | None = None,
    allow_server_upgrade: bool = False,
    on_waiting: Callable[[], None] | None = None,
) -> Services:
    """Open the data folder and database; the use cases on them."""
    return open_backend(
        data_dir, env, clock, speaker, gui_thread, allow_server_upgrade, on_waiting
    ).services


def _say_waiting() -> None:
    log.warning("another PC is upgrading the database schema: waiting")
    print(_("De database wordt bijgewerkt op een andere pc. Even wachten…"), file=sys.stderr)


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


def install_bundled_decks(opened: Services | Backend) -> list[ImportResult]:
    """Import each bundled deck that is missing or newer than the installed one."""
    services = opened.services if isinstance(opened, Backend) else opened
    return services.decks.install_bundled()


def _report_writer() -> ReportPdfWriter:
    """Reports draw with Qt too: imported only when a report PDF is made."""
    from vaktaal.printing import ensure_gui_application
    from vaktaal.printing.report import write_report_pdf

    ensure_gui_application()
    return write_report_pdf


def _sheets() -> dict[str, SheetWriter]:
    from vaktaal.usecases.report_sheets import sheet_writers

    return sheet_writers()


def _pdf_writer() -> PdfWriter:
    """Printing draws with Qt: imported only when something is printed."""
    from vaktaal.printing import ensure_gui_application, write_pdf

    ensure_gui_application()
    return write_pdf


def _log_to_file(log_file: Path) -> None:
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(log_file) for h in root.handlers):
        return
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
