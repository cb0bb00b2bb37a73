"""What an Anki field holds, guessed from its texts in a sample of notes.

Each field gets a profile: how often it is filled, how often it holds a sound or a picture,
how many of its texts look like numbers or codes ("0101", "w-12"), its main script and,
for Latin text, whether it reads as Dutch, English, Turkish or Uzbek, and whether its texts
are sentences. `kind()` turns a profile into one of:

- "audio" / "pictogram" - mostly [sound:...] or <img>;
- "code" - numbers and ids: never the term;
- a language code - glosses in another language (script, letters or word lists);
- "dutch" - Dutch text: a candidate for term, explanation or example;
- "empty" - nothing seen.

The term is then the Dutch field with the best term score (short, unique, filled);
mapping.py does that choice and uses the field names as hints.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from vaktaal.core.authoring.anki.html_text import FieldText, field_text

AUDIO, PICTOGRAM, CODE, DUTCH, EMPTY = "audio", "pictogram", "code", "dutch", "empty"
MOSTLY = 0.6  # share of the filled samples that decides a kind
HTML_LOOKED_AT = 4000  # characters of each field's HTML the guess reads
HEAD = 300  # characters of each text looked at for script, language and sentences
_CODE = re.compile(r"^[A-Za-z]{0,4}[-_.:/ ]?\d+([-_.:/]\d+)*[A-Za-z]?$")
_WORD = re.compile(r"[^\W\d_]+(?:['ʻ’][^\W\d_]+)*")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PERSIAN = set("پچژگ")
_UKRAINIAN = set("іїєґІЇЄҐ")
_TURKISH = set("şğıŞĞİ")
_UZBEK = re.compile(r"[oOgG][ʻ‘'’]")
_DUTCH_WORDS = _word_set(
    "de het een en van in op is te dat die je niet met voor zijn er aan om ook als bij of "
    "maar naar dan nog wat hij zij we wij ze ik u uw deze dit worden wordt kan moet mag "
    "hebt heeft heb waar hoe geen wel heel altijd nooit veel goed"
)
_ENGLISH_WORDS = _word_set(
    "the a an and of to in on is are it that this with for you your be not at by from or "
    "as can must was were will have has do does what how where when which they he she we "
    "my his her our their"
)
_DUTCH_PARTS = ("ij", "oe", "ui", "aa", "uu", "sch", "cht", "eu")
_ENGLISH_PARTS = ("th", "wh", "sh", "tion", "ough")


@dataclass(frozen=True)
class Profile:
    samples: int  # notes looked at
    texts: tuple[str, ...]  # the non-empty plain texts
    sounds: int  # notes with a sound in this field
    images: int  # notes with a picture in this field
    codes: int  # texts that are numbers or codes
    script: str  # "latin", "arabic", "ethiopic", "cyrillic", "other" or "" (no letters)
    language: str  # "nl", "en", "tr", "uz", "fa", "ar", "ti", "uk", "ru" or ""
    sentences: int  # texts of four words or more, or ending in . ! ?

    @property
    def filled(self) -> float:
        return len(self.texts) / self.samples if self.samples else 0.0

    @property
    def unique(self) -> float:
        return len(set(self.texts)) / len(self.texts) if self.texts else 0.0

    @property
    def mean_length(self) -> float:
        return sum(map(len, self.texts)) / len(self.texts) if self.texts else 0.0

    def mostly(self, count: int, of: int | None = None) -> bool:
        total = self.samples if of is None else of
        return total > 0 and count >= MOSTLY * total


def read_column(column: Sequence[str]) -> list[FieldText]:
    """One field's HTML in some notes as text; only its start when it is huge."""
    return [field_text(html[:HTML_LOOKED_AT]) for html in column]


def profile(parsed: Sequence[FieldText]) -> Profile:
    """The profile of one field from its text in some notes (see read_column)."""
    texts = tuple(text.text for text in parsed if text.text)
    heads = [text[:HEAD] for text in texts]  # enough to tell; keeps huge fields quick
    script = _main_script("".join(heads))
    return Profile(
        samples=len(parsed),
        texts=texts,
        sounds=sum(1 for text in parsed if text.sounds),
        images=sum(1 for text in parsed if text.images),
        codes=sum(1 for text in texts if _CODE.match(text)),
        script=script,
        language=_language(script, heads),
        sentences=sum(1 for text in heads if _is_sentence(text)),
    )


def kind(found: Profile) -> str:
    """What the field holds (see the module's text)."""
    media = max(found.sounds, found.images)
    if media and found.mostly(media, found.sounds + found.images + len(found.texts) or 1):
        return AUDIO if found.sounds >= found.images else PICTOGRAM
    if not found.texts:
        return EMPTY
    if found.mostly(found.codes, len(found.texts)) or not found.script:
        return CODE
    return found.language or found.script


def term_score(found: Profile) -> float:
    """Higher for fields that look like a list of words: filled, unique, short."""
    if not found.texts:
        return 0.0
    short = 1.0 - found.sentences / len(found.texts)
    return found.filled * found.unique * short / (1.0 + found.mean_length / 40)


def is_sentence_field(found: Profile) -> bool:
    return bool(found.texts) and found.mostly(found.sentences, len(found.texts))


def contains_share(sentences: Sequence[str], words: Sequence[str]) -> float:
    """In how many of the notes the sentence holds the word (or its stem), as a share."""
    pairs = [(s.lower(), w.lower()) for s, w in zip(sentences, words, strict=False) if s and w]
    hits = sum(1 for sentence, word in pairs if _stem(word) in sentence)
    return hits / len(pairs) if pairs else 0.0


def _stem(word: str) -> str:
    word = re.sub(r"^(de|het|een)\s+", "", word.strip())
    return word[: max(3, len(word) - 2)]


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= 4 or text.rstrip().endswith((".", "!", "?"))


def _main_script(text: str) -> str:
    counts: Counter[str] = Counter(_script(char) for char in text if char.isalpha())
    return counts.most_common(1)[0][0] if counts else ""


def _script(char: str) -> str:
    if char.isascii():
        return "latin"
    name = unicodedata.name(char, "")
    for script in ("LATIN", "ARABIC", "ETHIOPIC", "CYRILLIC"):
        if name.startswith(script):
            return script.lower()
    return "latin" if name.startswith("MODIFIER LETTER") else "other"


def _language(script: str, texts: Sequence[str]) -> str:
    joined = "".join(texts)
    if script == "arabic":
        return "fa" if _PERSIAN & set(joined) else "ar"
    if script == "ethiopic":
        return "ti"
    if script == "cyrillic":
        return "uk" if _UKRAINIAN & set(joined) else "ru"
    if script == "latin":
        return _latin_language(texts)
    return ""


def _latin_language(texts: Sequence[str]) -> str:
    joined = " ".join(texts)
    letters = set(joined)
    if _TURKISH & letters:
        return "tr"
    if len(_UZBEK.findall(joined)) >= max(1, len(texts) // 4):
        return "uz"
    words = [word.lower() for word in _WORD.findall(joined)]
    dutch = sum(_word_score(word, _DUTCH_WORDS, _DUTCH_PARTS) for word in words)
    english = sum(_word_score(word, _ENGLISH_WORDS, _ENGLISH_PARTS) for word in words)
    return "en" if english > dutch * 1.5 else "nl"


def _word_score(word: str, common: frozenset[str], parts: Sequence[str]) -> float:
    if word in common:
        return 2.0
    return sum(0.5 for part in parts if part in word)
