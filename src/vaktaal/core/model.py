"""The deck and its terms, as plain immutable data."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from vaktaal.core.meetings.model import Meeting

SCHEMA_VERSION = 1
# "open": not known yet (a spreadsheet without a word class); shown as such, never guessed
WORD_CLASSES = ("noun", "verb", "adjective", "adverb", "phrase", "abbreviation", "other", "open")
ARTICLES = ("de", "het", "de/het")
CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    word_class: str
    explanation: str
    example: str
    pictogram: str
    glosses: dict[str, str]
    article: str | None = None
    plural: str | None = None  # "": a noun without a plural (`plural = false` in deck.toml)
    audio: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    safety_critical: bool = False

    @property
    def display(self) -> str:
        """The term as a learner sees it: with its article for nouns."""
        return f"{self.article} {self.term}" if self.article else self.term


@dataclass(frozen=True)
class Deck:
    id: str
    title: str
    organisation: str
    level: str
    gloss_languages: tuple[str, ...]
    version: int
    authors: tuple[str, ...]
    licence: str
    terms: tuple[Term, ...] = field(default=(), repr=False)
    job_function: str | None = None
    task_profile: str | None = None
    description: str | None = None
    pictogram: str | None = None
    meetings: tuple[Meeting, ...] = field(default=(), repr=False)  # from meetings/<id>.toml
    needs_native_check: tuple[str, ...] = ()  # gloss languages no native speaker has checked

    def media_paths(self) -> set[str]:
        """Every file of the deck itself that its manifest or its meetings refer to."""
        refs = [self.pictogram] + [t.pictogram for t in self.terms] + [t.audio for t in self.terms]
        for meeting in self.meetings:
            refs += [meeting.recording] + [line.audio for line in meeting.lines]
        return {ref for ref in refs if ref and is_deck_file(ref)}


def used_media(deck: Deck, media: Mapping[str, bytes]) -> dict[str, bytes]:
    """The files of `media` that the deck refers to (a draft may hold files no longer used)."""
    paths = deck.media_paths()
    return {name: data for name, data in media.items() if name in paths}


def is_deck_file(ref: str) -> bool:
    """A media reference without a `scheme:` prefix is a file inside the deck."""
    return ":" not in ref
