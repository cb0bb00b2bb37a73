"""Services: all that a screen or a command receives (use cases, sound, pictures, paths)."""

from collections.abc import Callable
from dataclasses import dataclass

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths
from vaktaal.speech.audio_library import AudioLibrary
from vaktaal.speech.tts import Speaker
from vaktaal.usecases.anki import AnkiPackages
from vaktaal.usecases.buddy import BuddySessions
from vaktaal.usecases.dashboard import Dashboard
from vaktaal.usecases.decks import Decks
from vaktaal.usecases.learners import Learners
from vaktaal.usecases.meetings import Meetings
from vaktaal.usecases.practice import PracticeService
from vaktaal.usecases.printing import Printing
from vaktaal.usecases.recordings import Recordings
from vaktaal.usecases.reports import Reports
from vaktaal.usecases.settings import Settings
from vaktaal.usecases.spreadsheets import Spreadsheets


@dataclass(frozen=True)
class Services:
    paths: Paths
    library: PictogramLibrary
    speaker: Speaker
    audio: AudioLibrary
    practice: PracticeService
    decks: Decks
    learners: Learners
    settings: Settings
    meetings: Meetings
    recordings: Recordings
    spreadsheets: Spreadsheets
    anki: AnkiPackages
    printing: Printing
    reports: Reports
    buddy: BuddySessions
    dashboard: Dashboard
    close: Callable[[], None]
