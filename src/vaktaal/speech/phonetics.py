"""How Dutch words sound, as phoneme sequences, and how alike two of them sound.

`EspeakPhonemizer` asks espeak-ng for the Dutch pronunciation of a text (IPA, one symbol per
phoneme, stress and length marks removed, word boundaries dropped), `FakePhonemizer` is for
tests. `phonetic_similarity` compares two phoneme sequences with an edit distance in which
near sounds (t/d, f/v, ɛ/e, ...) cost half a change. None of this judges a learner's
pronunciation: it only tells which words of a deck sound alike and whether what the
recogniser heard sounds like the word that was asked for.
"""

import functools
import itertools
import logging
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from typing import Protocol

log = logging.getLogger(__name__)

Phonemes = tuple[str, ...]

_MARKS = str.maketrans({"ˈ": None, "ˌ": None, "ː": None, "ˑ": None, "ɡ": "g"})
_LANGUAGE_SWITCH = re.compile(r"\([a-z-]+\)")
_SEPARATOR = "_"
_NEAR_COST = 0.5
# Sounds a listener (or a recogniser) easily takes for one another: voicing pairs, close
# vowels, the Dutch g/ch/h family. A substitution inside one group costs half a change.
_NEAR_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "p b",
        "t d",
        "k g",
        "f v ʋ w",
        "s z",
        "ʃ ʒ s",
        "x ɣ ɦ h χ",
        "m n ŋ ɲ",
        "a ɑ aː ɐ",
        "e ɛ ɪ eː",
        "i ɪ j",
        "o ɔ oː",
        "u y ʏ",
        "ɵ ʏ œ ə ø ɐ",
        "ɛɪ ɛi ei ɛ",
        "œy øy ʌu ʌʊ ɑu",
    )
)


class Phonemizer(Protocol):
    def phonemes(self, text: str) -> Phonemes:
        """The phonemes of a Dutch text (one word or a few), without stress or pauses."""

    def word_phonemes(self, words: Sequence[str]) -> tuple[Phonemes, ...]:
        """The phonemes of each word of a text, in order."""


def clean_text(text: str) -> str:
    """Lower case, single spaces, no punctuation at the ends: one cache key per spelling."""
    return " ".join(text.casefold().split()).strip(" .!?,;:")


def tokens_to_phonemes(raw: str) -> Phonemes:
    """Split espeak-ng's `--sep=_` output into phonemes; drop stress and length marks and
    language switches like "(en)" (espeak reads foreign letters with another voice)."""
    cleaned = _LANGUAGE_SWITCH.sub(" ", raw.translate(_MARKS)).replace(_SEPARATOR, " ")
    return tuple(cleaned.split())


class EspeakPhonemizer:
    """Dutch phonemes from `espeak-ng -v nl -q -x --ipa --sep=_`, cached per text.

    Each call starts espeak-ng (10-20 ms), so `word_phonemes` asks for all words at once."""

    def __init__(
        self, voice: str = "nl", program: str | None = None, cache_size: int = 4096
    ) -> None:
        self.voice = voice
        self.program = program or shutil.which("espeak-ng")
        self._cached = functools.lru_cache(maxsize=cache_size)(self._run)
        self._cached_words = functools.lru_cache(maxsize=cache_size)(self._run_words)

    @property
    def available(self) -> bool:
        return self.program is not None

    def phonemes(self, text: str) -> Phonemes:
        return self._cached(clean_text(text))

    def word_phonemes(self, words: Sequence[str]) -> tuple[Phonemes, ...]:
        return self._cached_words(tuple(clean_text(word) for word in words))

    def _run(self, text: str) -> Phonemes:
        return tokens_to_phonemes(self._espeak(text))

    def _run_words(self, words: tuple[str, ...]) -> tuple[Phonemes, ...]:
        """One espeak-ng call with the words as a list ("a, b, c": one line each, and no
        sounds running over from word to word); one call per word if the lines don't fit."""
        lines = self._espeak(", ".join(words)).splitlines()
        groups = tuple(tokens_to_phonemes(line) for line in lines if line.strip())
        if len(groups) == len(words) and all(groups):
            return groups
        return tuple(self.phonemes(word) for word in words)

    def _espeak(self, text: str) -> str:
        if not text or self.program is None:
            return ""
        command = [self.program, "-v", self.voice, "-q", "-x", "--ipa", f"--sep={_SEPARATOR}"]
        try:
            finished = subprocess.run(
                [*command, text], capture_output=True, text=True, timeout=10, check=True
            )
        except (OSError, subprocess.SubprocessError):
            log.warning("espeak-ng could not phonemize %r", text, exc_info=True)
            return ""
        return finished.stdout


class FakePhonemizer:
    """Phonemes from a table; a string value is one phoneme per character.

    Texts missing from the table fall back to their letters, which is enough for tests.
    """

    def __init__(self, table: Mapping[str, str | Sequence[str]] | None = None) -> None:
        self.table = {clean_text(text): tuple(value) for text, value in (table or {}).items()}
        self.asked: list[str] = []

    def phonemes(self, text: str) -> Phonemes:
        key = clean_text(text)
        self.asked.append(key)
        if key in self.table:
            return self.table[key]
        return tuple(key.replace(" ", ""))

    def word_phonemes(self, words: Sequence[str]) -> tuple[Phonemes, ...]:
        return tuple(self.phonemes(word) for word in words)


def phrase_phonemes(phonemizer: Phonemizer, words: Sequence[str]) -> Phonemes:
    """The phonemes of several words in a row, word after word."""
    return tuple(itertools.chain.from_iterable(phonemizer.word_phonemes(words)))


def phonetic_similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """1.0 for the same phonemes, towards 0.0 the more changes it takes to turn a into b.

    1 - (weighted edit distance / length of the longer sequence); symmetric; near sounds
    cost half a change. Two empty sequences are identical (1.0); one empty gives 0.0.
    """
    longest = max(len(a), len(b))
    if longest == 0:
        return 1.0
    return max(0.0, 1.0 - edit_distance(a, b) / longest)


def edit_distance(a: Sequence[str], b: Sequence[str]) -> float:
    """Levenshtein distance over phonemes, with near-sound substitutions at half cost."""
    previous = [float(j) for j in range(len(b) + 1)]
    for i, left in enumerate(a, start=1):
        current = [float(i)]
        for j, right in enumerate(b, start=1):
            current.append(
                min(
                    previous[j] + 1.0,
                    current[j - 1] + 1.0,
                    previous[j - 1] + _substitution_cost(left, right),
                )
            )
        previous = current
    return previous[-1]


@functools.lru_cache(maxsize=4096)
def _substitution_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if any(a in group and b in group for group in _NEAR_GROUPS):
        return _NEAR_COST
    return 1.0
