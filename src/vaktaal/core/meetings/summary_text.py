"""A learner's summary, indexed once so that each keyword is a few dictionary look-ups.

A keyword may be one word ("pallet"), a phrase ("dock 3": the words in this order, at most
one other word between them), or a word ending in "*" (any word that starts with it:
"op*" on purpose matches "opruimen"). A word is found in the summary as one of its forms
(see wordforms), as the head of a compound ("europallet" holds "pallet"; only for keys of
five letters or more after a part of four or more), or as a separable verb split over its
sentence ("ruimt de dozen op" holds "opruimen").
"""

import re

from vaktaal.core.meetings.wordforms import compound_heads, keys, plain, split_particle, words

_SENTENCE_END = re.compile(r"[.!?;:\n]+(?:\s|$)")
_KEYWORD_WORD = re.compile(r"[a-z0-9]+\*?")
_HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_GAP = 1  # words allowed between the words of a phrase


class SummaryText:
    def __init__(self, text: str) -> None:
        self.words: list[str] = []
        self.sentence_of: list[int] = []
        self._index: dict[str, set[int]] = {}
        for number, sentence in enumerate(_SENTENCE_END.split(plain(text))):
            for token in _HYPHENATED.findall(sentence):
                parts = words(token)
                for part in parts:
                    self._add_word(part, len(self.words))
                    self.words.append(part)
                    self.sentence_of.append(number)
                if len(parts) > 1:  # "e-mail" is also "email", at the place of its last part
                    self._add_word("".join(parts), len(self.words) - 1)

    def has(self, keyword: str) -> bool:
        """Whether the summary holds this keyword (a word, a phrase or a "word*")."""
        if "-" in keyword and self.has(keyword.replace("-", "")):
            return True  # "e-mail" is also "email"
        parts = [_digit_word(part) for part in _KEYWORD_WORD.findall(plain(keyword))]
        if not parts:
            return False
        ends = self._positions(parts[0])
        for part in parts[1:]:
            ends = {p for p in self._positions(part) if any(0 < p - e <= MAX_GAP + 1 for e in ends)}
        return bool(ends)

    def _positions(self, word: str) -> set[int]:
        if word.endswith("*"):
            start = word[:-1]
            return {p for p, found in enumerate(self.words) if found.startswith(start)}
        return self._form_positions(word) | self._split_verb_positions(word)

    def _form_positions(self, word: str) -> set[int]:
        return set().union(*(self._index.get(key, set()) for key in keys(word)))

    def _split_verb_positions(self, word: str) -> set[int]:
        split = split_particle(word)
        if split is None:
            return set()
        particle, rest = split
        sentences = {self.sentence_of[p] for p, found in enumerate(self.words) if found == particle}
        return {p for p in self._form_positions(rest) if self.sentence_of[p] in sentences}

    def _add_word(self, word: str, position: int) -> None:
        for key in keys(word):
            self._add(key, position)
            for head in compound_heads(key):
                self._add(head, position)

    def _add(self, key: str, position: int) -> None:
        self._index.setdefault(key, set()).add(position)


def _digit_word(word: str) -> str:
    """A number word in a keyword, as in the summary's words: "drie" -> "3"."""
    return word if word.endswith("*") else (words(word) or [word])[0]
