"""A recording of a real meeting (WAV or MP3) turned into a draft meeting the author corrects.

The audio is decoded by miniaudio (no ffmpeg) in pieces of CHUNK_SECONDS, resampled to the
recognizer's rate and fed to one free Vosk stream, so memory stays small even for hours of
audio (only the words are kept). The words are split into lines at pauses; every line is
said by one unknown speaker, "spreker-1", whom the author renames or splits up.
A quick first pass refuses a silent recording before the slow recognition starts.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from vaktaal.core.i18n import _
from vaktaal.core.meetings.model import Line, Meeting, Speaker
from vaktaal.speech.recognition import UNKNOWN, Cancelled, Recognizer, Word

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".wav", ".mp3")
MAX_SECONDS = 2 * 60 * 60  # longer recordings are refused: split them first
PAUSE_SECONDS = 0.8  # a silence longer than this between two words starts a new line
MAX_LINE_SECONDS = 15.0  # a line that goes on longer is cut (easier to correct and to read)
CHUNK_SECONDS = 1.0
FRAME_SECONDS = 0.03
SILENCE_RMS = 200  # as in recording_checks: the loudest 30 ms under this is silence
UNKNOWN_SPEAKER = Speaker("spreker-1", "Spreker 1", "onbekend")

Progress = Callable[[float], None]  # the part done, 0.0 .. 1.0


class TranscriptionProblem(Exception):
    """The recording cannot be transcribed; the message (Dutch) says what to do."""


@dataclass(frozen=True)
class Transcription:
    meeting: Meeting
    words: tuple[Word, ...]
    audio_seconds: float
    elapsed_seconds: float  # decoding and recognition together


def transcribe_recording(
    path: Path,
    recognizer: Recognizer,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    max_seconds: float = MAX_SECONDS,
) -> Transcription:
    """The recording as a draft meeting. Raises TranscriptionProblem or Cancelled."""
    started = time.perf_counter()
    seconds = recording_seconds(path, max_seconds)
    if not has_sound(path, cancel):
        raise TranscriptionProblem(_silent_message(path))
    words = recognize(path, recognizer, seconds, progress, cancel)
    elapsed = time.perf_counter() - started
    log.info("transcribed %.0f s of %s in %.1f s", seconds, path.name, elapsed)
    return Transcription(draft_meeting(path, words), words, seconds, elapsed)


def recording_seconds(path: Path, max_seconds: float = MAX_SECONDS) -> float:
    """How long the recording lasts; refuses other formats, unreadable and too long files."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        message = _("Vaktaal kan alleen WAV- en MP3-opnames omzetten, geen {name}. "
                    "Sla de opname op als WAV of MP3 en probeer het opnieuw.")  # fmt: skip
        raise TranscriptionProblem(message.format(name=path.name))
    import miniaudio  # type: ignore[import-untyped]  # imported when used: a quick start

    try:
        info = miniaudio.get_file_info(str(path))
    except FileNotFoundError as error:
        raise TranscriptionProblem(
            _("Het bestand {path} bestaat niet.").format(path=path)
        ) from error
    except (miniaudio.MiniaudioError, OSError) as error:
        message = _("De opname {name} kan niet worden gelezen. Is het bestand beschadigd?")
        raise TranscriptionProblem(message.format(name=path.name)) from error
    if info.duration > max_seconds:
        message = _("De opname duurt {length}; Vaktaal zet opnames tot {limit} om. "
                    "Knip de opname in stukken en zet ze een voor een om.")  # fmt: skip
        limit = _duration(max_seconds)
        raise TranscriptionProblem(message.format(length=_duration(info.duration), limit=limit))
    return float(info.duration)


