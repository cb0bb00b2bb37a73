"""Subtitles for a meeting: SubRip (.srt) and WebVTT (.vtt) text from its lines.

Each line is one cue, with the speaker's name: "Anna: Goedemorgen." in SRT, the voice tag
"<v Anna>Goedemorgen." in VTT. Lines with timestamps keep them. A line without a start
begins where the cue before it ended (the first at 0). A line without an end lasts as long
as it takes to read: len(text) / 15 characters per second (the usual subtitle reading
speed), at least 1.5 and at most 7 seconds, and never past the start of the next timed line.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vaktaal.core.i18n import _
from vaktaal.core.meetings.model import Line, Meeting

CHARACTERS_PER_SECOND = 15.0
MIN_SECONDS = 1.5
MAX_SECONDS = 7.0
MIN_GAP = 0.001  # a cue always lasts a little, even if its timestamps are equal


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    speaker: str  # the speaker's name (their id if the meeting does not know them)
    text: str


class SubtitleProblem(Exception):
    """Subtitles could not be made; the message is for the user."""


def estimated_seconds(text: str) -> float:
    """How long a line without an end is shown: its reading time."""
    return min(MAX_SECONDS, max(MIN_SECONDS, len(text) / CHARACTERS_PER_SECOND))


def subtitle_cues(meeting: Meeting) -> list[Cue]:
    """One cue per line that has text, in order, each with a start and an end."""
    lines = [line for line in meeting.lines if line.text.strip()]
    cues: list[Cue] = []
    previous_end = 0.0
    for index, line in enumerate(lines):
        start = line.start if line.start is not None else previous_end
        end = line.end if line.end is not None else _estimated_end(start, line, lines[index + 1 :])
        end = max(end, start + MIN_GAP)
        cues.append(Cue(start, end, _speaker_name(meeting, line.speaker), _one_line(line.text)))
        previous_end = end
    return cues


def _estimated_end(start: float, line: Line, later: Sequence[Line]) -> float:
    end = start + estimated_seconds(line.text.strip())
    next_start = next((other.start for other in later if other.start is not None), None)
    if next_start is not None and next_start > start:
        end = min(end, next_start)
    return end


def _speaker_name(meeting: Meeting, speaker_id: str) -> str:
    speaker = meeting.speaker(speaker_id)
    return speaker.name if speaker is not None and speaker.name.strip() else speaker_id


def _one_line(text: str) -> str:
    """Blank lines end a cue in both formats: keep the text on one line."""
    return " ".join(text.split())


def srt_time(seconds: float) -> str:
    return _clock(seconds, ",")


def vtt_time(seconds: float) -> str:
    return _clock(seconds, ".")


def _clock(seconds: float, separator: str) -> str:
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    whole, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}{separator}{millis:03d}"


def to_srt(meeting: Meeting) -> str:
    blocks = [
        f"{number}\n{srt_time(cue.start)} --> {srt_time(cue.end)}\n{_srt_text(cue)}\n"
        for number, cue in enumerate(subtitle_cues(meeting), start=1)
    ]
    return "\n".join(blocks)


def _srt_text(cue: Cue) -> str:
    return f"{cue.speaker}: {cue.text}" if cue.speaker else cue.text


def to_vtt(meeting: Meeting) -> str:
    blocks = [
        f"{vtt_time(cue.start)} --> {vtt_time(cue.end)}\n{_vtt_text(cue)}\n"
        for cue in subtitle_cues(meeting)
    ]
    return "\n".join(["WEBVTT\n", *blocks])


def _vtt_text(cue: Cue) -> str:
    text = _escape(cue.text)
    if not cue.speaker:
        return text
    return f"<v {_escape(cue.speaker)}>{text}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def subtitles_for(meeting: Meeting, path: Path) -> str:
    """The subtitle text for a file named `path`: .srt or .vtt. Raises SubtitleProblem."""
    suffix = path.suffix.lower()
    if suffix == ".srt":
        return to_srt(meeting)
    if suffix == ".vtt":
        return to_vtt(meeting)
    message = _("Ondertitels kunnen alleen als .srt of .vtt worden opgeslagen, niet als {name}.")
    raise SubtitleProblem(message.format(name=path.name))


def write_subtitles(meeting: Meeting, path: Path) -> None:
    """Write .srt or .vtt (UTF-8) atomically: a failed write leaves no half file."""
    text = subtitles_for(meeting, path)
    if not any(line.text.strip() for line in meeting.lines):
        raise SubtitleProblem(_("Deze vergadering heeft nog geen tekst. Vul eerst de zinnen in."))
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8", newline="\n")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
