"""Is a summary Dutch? A cheap guess from small words, the meeting's own words and script.

Dutch evidence: Dutch function words and the words of the meeting itself (a telegram-style
summary has few function words but many of the meeting's words). English evidence: English
function and everyday words that are not Dutch. Names and numbers count for neither.
- "other": mostly another script (Arabic, Ge'ez, Cyrillic), English outweighs Dutch, or
  too few Dutch words (Turkish, Farsi in Latin letters, ...);
- "mixed": Dutch, with a few English words or more;
- "nl": Dutch.
"""

from collections.abc import Iterable

from vaktaal.core.meetings.wordforms import keys, plain, words


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


DUTCH = "nl"
MIXED = "mixed"
OTHER = "other"
_DUTCH_WORDS = _word_set("""
    aan al alle alleen als altijd ben bij dan dat de deze die dit doen doet door een eerst
    had hadden kon konden was waren zou zouden
    elke en er gaan gaat geen goed heb hebben heeft het hij hoe hun ik in is je jij kan
    komt kunnen maar me met mij mijn moet moeten na naar niet nog nu of om ook op over te
    tot twee uit van veel voor waar wat we wel wie wij wil worden wordt zal ze zij zijn zo
    """)  # fmt: skip
_ENGLISH_WORDS = _word_set("""
    a about after am an and are at be before been but by can cannot could did do does
    don't for from going has have he her his i if it its me must my need needs next not
    of off our she should than that the their them then there they this to today tomorrow
    was we were what when where which who will with would you your yes no new first every
    always only must call calls work works starts start check ready closed broken
    fixed problem meeting emergency exit free keep wear shoes safety higher than
    monday tuesday wednesday thursday friday saturday sunday morning afternoon
    """) - _DUTCH_WORDS  # fmt: skip
_OTHER_SCRIPT_SHARE = 0.5
_ENGLISH_FOR_MIXED = 2  # this many English words make a Dutch summary "mixed"
_DUTCH_SHARE = 0.3  # fewer Dutch words than this part: not Dutch


def summary_language(
    text: str, meeting_words: Iterable[str] = (), names: Iterable[str] = ()
) -> str:
    """DUTCH, MIXED or OTHER (see the module text)."""
    if _other_script(text):
        return OTHER
    skip = {plain(name) for name in names}
    tokens = [w for w in _tokens(text) if not w.isdigit() and w not in skip]
    if not tokens:
        return DUTCH
    vocabulary = _vocabulary(meeting_words)
    dutch = sum(_is_dutch(word, vocabulary) for word in tokens)
    english = sum(word in _ENGLISH_WORDS and not _is_dutch(word, vocabulary) for word in tokens)
    if english >= dutch and english >= _ENGLISH_FOR_MIXED:
        return OTHER
    if dutch / len(tokens) < _DUTCH_SHARE:
        return OTHER
    return MIXED if english >= _ENGLISH_FOR_MIXED else DUTCH


def _tokens(text: str) -> list[str]:
    """Words with English contractions kept whole ("don't")."""
    return [word for part in plain(text).replace("'", "’").split() for word in _split(part)]


def _split(part: str) -> list[str]:
    if "’" in part:
        cleaned = part.strip('.,!?;:()"').replace("’", "'")
        if cleaned in _ENGLISH_WORDS:
            return [cleaned]
    return words(part)


def _vocabulary(meeting_words: Iterable[str]) -> frozenset[str]:
    return frozenset(key for word in meeting_words for key in keys(word))


def _is_dutch(word: str, vocabulary: frozenset[str]) -> bool:
    return word in _DUTCH_WORDS or bool(keys(word) & vocabulary)


def _other_script(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    return latin / len(letters) < _OTHER_SCRIPT_SHARE
