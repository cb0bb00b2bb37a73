"""Use cases: what a person can do with vaktaal, the same for the app and the command line.

Plain Python, never Qt. Each use case takes the stores and engines it needs and returns
plain data; the app runs them through its task manager (ui/tasks.py), the command line
calls them directly. `Services` is all that a screen receives: use cases and engines for
sound and pictures, never the database engine or a store.
"""

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
