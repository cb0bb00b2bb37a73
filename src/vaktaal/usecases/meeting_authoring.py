"""Meetings for authors: a recording becomes a draft meeting; a meeting becomes a meeting
file (.toml) or subtitles (.srt, .vtt).

The meeting editor and `vaktaal meeting transcribe|subtitles` take the same steps here. The
speech model comes from a `RecognizerSource`, called only when the work starts (loading a
model takes seconds); the recognition itself is vaktaal.speech.transcription.
"""

import threading
from collections.abc import Callable
from pathlib import Path

from vaktaal.core.i18n import _
from vaktaal.core.meetings.authoring_files import (
    MeetingFileProblem,
    meeting_file_id,
    read_meeting_file,
    write_meeting_file,
)
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.meetings.subtitles import SubtitleProblem, write_subtitles
from vaktaal.paths import Paths
from vaktaal.speech.engine import SpeechEngine
from vaktaal.speech.models import ModelProblem, find_model
from vaktaal.speech.recognition import Cancelled, Recognizer
from vaktaal.speech.transcription import (
    Progress,
    Transcription,
    TranscriptionProblem,
    transcribe_recording,
)
from vaktaal.usecases.errors import UseCaseError

__all__ = [
    "AuthoringProblem",
    "Cancelled",
    "MeetingAuthoring",
    "Progress",
    "RecognizerSource",
    "Transcription",
    "engine_model_source",
    "installed_model_source",
    "is_meeting_file",
]

RecognizerSource = Callable[[], Recognizer]


class AuthoringProblem(UseCaseError):
    """Nothing was transcribed or written; the message says why and what to do."""


def installed_model_source(paths: Paths) -> RecognizerSource:
    """The installed speech model, loaded the first time it is asked for."""
    loaded: list[Recognizer] = []

    def source() -> Recognizer:
        if not loaded:
            loaded.append(_load_installed_model(paths))
        return loaded[0]

    return source


def _load_installed_model(paths: Paths) -> Recognizer:
    status = find_model(paths)
    if not status.ready or status.path is None:
        raise AuthoringProblem(status.message)
    from vaktaal.speech.vosk_engine import VoskRecognizer  # imports vosk: only when needed

    try:
        return VoskRecognizer.load(status.path)
    except ModelProblem as error:
        raise AuthoringProblem(str(error)) from error


def engine_model_source(engine: SpeechEngine) -> RecognizerSource:
    """The model the app's speech engine has loaded (one copy in memory, hundreds of MB);
    while it has none, the installed model, loaded here."""
    fallback = installed_model_source(engine.paths)

    def source() -> Recognizer:
        checker = engine.checker
        return checker.recognizer if checker is not None else fallback()

    return source


def is_meeting_file(reference: str) -> bool:
    """Whether `reference` names a meeting file (.toml, or an existing file), not an id."""
    path = Path(reference)
    return path.suffix.lower() == ".toml" or path.is_file()


class MeetingAuthoring:
    """Transcribe, save and read meeting files, write subtitles. Slow: never on the GUI
    thread. Failures are AuthoringProblem (a plain Dutch message), or Cancelled."""

    def transcribe(
        self,
        recording: Path,
        recognizers: RecognizerSource,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Transcription:
        """The recording (WAV/MP3) as a draft meeting: one unknown speaker, lines at pauses."""
        try:
            return transcribe_recording(recording, recognizers(), progress, cancel)
        except (TranscriptionProblem, ModelProblem) as error:
            raise AuthoringProblem(str(error)) from error

    def transcribe_to_file(
        self,
        recording: Path,
        out: Path,
        recognizers: RecognizerSource,
        progress: Progress | None = None,
    ) -> Meeting:
        """transcribe, then save as `out`; a bad file name is refused before any work."""
        _check_file_name(out)
        return self.save(self.transcribe(recording, recognizers, progress).meeting, out)

    def save(self, meeting: Meeting, path: Path) -> Meeting:
        """Write the meeting file `path` (its id becomes the file name); returns it as saved.
        Nothing is written when something is wrong."""
        try:
            return write_meeting_file(meeting, path)
        except MeetingFileProblem as problem:
            raise AuthoringProblem(str(problem)) from problem
        except OSError as error:
            raise AuthoringProblem(_not_saved(error)) from error

    def read(self, path: Path) -> Meeting:
        """A meeting file written by an author (a draft may still lack main points)."""
        if not path.is_file():
            raise AuthoringProblem(_("Het bestand {path} bestaat niet.").format(path=path))
        try:
            return read_meeting_file(path)
        except MeetingFileProblem as problem:
            raise AuthoringProblem(str(problem)) from problem
        except OSError as error:
            message = _("Het bestand {path} kan niet worden gelezen ({reason}).")
            raise AuthoringProblem(message.format(path=path, reason=error.strerror)) from error

    def save_subtitles(self, meeting: Meeting, path: Path) -> None:
        """Write .srt or .vtt, by the suffix of `path`."""
        try:
            write_subtitles(meeting, path)
        except SubtitleProblem as problem:
            raise AuthoringProblem(str(problem)) from problem
        except OSError as error:
            raise AuthoringProblem(_not_saved(error)) from error


def _check_file_name(out: Path) -> None:
    try:
        meeting_file_id(out)
    except MeetingFileProblem as problem:
        raise AuthoringProblem(str(problem)) from problem


def _not_saved(error: OSError) -> str:
    message = _("Het bestand kon niet worden opgeslagen ({reason}). Kies een andere map.")
    return message.format(reason=error.strerror or error)
