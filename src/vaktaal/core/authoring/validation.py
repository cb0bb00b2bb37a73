"""Checks a draft with the deck format's own rules and messages, field by field.

The draft is written as deck.toml text and parsed by the loader's parser, and its pictograms
and audio are checked by the loader's media checker: what the editor accepts, the loader
accepts, and the author reads the same Dutch messages as `vaktaal deck validate` gives.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from vaktaal.core.authoring.editing import Draft, to_toml
from vaktaal.core.deckformat.media import MediaChecker
from vaktaal.core.deckformat.parse import parse_manifest
from vaktaal.core.i18n import _
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.model import Deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import Problem

FieldProblems = dict[str, str]  # field name (as in deck.toml, e.g. "glosses.ar") -> message
_TERM_HEADER = re.compile(r"^\[\[terms\]\]$", re.MULTILINE)
_LABEL = "deck.toml"


@dataclass(frozen=True)
class Check:
    deck_problems: FieldProblems = field(default_factory=dict)
    term_problems: dict[int, FieldProblems] = field(default_factory=dict)
    deck: Deck | None = None  # only when there are no problems at all

    @property
    def count(self) -> int:
        return len(self.deck_problems) + sum(len(p) for p in self.term_problems.values())


class _DraftSource:
    """The draft's media files, as the loader's media checker reads a deck folder."""

    def __init__(self, media: Mapping[str, bytes]) -> None:
        self.label = _LABEL
        self.media = media

    def manifest(self) -> bytes:
        return b""

    def has(self, path: str) -> bool:
        return path in self.media

    def read(self, path: str) -> bytes:
        return self.media[path]


class DraftChecker:
    """Checks drafts; remembers the verdict per pictogram so that typing stays quick."""

    def __init__(self, library: PictogramLibrary) -> None:
        self.library = library
        self._media: Mapping[str, bytes] | None = None
        self._checker: MediaChecker | None = None

    def check(self, draft: Draft) -> Check:
        text = to_toml(draft)
        deck, problems = parse_manifest(text.encode("utf-8"), _LABEL)
        if deck is not None:
            problems += self._media_checker(draft.media).check(deck)
        check = _sort(problems, _header_lines(text), draft)
        if deck is None or check.count or problems:
            return check
        return replace(check, deck=replace(deck, meetings=_meetings_of(draft)))

    def check_term(self, draft: Draft, index: int) -> FieldProblems:
        """The problems of one term, quick enough to run on every key press."""
        alone = Draft(draft.deck, (draft.terms[index],), draft.media)
        problems = self.check(alone).term_problems.get(0, {})
        term_id = draft.terms[index].get("id")
        if term_id and term_id in draft.term_ids(skip=index) and "id" not in problems:
            problems["id"] = _("Deze id staat al bij een andere term. Kies een andere id.")
        return problems

    def _media_checker(self, media: Mapping[str, bytes]) -> MediaChecker:
        if self._checker is None or media is not self._media:
            self._media, self._checker = media, MediaChecker(_DraftSource(media), self.library)
        return self._checker


def _header_lines(text: str) -> dict[int, int]:
    """Line of each [[terms]] header -> the term's index."""
    lines = [text.count("\n", 0, match.start()) + 1 for match in _TERM_HEADER.finditer(text)]
    return {line: index for index, line in enumerate(lines)}


def _sort(problems: list[Problem], lines: dict[int, int], draft: Draft) -> Check:
    deck_problems: FieldProblems = {}
    term_problems: dict[int, FieldProblems] = {}
    first_with_id: dict[object, int] = {}
    for position, term in enumerate(draft.terms):
        first_with_id.setdefault(term.get("id"), position)
    for problem in problems:
        index = _term_index(problem, lines, first_with_id)
        target = deck_problems if index is None else term_problems.setdefault(index, {})
        target.setdefault(problem.field or "", problem.message)
    return Check(deck_problems, term_problems)


def _term_index(problem: Problem, lines: dict[int, int], first: dict[object, int]) -> int | None:
    if problem.line is not None and problem.line in lines:
        return lines[problem.line]
    if problem.term_id is not None:
        return first.get(problem.term_id)
    return None


def _meetings_of(draft: Draft) -> tuple[Meeting, ...]:
    """The draft's meetings; a term that was removed leaves their lists of terms used."""
    ids = draft.term_ids()
    return tuple(replace(m, terms=tuple(t for t in m.terms if t in ids)) for m in draft.meetings)
