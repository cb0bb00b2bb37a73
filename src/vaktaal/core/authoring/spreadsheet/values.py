"""Cell values as authors type them (Dutch or English) to the values of the deck format."""

from vaktaal.core.model import ARTICLES, WORD_CLASSES

WORD_CLASS_NAMES = {
    "noun": "zelfstandig naamwoord",
    "verb": "werkwoord",
    "adjective": "bijvoeglijk naamwoord",
    "adverb": "bijwoord",
    "phrase": "uitdrukking",
    "abbreviation": "afkorting",
    "other": "anders",
    "open": "open",
}
_WORD_CLASS_ALIASES = {
    "zn": "noun", "znw": "noun", "naamwoord": "noun", "ww": "verb", "bn": "adjective",
    "bnw": "adjective", "bw": "adverb", "zin": "phrase", "zinsdeel": "phrase",
    "overig": "other", "ander": "other", "onbekend": "open", "?": "open", "unknown": "open",
}  # fmt: skip
_YES = ("ja", "j", "x", "1", "waar", "true", "yes", "y", "wel")
_NO = ("", "nee", "n", "0", "onwaar", "false", "no", "niet")


def _plain(text: str) -> str:
    return " ".join(text.strip().lower().split())


def word_class(text: str) -> str | None:
    """The deck's word class for 'werkwoord', 'ww', 'verb', ...; None when unknown."""
    name = _plain(text)
    if name in WORD_CLASSES:
        return name
    for key, dutch in WORD_CLASS_NAMES.items():
        if name == dutch:
            return key
    return _WORD_CLASS_ALIASES.get(name)


def word_class_for(text: str, article: str | None) -> str | None:
    """A cell's word class; an empty cell: a noun when there is an article, else open."""
    if not text.strip():
        return "noun" if article else "open"
    return word_class(text)


def article(text: str) -> str | None:
    name = _plain(text).replace(" ", "")
    return name if name in ARTICLES else None


def yes_no(text: str) -> bool | None:
    name = _plain(text)
    if name in _YES:
        return True
    return False if name in _NO else None


def tags(text: str) -> tuple[str, ...]:
    """Tags separated by commas (or new lines)."""
    parts = text.replace("\n", ",").split(",")
    return tuple(part.strip() for part in parts if part.strip())


NO_PLURAL = "-"  # the plural cell of a noun that has none
