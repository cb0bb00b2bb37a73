"""A learner's summary, indexed once so that each keyword is a few dictionary look-ups.

A keyword may be one word ("pallet"), a phrase ("dock 3": the words in this order, at most
one other word between them), a word ending in "*" (any word that starts with it: "op*"
on purpose matches "opruimen") or a clock time ("acht uur" meets "8:00", "om 8", see
moments). A word is found in the summary as one of its forms (see wordforms), as a separable
verb split over its sentence ("ruimt de dozen op" holds "opruimen"), or as a part of a
compound: its head ("europallet" holds "pallet"; only for keys of five letters or more
after a part of four or more) or its first part ("schouderhoogte" holds "schouder"; five
letters or more before four or more). Compound parts are reported apart (`Found.parts`):
the caller decides whether they count. With `fuzzy`, a long word also meets a word one
letter off ("inventarisasie"), as learners spell.
Sentences end at . ! ? ; and new lines; clauses also at commas.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from vaktaal.core.meetings.moments import Moment, day_moments, parse_time, time_moments
from vaktaal.core.meetings.wordforms import compound_heads, keys, plain, split_particle, words

_SENTENCE_END = re.compile(r"[.!?;\n]+(?:\s|$)")
_CLAUSE_END = re.compile(r",(?:\s|$)")
_KEYWORD_WORD = re.compile(r"[a-z0-9]+\*?")
_HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_GAP = 1  # words allowed between the words of a phrase
FUZZY_LENGTH = 8  # words this long may be one letter off
_FIRST_PART = 5  # a compound's first part has this many letters or more ...
_REST = 4  # ... and this many follow it


@dataclass(frozen=True)
class Found:
    exact: frozenset[int]  # positions of words that are the keyword (in some form)
    parts: frozenset[int]  # positions of compounds that hold it

    @property
    def any(self) -> frozenset[int]:
        return self.exact | self.parts


class SummaryText:
    def __init__(self, text: str) -> None:
        self.words: list[str] = []
        self.sentence_of: list[int] = []
        self.clause_of: list[int] = []
        self._exact: dict[str, set[int]] = {}
        self._parts: dict[str, set[int]] = {}
        clause = 0
        for number, sentence in enumerate(_SENTENCE_END.split(plain(text))):
            for part in _CLAUSE_END.split(sentence):
                for token in _HYPHENATED.findall(part):
                    self._add_token(token, number, clause)
                clause += 1

    def _add_token(self, token: str, sentence: int, clause: int) -> None:
        parts = words(token)
        for part in parts:
            self._add_word(part, len(self.words))
            self.words.append(part)
            self.sentence_of.append(sentence)
            self.clause_of.append(clause)
        if len(parts) > 1:  # "e-mail" is also "email", at the place of its last part
            self._add_word("".join(parts), len(self.words) - 1)

    @cached_property
    def times(self) -> list[Moment]:
        return time_moments(self.words)

    def days(self, weekday: int | None) -> list[Moment]:
        return day_moments(self.words, weekday)

    def has(self, keyword: str) -> bool:
        """Whether the summary holds this keyword (a word, a phrase, a "word*" or a time)."""
        return bool(self.find(keyword).any)

    def find(self, keyword: str, fuzzy: bool = False) -> Found:
        """Where the keyword ends in the summary."""
        if "-" in keyword:
            joined = self.find(keyword.replace("-", ""), fuzzy)
            if joined.any:
                return joined  # "e-mail" is also "email"
        parts = [_digit_word(part) for part in _KEYWORD_WORD.findall(plain(keyword))]
        minutes = parse_time(parts) if len(parts) > 1 or ":" in keyword else None
        if minutes is not None:
            return Found(self._time_positions(minutes), frozenset())
        if len(parts) == 1:
            return self._word(parts[0], fuzzy)
        return Found(self._phrase(parts), frozenset())

    def _word(self, word: str, fuzzy: bool) -> Found:
        exact = self._positions(word)
        parts = set().union(*(self._parts.get(key, set()) for key in keys(word))) - exact
        if fuzzy and not exact and not parts and len(word) >= FUZZY_LENGTH:
            exact = {p for p, found in enumerate(self.words) if _one_letter_off(word, found)}
        return Found(frozenset(exact), frozenset(parts))

    def _phrase(self, parts: list[str]) -> frozenset[int]:
        ends = self._positions(parts[0]) | self._part_positions(parts[0])
        for part in parts[1:]:
            ends = {p for p in self._positions(part) if any(0 < p - e <= MAX_GAP + 1 for e in ends)}
        return frozenset(ends)

    def _time_positions(self, minutes: frozenset[int]) -> frozenset[int]:
        return frozenset(m.position for m in self.times if m.minutes & minutes)

    def _positions(self, word: str) -> set[int]:
        if word.endswith("*"):
            start = word[:-1]
            return {p for p, found in enumerate(self.words) if found.startswith(start)}
        return self._form_positions(word) | self._split_verb_positions(word)

    def _form_positions(self, word: str) -> set[int]:
        return set().union(*(self._exact.get(key, set()) for key in keys(word)))

    def _part_positions(self, word: str) -> set[int]:
        return set().union(*(self._parts.get(key, set()) for key in keys(word)))

    def _split_verb_positions(self, word: str) -> set[int]:
        split = split_particle(word)
        if split is None:
            return set()
        particle, rest = split
        sentences = {self.sentence_of[p] for p, found in enumerate(self.words) if found == particle}
        return {p for p in self._form_positions(rest) if self.sentence_of[p] in sentences}

    def _add_word(self, word: str, position: int) -> None:
        for key in keys(word):
            self._exact.setdefault(key, set()).add(position)
            for part in (*compound_heads(key), *_first_parts(key)):
                self._parts.setdefault(part, set()).add(position)


def _first_parts(key: str) -> list[str]:
    """Beginnings of a key that may be the first part of a compound: "schouderhogte" ->
    "schou", ..., "schouder", "schouderh"."""
    return [key[:end] for end in range(_FIRST_PART, len(key) - _REST + 1)]


def _digit_word(word: str) -> str:
    """A number word in a keyword, as in the summary's words: "drie" -> "3"."""
    return word if word.endswith("*") else (words(word) or [word])[0]


def _one_letter_off(word: str, other: str) -> bool:
    """One letter changed, added or left out (and the same first letter)."""
    if abs(len(word) - len(other)) > 1 or word[:1] != other[:1] or word == other:
        return False
    if len(word) == len(other):
        return sum(a != b for a, b in zip(word, other, strict=True)) == 1
    short, long = sorted((word, other), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
