"""A meeting as plain immutable data: who speaks, what is said, what matters, who does what.

A meeting belongs to a deck (the file `meetings/<id>.toml` inside it). Its main points and
action items carry `keywords`: what a learner's summary must mention to cover them. Each
keyword is a group of words that count as the same (the author's synonyms), e.g.
(("pallet", "pallets"), ("dock", "laadperron")); matching also tolerates inflection.
`learner` names the speaker whose place the learner takes: "ik" and "mij" in the learner's
summary mean that speaker.
"""

from dataclasses import dataclass

Keywords = tuple[tuple[str, ...], ...]  # groups of interchangeable words


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str
    role: str  # e.g. "teamleider"
    voice: str | None = None  # an offline voice variant (e.g. "nl+m3"); None: the default


@dataclass(frozen=True)
class Line:
    speaker: str  # a Speaker id
    text: str
    audio: str | None = None  # a file inside the deck, or a `stored:` reference
    start: float | None = None  # seconds into the meeting's recording, when it has one
    end: float | None = None


@dataclass(frozen=True)
class MainPoint:
    id: str
    text: str  # the point in simple Dutch, as the learner sees it among the distractors
    keywords: Keywords = ()


@dataclass(frozen=True)
class ActionItem:
    id: str
    who: str  # a Speaker id
    what: str
    when: str | None = None  # "vandaag", "vrijdag 12:00"; None: no deadline
    keywords: Keywords = ()


@dataclass(frozen=True)
class Meeting:
    id: str
    title: str
    situation: str  # where and when: "Dagstart op maandag om 8:00 bij de servicedesk."
    speakers: tuple[Speaker, ...]
    lines: tuple[Line, ...]
    main_points: tuple[MainPoint, ...]
    action_items: tuple[ActionItem, ...] = ()
    distractors: tuple[str, ...] = ()  # plausible points that were NOT made
    terms: tuple[str, ...] = ()  # ids of the deck's terms the meeting uses
    recording: str | None = None  # the whole meeting as one audio file, when recorded
    learner: str | None = None  # the Speaker id whose place the learner takes ("ik" in a summary)

    def speaker(self, speaker_id: str) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)
