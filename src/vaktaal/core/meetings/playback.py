"""The meeting as a playlist, and the player's state, without Qt.

Each line gets its speaker's name, role, voice and pictogram. A speaker without a voice of
their own gets one of a few distinct offline voices, in order of appearance, so two speakers
never sound the same when it can be helped. A meeting made from a recording plays that
recording instead, each line from its start to its end (`recording_slices`).
`PlaybackState` is what the player screen shows and changes: which line, playing or paused,
how fast, text shown or "just listen".
"""

from dataclasses import dataclass

from vaktaal.core.meetings.model import Meeting

SPEEDS = (0.75, 1.0, 1.25)
NORMAL_SPEED = 1.0
WORDS_PER_MINUTE = 140  # espeak-ng at normal speed
DEFAULT_VOICES = ("nl+m3", "nl+f2", "nl+m7", "nl+f4", "nl+m1", "nl+f5")
# A pictogram for the kind of work a role names (words in the role), else a person.
ROLE_PICTOGRAMS = (
    (("teamleider", "leidinggevende", "manager", "chef", "baas"), "openmoji:1F9D1-200D-1F4BC"),
    (("servicedesk", "lijn", "ict", "helpdesk", "systeem"), "openmoji:1F9D1-200D-1F4BB"),
    (("monteur", "installateur", "technicus", "elektricien"), "openmoji:1F9D1-200D-1F527"),
    (("magazijn", "logistiek", "productie", "heftruck"), "openmoji:1F9D1-200D-1F3ED"),
    (("kok", "keuken"), "openmoji:1F9D1-200D-1F373"),
    (("docent", "trainer", "buddy", "begeleider", "coach"), "openmoji:1F9D1-200D-1F3EB"),
)
PEOPLE = ("openmoji:1F9D1-1F3FC", "openmoji:1F9D1-1F3FE", "openmoji:1F9D1-1F3FB",
          "openmoji:1F9D1-1F3FD", "openmoji:1F9D1-1F3FF")  # fmt: skip
SECONDS_PER_LINE_PAUSE = 0.4


@dataclass(frozen=True)
class PlayItem:
    index: int
    speaker_id: str
    name: str
    role: str
    voice: str  # an espeak-ng voice with variant, e.g. "nl+f2"
    pictogram: str
    text: str
    audio: str | None  # the line's own recording, when the meeting has one
    recording: str | None = None  # the meeting's recording, when this line has a place in it
    start: float | None = None  # seconds into `recording`
    end: float | None = None  # None: to the end of the recording


def playlist(meeting: Meeting) -> tuple[PlayItem, ...]:
    """The lines in order, each with who says it and with which voice."""
    voices = speaker_voices(meeting)
    order = [s.id for s in meeting.speakers]
    slices = recording_slices(meeting)
    items = []
    for index, (line, part) in enumerate(zip(meeting.lines, slices, strict=True)):
        speaker = meeting.speaker(line.speaker)
        position = order.index(line.speaker) if speaker is not None else 0
        items.append(
            PlayItem(
                index=index,
                speaker_id=line.speaker,
                name=speaker.name if speaker else line.speaker,
                role=speaker.role if speaker else "",
                voice=voices.get(line.speaker, DEFAULT_VOICES[0]),
                pictogram=role_pictogram(speaker.role if speaker else "", position),
                text=line.text,
                audio=line.audio,
                recording=meeting.recording if part else None,
                start=part[0] if part else None,
                end=part[1] if part else None,
            )
        )
    return tuple(items)


def recording_slices(meeting: Meeting) -> list[tuple[float, float | None] | None]:
    """Each line's (start, end) in the meeting's recording: its own times; without an end,
    up to where the next line starts (the last one: to the end). None: not in a recording."""
    if not meeting.recording:
        return [None] * len(meeting.lines)
    slices: list[tuple[float, float | None] | None] = []
    for index, line in enumerate(meeting.lines):
        if line.start is None:
            slices.append(None)
            continue
        following = (later.start for later in meeting.lines[index + 1 :] if later.start is not None)
        end = line.end if line.end is not None else next(following, None)
        slices.append((line.start, end) if end is None or end > line.start else None)
    return slices


def role_pictogram(role: str, position: int) -> str:
    """The pictogram of the work a role names; else a person, different per position."""
    words = role.lower()
    for keys, pictogram in ROLE_PICTOGRAMS:
        if any(key in words for key in keys):
            return pictogram
    return PEOPLE[position % len(PEOPLE)]


def speaker_voices(meeting: Meeting) -> dict[str, str]:
    """Each speaker's voice: their own, else the next default voice nobody uses yet."""
    taken = {s.voice for s in meeting.speakers if s.voice}
    free = [v for v in DEFAULT_VOICES if v not in taken] or list(DEFAULT_VOICES)
    voices: dict[str, str] = {}
    given = 0
    for speaker in meeting.speakers:
        if speaker.voice:
            voices[speaker.id] = speaker.voice
        else:
            voices[speaker.id] = free[given % len(free)]
            given += 1
    return voices


def words_per_minute(speed: float) -> int:
    """espeak-ng's rate for a speed factor (0.75 slower, 1.25 faster)."""
    return round(WORDS_PER_MINUTE * speed)


def estimated_seconds(text: str, speed: float) -> float:
    """About how long a synthetic voice takes to say `text` at `speed` (a fake clock, and
    the wait when no audio device plays the line)."""
    words = max(1, len(text.split()))
    return words * 60.0 / words_per_minute(speed) + SECONDS_PER_LINE_PAUSE


def faster(speed: float) -> float:
    return next((s for s in SPEEDS if s > speed), SPEEDS[-1])


def slower(speed: float) -> float:
    return next((s for s in reversed(SPEEDS) if s < speed), SPEEDS[0])


@dataclass
class PlaybackState:
    """Where the player is. `at_end`: the last line was said to the end."""

    length: int
    current: int = 0
    playing: bool = False
    speed: float = NORMAL_SPEED
    show_text: bool = True
    at_end: bool = False

    def play(self) -> bool:
        """Start (from the top again after the end); False when there is nothing to play."""
        if self.length == 0:
            return False
        if self.at_end:
            self.current, self.at_end = 0, False
        self.playing = True
        return True

    def pause(self) -> None:
        self.playing = False

    def go_to(self, index: int) -> None:
        self.current = min(max(index, 0), max(self.length - 1, 0))
        self.at_end = False

    def line_done(self) -> bool:
        """The current line was said: True when a next line follows, else the end."""
        if self.current + 1 < self.length:
            self.current += 1
            return True
        self.playing, self.at_end = False, True
        return False
