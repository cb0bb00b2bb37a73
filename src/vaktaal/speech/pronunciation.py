"""Was the spoken word understood? A coarse verdict (goed / bijna / nog eens) from two passes.

This is an *intelligibility* check, not a pronunciation score. Vosk's word confidence says
nothing about pronunciation: with a grammar, speech that is not in the grammar is forced
onto a grammar word at confidence 1.0 (vosk-api #741). So confidence is not used at all;
the verdict combines three signals that fail in different ways:

(a) FREE pass (no grammar): does the target appear among the words heard (article optional,
    multi-word targets may be heard as one word and the other way round)? If not, does a
    run of heard words sound like the target (phonetic similarity >= CLOSE_ENOUGH)?
    -> ``heard`` | ``close`` | ``far`` | ``nothing``
(b) RESTRICTED pass, grammar = [target, *similar-sounding deck words, "[unk]"]: which one
    wins? -> ``target`` | ``competitor`` | ``unknown`` ([unk] only) | ``nothing``
(c) the phonetic similarity between the free transcript and the target (and, when a
    competitor wins, between the free transcript and that competitor).

Decision table (first matching row wins):

    restricted pass      free pass              verdict
    -------------------  ---------------------  ---------
    target               heard or close         GOOD      both passes agree
    target               far                    ALMOST    only the (forcing) grammar agrees
    target               nothing                AGAIN     a grammar alone proves nothing
    any other            far or nothing         AGAIN     no signal for the target
    competitor           close, but closer to   AGAIN     it sounded like the other word
                         the competitor
    competitor           heard, or close and    ALMOST    target came second
                         closer to the target
    unknown / nothing    heard or close         ALMOST    only the free pass agrees

The reasons in the verdict are short Dutch sentences for the learner and the taalbuddy.
"""

import itertools
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, TypeVar

from vaktaal.core.i18n import _
from vaktaal.speech.phonetics import (
    Phonemes,
    Phonemizer,
    clean_text,
    phonetic_similarity,
    phrase_phonemes,
)
from vaktaal.speech.recognition import UNKNOWN, Cancelled, Recognizer, Transcript

CLOSE_ENOUGH = 0.75
_T = TypeVar("_T")
_ARTICLES = frozenset({"de", "het", "een", "'t"})
_PUNCTUATION = '.,;:!?"()'


class Level(StrEnum):
    GOOD = "goed"
    ALMOST = "bijna"
    AGAIN = "nog eens"


class FreeMatch(StrEnum):
    HEARD = "heard"  # the target is among the words heard
    CLOSE = "close"  # some heard words sound like the target
    FAR = "far"  # words were heard, none like the target
    NOTHING = "nothing"  # no words at all


class Pick(StrEnum):
    TARGET = "target"
    COMPETITOR = "competitor"
    UNKNOWN = "unknown"  # only [unk]
    NOTHING = "nothing"


@dataclass(frozen=True)
class PronunciationVerdict:
    level: Level
    target: str
    heard: str  # what the free pass heard
    heard_restricted: str  # what the restricted pass chose
    reasons: tuple[str, ...]  # short Dutch sentences for the learner and the buddy
    timings: dict[str, float] = field(default_factory=dict)  # seconds
    similarity: float = 0.0  # phonetic similarity of `heard` to the target, 0..1


@dataclass(frozen=True)
class _Phrase:
    """A target or deck word as the checker compares it: words without articles."""

    text: str
    words: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> "_Phrase":
        return cls(text, content_words(text))

    @property
    def key(self) -> str:
        return fold("".join(self.words))


_NO_PHRASE = _Phrase("", ())


def content_words(text: str) -> tuple[str, ...]:
    """Lower-case words without articles and markers like [unk]: 'De Heftruck' -> ('heftruck',).

    Accents stay (espeak-ng needs them); compare words with `fold`."""
    words = (word.strip(_PUNCTUATION) for word in clean_text(text).replace("-", " ").split())
    return tuple(w for w in words if w and w not in _ARTICLES and not w.startswith("["))