def _duration(seconds: float) -> str:
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return _("{minutes} minuten").format(minutes=minutes)
    return _("{hours} uur en {minutes} minuten").format(hours=minutes // 60, minutes=minutes % 60)


def _silent_message(path: Path) -> str:
    message = _("In de opname {name} is niets te horen. Kies een andere opname.")
    return message.format(name=path.name)


def pcm_chunks(path: Path, sample_rate: int) -> Iterator[bytes]:
    """16-bit mono PCM at `sample_rate`, CHUNK_SECONDS at a time."""
    import miniaudio  # type: ignore[import-untyped]

    frames = int(sample_rate * CHUNK_SECONDS)
    try:
        for chunk in miniaudio.stream_file(
            str(path), miniaudio.SampleFormat.SIGNED16, 1, sample_rate, frames
        ):
            yield chunk.tobytes()
    except miniaudio.MiniaudioError as error:
        message = _("De opname {name} kan niet worden gelezen. Is het bestand beschadigd?")
        raise TranscriptionProblem(message.format(name=path.name)) from error


def has_sound(path: Path, cancel: threading.Event | None = None, rate: int = 16_000) -> bool:
    """Is any 30 ms of the recording louder than silence? Stops at the first loud moment."""
    for chunk in pcm_chunks(path, rate):
        _check(cancel)
        if _loudest_rms(chunk, rate) >= SILENCE_RMS:
            return True
    return False


def _loudest_rms(pcm: bytes, rate: int) -> float:
    samples = array("h", pcm)
    if not samples or max(max(samples), -min(samples)) < SILENCE_RMS:
        return 0.0  # quick: no frame's RMS is above the loudest sample
    size = max(1, int(rate * FRAME_SECONDS))
    loudest = 0
    for start in range(0, len(samples), size):
        frame = samples[start : start + size]
        loudest = max(loudest, sum(s * s for s in frame) // len(frame))
    return math.sqrt(loudest)


def recognize(
    path: Path,
    recognizer: Recognizer,
    total_seconds: float,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[Word, ...]:
    """Every word heard in the recording, with its time, through one free stream."""
    stream = recognizer.stream()
    done = 0.0
    if progress is not None:
        progress(0.0)
    try:
        for chunk in pcm_chunks(path, recognizer.sample_rate):
            _check(cancel)
            stream.feed(chunk)
            done += len(chunk) / 2 / recognizer.sample_rate
            if progress is not None:
                progress(min(1.0, done / total_seconds) if total_seconds > 0 else 1.0)
        _check(cancel)
    except BaseException:
        stream.close()
        raise
    words = stream.result().words
    return tuple(word for word in words if word.text and word.text != UNKNOWN)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def split_lines(
    words: Sequence[Word],
    pause: float = PAUSE_SECONDS,
    max_line: float = MAX_LINE_SECONDS,
    speaker: str = UNKNOWN_SPEAKER.id,
) -> tuple[Line, ...]:
    """Lines of words: a new line after a pause longer than `pause`, or when a line would
    last longer than `max_line` seconds."""
    groups: list[list[Word]] = []
    for word in words:
        current = groups[-1] if groups else None
        if (
            current is None
            or word.start - current[-1].end > pause
            or (word.end - current[0].start > max_line)
        ):
            groups.append([word])
        else:
            current.append(word)
    return tuple(
        Line(
            speaker, " ".join(w.text for w in group), None, _ms(group[0].start), _ms(group[-1].end)
        )
        for group in groups
    )


def _ms(seconds: float) -> float:
    return round(seconds, 3)


def draft_meeting(path: Path, words: Sequence[Word]) -> Meeting:
    """A meeting to correct: the title from the file name, one unknown speaker."""
    return Meeting(
        id=meeting_id(path.stem),
        title=_title(path.stem),
        situation="",
        speakers=(UNKNOWN_SPEAKER,),
        lines=split_lines(words),
        main_points=(),
    )


def meeting_id(name: str) -> str:
    """'Dagstart Maandag 3' -> 'dagstart-maandag-3'; 'vergadering' when nothing is left."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return cleaned or "vergadering"


def _title(stem: str) -> str:
    words = re.sub(r"[_\-.]+", " ", stem).split()
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text else _("Vergadering")
