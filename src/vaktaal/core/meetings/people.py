"""Who a learner's summary names: the meeting's speakers by name, first name or role, and
the learner as "ik" (or, weaker, "mij"/"me": the learner is then seldom the one who acts).
"""

from dataclasses import dataclass

from vaktaal.core.meetings.model import Meeting
from vaktaal.core.meetings.summary_text import SummaryText
from vaktaal.core.meetings.wordforms import plain, words

LEARNER_SUBJECT = ("ik",)
LEARNER_OBJECT = ("mij", "me")


@dataclass(frozen=True)
class Mention:
    position: int
    speakers: frozenset[str]  # speaker ids this mention may mean (a shared role: several)
    written: str
    weak: bool = False  # "mij"/"me": counts for the learner, never against another


def speaker_phrases(meeting: Meeting) -> dict[str, frozenset[str]]:
    """Each plain name, first name and role -> the speakers it may mean."""
    found: dict[str, set[str]] = {}
    for speaker in meeting.speakers:
        first = speaker.name.split()[0] if speaker.name.split() else ""
        for phrase in (speaker.name, first, speaker.role):
            if words(phrase):
                found.setdefault(" ".join(words(phrase)), set()).add(speaker.id)
    return {phrase: frozenset(ids) for phrase, ids in found.items()}


def speakers_of(meeting: Meeting, group: tuple[str, ...]) -> frozenset[str] | None:
    """The speakers a keyword group names, when every word of it is a name or role."""
    phrases = speaker_phrases(meeting)
    named = [phrases.get(" ".join(words(word))) for word in group]
    if not named or any(ids is None for ids in named):
        return None
    return frozenset().union(*(ids for ids in named if ids is not None))


def mentions(summary: SummaryText, meeting: Meeting) -> list[Mention]:
    found = [
        Mention(position, ids, phrase)
        for phrase, ids in speaker_phrases(meeting).items()
        for position in summary.find(phrase).exact
    ]
    if meeting.learner is not None:
        learner = frozenset((meeting.learner,))
        for position, word in enumerate(summary.words):
            if word in LEARNER_SUBJECT or word in LEARNER_OBJECT:
                found.append(Mention(position, learner, word, weak=word in LEARNER_OBJECT))
    return found


def display_name(meeting: Meeting, speaker_id: str) -> str:
    speaker = meeting.speaker(speaker_id)
    return speaker.name if speaker is not None else speaker_id


def is_learner_word(word: str) -> bool:
    return plain(word) in LEARNER_SUBJECT + LEARNER_OBJECT
