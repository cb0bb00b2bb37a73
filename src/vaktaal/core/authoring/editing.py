"""An editable deck: the manifest's tables as immutable values, changed into new drafts.

A draft holds exactly what deck.toml would hold (the `[deck]` table and one table per term),
plus the deck's media files. Every change returns a new draft, so an undo step is simply
the draft before and the draft after.
"""

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import tomli_w

from vaktaal.core.deckformat.loader import LoadedDeck
from vaktaal.core.deckformat.writer import deck_to_toml
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.model import SCHEMA_VERSION

Table = Mapping[str, Any]
DEFAULT_LANGUAGES = ("ar", "ti", "tr", "fa", "en")
DEFAULT_LICENCE = "CC BY-SA 4.0"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Draft:
    deck: Table
    terms: tuple[Table, ...] = ()
    media: Mapping[str, bytes] = field(default_factory=dict)
    fixed_ids: frozenset[str] = frozenset()  # ids that were published: they never follow text
    meetings: tuple[Meeting, ...] = ()  # carried along unchanged (the meeting editor edits them)

    @property
    def gloss_languages(self) -> tuple[str, ...]:
        value = self.deck.get("gloss_languages")
        return tuple(value) if isinstance(value, list | tuple) else ()

    @property
    def unchecked_languages(self) -> tuple[str, ...]:
        """Gloss languages no native speaker has checked yet (`needs_native_check`)."""
        value = self.deck.get("needs_native_check")
        return tuple(value) if isinstance(value, list | tuple) else ()

    def term_ids(self, skip: int | None = None) -> set[str]:
        return {str(t.get("id")) for i, t in enumerate(self.terms) if i != skip and t.get("id")}

    def content(self) -> dict[str, Any]:
        """Everything that makes up the deck, except its version number."""
        deck = {k: v for k, v in self.deck.items() if k != "version"}
        return {
            "deck": deck,
            "terms": list(self.terms),
            "media": dict(self.media),
            "meetings": self.meetings,
        }


def new_draft() -> Draft:
    deck = {
        "level": "A2",
        "gloss_languages": list(DEFAULT_LANGUAGES),
        "version": 1,
        "licence": DEFAULT_LICENCE,
    }
    return Draft(deck)


def draft_from_loaded(loaded: LoadedDeck) -> Draft:
    """The deck as tables, written and read back by the deck format's own code."""
    document = tomllib.loads(deck_to_toml(loaded.deck))
    terms = tuple(document["terms"])
    ids = frozenset(str(term["id"]) for term in terms)
    return Draft(document["deck"], terms, dict(loaded.media), ids, loaded.deck.meetings)


def to_toml(draft: Draft) -> str:
    """deck.toml for the draft as it is now (also when it still has problems)."""
    document = {
        "schema_version": SCHEMA_VERSION,
        "deck": _without_empty(draft.deck),
        "terms": [_term_table(term) for term in draft.terms],
    }
    return tomli_w.dumps(document)


def _term_table(term: Table) -> dict[str, Any]:
    table = _without_empty(term)
    table["glosses"] = _without_empty(term.get("glosses") or {})  # always there: see validation
    return table


def _without_empty(table: Table) -> dict[str, Any]:
    return {k: v for k, v in table.items() if v not in (None, "", [], ())}


def with_deck_field(draft: Draft, key: str, value: Any) -> Draft:
    return replace(draft, deck=_set(draft.deck, key, value))


def with_term_field(draft: Draft, index: int, key: str, value: Any) -> Draft:
    """The draft with one field of one term changed; `glosses.xx` changes one translation."""
    term = draft.terms[index]
    if key.startswith("glosses."):
        glosses = _set(term.get("glosses") or {}, key.split(".", 1)[1], value)
        changed = _set(term, "glosses", glosses)
    else:
        changed = _set(term, key, value)
    if key == "term" and _follows_text(draft, index):
        changed = _set(changed, "id", unique_term_id(str(value), draft.term_ids(skip=index)))
    terms = draft.terms[:index] + (changed,) + draft.terms[index + 1 :]
    return replace(draft, terms=terms)


def _follows_text(draft: Draft, index: int) -> bool:
    """A term's id follows its text while the id is still the one made from the text."""
    term = draft.terms[index]
    if term.get("id") in draft.fixed_ids:
        return False
    made = unique_term_id(str(term.get("term") or ""), draft.term_ids(skip=index))
    return term.get("id") == made


def _set(table: Table, key: str, value: Any) -> dict[str, Any]:
    changed = dict(table)
    if value in (None, "", [], ()):
        changed.pop(key, None)
    else:
        changed[key] = value
    return changed


def with_new_term(draft: Draft, at: int | None = None) -> tuple[Draft, int]:
    """An empty noun at `at` (default: the end); its id follows the text typed in."""
    index = len(draft.terms) if at is None else at
    term = {
        "id": unique_term_id("", draft.term_ids()),
        "word_class": "noun",
        "article": "de",
        "glosses": {},
    }
    terms = draft.terms[:index] + (term,) + draft.terms[index:]
    return replace(draft, terms=terms), index


def without_term(draft: Draft, index: int) -> Draft:
    terms = draft.terms[:index] + draft.terms[index + 1 :]
    return replace(draft, terms=terms, media=_used_media(draft, terms))


def _used_media(draft: Draft, terms: Iterable[Table]) -> dict[str, bytes]:
    refs = {draft.deck.get("pictogram")}
    refs |= {t.get(k) for t in terms for k in ("pictogram", "audio")}
    refs |= {ref for m in draft.meetings for ref in (m.recording, *(ln.audio for ln in m.lines))}
    return {path: data for path, data in draft.media.items() if path in refs}


def with_media(draft: Draft, path: str, data: bytes) -> Draft:
    return replace(draft, media={**draft.media, path: data})


def unique_term_id(text: str, taken: set[str]) -> str:
    """A valid id (a-z, 0-9, '-') made from the text, not yet in `taken`."""
    base = slug(text) or "term"
    if len(base) < 2:
        base = f"{base}-term"
    base = base[:56]
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NOT_SLUG.sub("-", plain).strip("-")


@dataclass(frozen=True)
class Publication:
    """The deck as it was last published: opened from a file or installed deck, or exported.

    A published deck may be in learners' hands; once it changes, its next save carries a
    higher version so that importing it updates the installed deck.
    """

    content: dict[str, Any]
    version: int

    @classmethod
    def of(cls, draft: Draft) -> "Publication":
        return cls(draft.content(), _version(draft))


def version_to_save(draft: Draft, published: Publication | None) -> int:
    """The draft's version, raised by one above the published one if the content changed."""
    version = _version(draft)
    if published is None or draft.content() == published.content:
        return version
    return max(version, published.version + 1)


def _version(draft: Draft) -> int:
    value = draft.deck.get("version")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 1