def fold(text: str) -> str:
    """Accent-blind form for comparing: 'café' == 'cafe' (Korean and Arabic stay intact)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain)


def decide(free: FreeMatch, pick: Pick, closer_to_target: bool = False) -> Level:
    """The decision table of this module; `closer_to_target` only matters for a competitor."""
    free_agrees = free in (FreeMatch.HEARD, FreeMatch.CLOSE)
    if pick is Pick.TARGET:
        if free_agrees:
            return Level.GOOD
        return Level.ALMOST if free is FreeMatch.FAR else Level.AGAIN
    if not free_agrees:
        return Level.AGAIN
    if pick is Pick.COMPETITOR and free is FreeMatch.CLOSE and not closer_to_target:
        return Level.AGAIN
    return Level.ALMOST


def restricted_grammar(target: str, similar_words: Iterable[str]) -> list[str]:
    """[target, its form without article, similar words (both forms), "[unk]"], no doubles."""
    wanted = _Phrase.of(target).key
    phrases = list(_spoken_forms(target))
    for word in similar_words:
        if _Phrase.of(word).key not in ("", wanted):
            phrases.extend(_spoken_forms(word))
    return list(dict.fromkeys(phrase for phrase in phrases if phrase)) + [UNKNOWN]


def _spoken_forms(text: str) -> tuple[str, str]:
    """How a deck word can be said: as written and without its article."""
    written = unicodedata.normalize("NFC", clean_text(text))
    first, _space, rest = written.partition(" ")
    return written, rest if first in _ARTICLES and rest else written


def choose_similar_words(
    target: str, deck_words: Iterable[str], phonemizer: Phonemizer, n: int = 4
) -> list[str]:
    """The `n` other words of the deck that sound most like the target, most alike first."""
    wanted = _Phrase.of(target)
    wanted_sound = phrase_phonemes(phonemizer, wanted.words)
    seen = {wanted.key}
    scored: list[tuple[float, str]] = []
    for word in deck_words:
        phrase = _Phrase.of(word)
        if not phrase.key or phrase.key in seen:
            continue
        seen.add(phrase.key)
        sound = phrase_phonemes(phonemizer, phrase.words)
        scored.append((phonetic_similarity(wanted_sound, sound), word))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [word for _score, word in scored[:n]]


class PronunciationChecker:
    """Checks one spoken attempt; see the module docstring for the decision table.

    `check` decodes and judges; it blocks about as long as the free pass takes to decode, so
    call it off the GUI thread. An app that decodes both passes while the learner speaks
    (streaming) calls `judge` with the two transcripts instead.
    """

    def __init__(
        self,
        recognizer: Recognizer,
        phonemizer: Phonemizer,
        close_enough: float = CLOSE_ENOUGH,
    ) -> None:
        self.recognizer = recognizer
        self.phonemizer = phonemizer
        self.close_enough = close_enough

    def prepare(self, target: str, similar_words: Sequence[str] = ()) -> None:
        """Look up the sounds of the words ahead (while the card is shown), not after speech."""
        for phrase in map(_Phrase.of, [target, *similar_words]):
            phrase_phonemes(self.phonemizer, phrase.words)

    def check(
        self,
        pcm: bytes,
        target: str,
        similar_words: Sequence[str] = (),
        cancel: threading.Event | None = None,
    ) -> PronunciationVerdict:
        """Decode `pcm` freely and with [target, *similar_words, [unk]], then judge."""
        started = time.perf_counter()
        grammar = restricted_grammar(target, similar_words)
        free, free_seconds = _timed(self.recognizer.transcribe, pcm, None, cancel)
        _raise_if_cancelled(cancel)
        restricted, restricted_seconds = _timed(self.recognizer.transcribe, pcm, grammar, cancel)
        _raise_if_cancelled(cancel)
        verdict = self.judge(free, restricted, target, similar_words)
        timings = {"free": free_seconds, "restricted": restricted_seconds, **verdict.timings}
        timings["total"] = time.perf_counter() - started
        return replace(verdict, timings=timings)

    def judge(
        self,
        free: Transcript,
        restricted: Transcript,
        target: str,
        similar_words: Sequence[str] = (),
    ) -> PronunciationVerdict:
        """The verdict from a free transcript and one restricted to `restricted_grammar`."""
        started = time.perf_counter()
        wanted = _Phrase.of(target)
        heard = content_words(free.text)
        sounds = self.phonemizer.word_phonemes(heard) if heard else ()
        free_match, similarity = self._match_free(heard, sounds, wanted)
        pick, picked = _pick(restricted.text, wanted, [_Phrase.of(w) for w in similar_words])
        closer = pick is Pick.COMPETITOR and similarity > self._similarity(sounds, picked)
        level = decide(free_match, pick, closer)
        reasons = _reasons(level, free_match, pick, free.text, target, picked.text)
        seconds = time.perf_counter() - started
        return PronunciationVerdict(
            level, target, free.text, restricted.text, reasons,
            {"phonetic": seconds, "total": seconds}, round(similarity, 3),
        )  # fmt: skip

    def _match_free(
        self, heard: tuple[str, ...], sounds: tuple[Phonemes, ...], wanted: _Phrase
    ) -> tuple[FreeMatch, float]:
        if not heard:
            return FreeMatch.NOTHING, 0.0
        if _contains(heard, wanted):
            return FreeMatch.HEARD, 1.0
        similarity = self._similarity(sounds, wanted)
        return (FreeMatch.CLOSE if similarity >= self.close_enough else FreeMatch.FAR), similarity

    def _similarity(self, sounds: tuple[Phonemes, ...], phrase: _Phrase) -> float:
        """How much the best run of heard words (their sounds) sounds like the phrase."""
        if not sounds or not phrase.words:
            return 0.0
        wanted = phrase_phonemes(self.phonemizer, phrase.words)
        return max(
            phonetic_similarity(tuple(itertools.chain.from_iterable(run)), wanted)
            for run in _runs(sounds, len(phrase.words))
        )


def _runs(words: tuple[_T, ...], size: int) -> Iterator[tuple[_T, ...]]:
    """Consecutive runs of heard words one shorter, as long as and one longer than `size`."""
    for length in range(max(1, size - 1), size + 2):
        for start in range(len(words) - length + 1):
            yield words[start : start + length]
    if len(words) < max(1, size - 1):
        yield words


def _pick(text: str, wanted: _Phrase, competitors: list[_Phrase]) -> tuple[Pick, _Phrase]:
    """What the restricted pass chose: the target, a competitor, only [unk], or nothing."""
    words = content_words(text)
    if not words:
        return (Pick.UNKNOWN if UNKNOWN in text else Pick.NOTHING), _NO_PHRASE
    if _contains(words, wanted):
        return Pick.TARGET, wanted
    for competitor in competitors:
        if competitor.words and _contains(words, competitor):
            return Pick.COMPETITOR, competitor
    return Pick.UNKNOWN, _NO_PHRASE


def _contains(words: tuple[str, ...], phrase: _Phrase) -> bool:
    """Whether the phrase was said among the words; 'hef truck' and 'heftruck' are equal."""
    return any(fold("".join(run)) == phrase.key for run in _runs(words, len(phrase.words)))


def _timed(transcribe: Callable[..., Transcript], *arguments: Any) -> tuple[Transcript, float]:
    started = time.perf_counter()
    transcript = transcribe(*arguments)
    return transcript, time.perf_counter() - started


def _raise_if_cancelled(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def _reasons(
    level: Level, free: FreeMatch, pick: Pick, heard: str, target: str, picked: str
) -> tuple[str, ...]:
    summary = {
        Level.GOOD: _("Het woord is verstaan."),
        Level.ALMOST: _("Het woord is bijna verstaan. Zeg het nog eens rustig en duidelijk."),
        Level.AGAIN: _("Het woord is niet verstaan. Luister nog eens en probeer het opnieuw."),
    }[level]
    reasons = [summary, _free_reason(free, heard, target)]
    if pick is Pick.COMPETITOR or pick is Pick.TARGET:
        message = _('Uit de woorden van deze les koos de computer "{word}".')
        reasons.append(message.format(word=picked))
    elif pick is Pick.UNKNOWN and free is not FreeMatch.NOTHING:
        reasons.append(_("Het klonk niet als een woord uit deze les."))
    return tuple(reasons)


def _free_reason(free: FreeMatch, heard: str, target: str) -> str:
    if free is FreeMatch.NOTHING:
        return _("De computer hoorde geen woord.")
    if free is FreeMatch.FAR:
        message = _('De computer hoorde "{heard}". Dat lijkt niet op "{target}".')
    elif free is FreeMatch.CLOSE:
        message = _('De computer hoorde "{heard}". Dat lijkt op "{target}".')
    else:
        message = _('De computer hoorde "{heard}".')
    shown = " ".join(word for word in heard.split() if not word.startswith("["))
    return message.format(heard=shown, target=target)


def verdict_for_bad_recording(target: str, problem: str) -> PronunciationVerdict:
    """'Nog eens' without listening: the recording itself is unusable (silent, clipped...)."""
    return PronunciationVerdict(Level.AGAIN, target, "", "", (problem,), {"total": 0.0})


def verdict_to_json(verdict: PronunciationVerdict) -> dict[str, Any]:
    """The verdict for the command line and logs; timings in milliseconds."""
    return {
        "level": verdict.level.value,
        "target": verdict.target,
        "heard": verdict.heard,
        "heard_restricted": verdict.heard_restricted,
        "reasons": list(verdict.reasons),
        "similarity": round(verdict.similarity, 2),
        "timings_ms": {name: round(s * 1000, 1) for name, s in verdict.timings.items()},
    }
