"""Which Anki field becomes what in a deck: the term, its explanation, an example, a gloss.

A role is one of ROLES or a language code (the field holds glosses in that language).
The guess goes by what the fields hold in a sample of notes (guess.py), with the field
names (Front/Back/Woord/nl/ar/uz/id/sentence ...) as hints:

1. a field of sounds or pictures is audio or pictogram; numbers and codes are never the
   term (an `id` field of codes keeps them as term ids, else it is ignored);
2. text in another script or language is a gloss in that language; a language in the
   field's name wins (`uz`, `ru_sentence`); per language the field with the shortest
   texts is the gloss, longer ones (translated sentences) are ignored;
3. of the Dutch fields the term is the one named so, else the one with the best term
   score (short, unique, filled); a Dutch sentence field holding the term is the
   example, another one the explanation.
"""

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vaktaal.core import languages
from vaktaal.core.authoring.anki import guess
from vaktaal.core.authoring.anki.html_text import field_text
from vaktaal.core.deckformat.fields import ID_PATTERN
from vaktaal.core.i18n import _

TERM, EXPLANATION, EXAMPLE, PICTOGRAM, AUDIO, TERM_ID, IGNORE = (
    "term", "explanation", "example", "pictogram", "audio", "id", "ignore",
)  # fmt: skip
ROLES = (TERM, EXPLANATION, EXAMPLE, PICTOGRAM, AUDIO, TERM_ID, IGNORE)

GUESS_SAMPLE = 200  # notes looked at for the guess
SAMPLE_LENGTH = 30  # characters of a field shown as a sample
FieldMapping = dict[str, dict[str, str]]  # note type name -> field name -> role

_ROLE_WORDS = {
    TERM: {"front", "voorkant", "term", "woord", "word", "vraag", "question", "expression",
           "dutch", "nederlands", "nl", "vocab", "vocabulary", "vakterm"},
    EXPLANATION: {"back", "achterkant", "uitleg", "explanation", "definition", "definitie",
                  "betekenis", "meaning", "antwoord", "answer", "omschrijving"},
    EXAMPLE: {"example", "examples", "voorbeeld", "voorbeeldzin", "sentence", "zin"},
    PICTOGRAM: {"pictogram", "picture", "image", "plaatje", "afbeelding", "foto", "photo"},
    AUDIO: {"audio", "sound", "geluid", "uitspraak", "pronunciation"},
    TERM_ID: {"id", "vaktaalid", "termid"},
}  # fmt: skip
_ENGLISH_NAMES = {
    "arabic": "ar", "english": "en", "turkish": "tr", "tigrinya": "ti", "persian": "fa",
    "farsi": "fa", "dari": "prs", "pashto": "ps", "ukrainian": "uk", "russian": "ru",
    "somali": "so", "kurdish": "ku", "amharic": "am", "french": "fr", "german": "de",
    "spanish": "es", "polish": "pl", "translation": "en", "vertaling": "en",
}  # fmt: skip
_GENERIC = {"translation", "vertaling"}  # say no language
_ALIASES = {
    "woord": TERM, "uitleg": EXPLANATION, "voorbeeld": EXAMPLE, "plaatje": PICTOGRAM,
    "geluid": AUDIO, "negeer": IGNORE, "niets": IGNORE,
}  # fmt: skip


def is_role(role: str) -> bool:
    return role in ROLES or (languages.is_known(role) and role != "nl")


def guess_roles(fields: Sequence[str], samples: Iterable[Sequence[str]]) -> dict[str, str]:
    """A role for each field of one note type; `samples` are some notes' field HTML."""
    notes = list(samples)
    columns = [
        guess.read_column([note[i] if i < len(note) else "" for note in notes])
        for i in range(len(fields))
    ]
    profiles = {name: guess.profile(column) for name, column in zip(fields, columns, strict=True)}
    roles = {name: _field_role(name, profiles[name]) for name in fields}
    term = _choose_term(fields, roles, profiles)
    if term is not None:
        plain = [[text.text for text in column] for column in columns]
        words = plain[fields.index(term)]
        for index, name in enumerate(fields):
            if roles[name] == guess.DUTCH:
                roles[name] = _sentence_role(name, profiles[name], plain[index], words, roles)
    _one_field_per_language(roles, profiles)
    return roles


def guess_samples(notes: Sequence[Sequence[str]], size: int = GUESS_SAMPLE) -> list[Sequence[str]]:
    """Up to `size` notes spread over all of them."""
    step = max(1, len(notes) // size)
    return list(notes[::step][:size])


def _field_role(name: str, found: guess.Profile) -> str:
    """A role, or guess.DUTCH for a Dutch field whose role is chosen later."""
    named = _role_by_name(name)
    if named == TERM_ID and found.texts and _all_ids(found):
        return TERM_ID
    what = guess.kind(found)
    if what == guess.EMPTY:
        return named
    if what in (AUDIO, PICTOGRAM):
        return what
    if what == guess.CODE:
        return IGNORE
    language = _name_language(name)
    if language:
        return language
    if what == "nl" or (what == "en" and named == TERM):
        return guess.DUTCH
    return what if is_role(what) else IGNORE


def _all_ids(found: guess.Profile) -> bool:
    return found.unique == 1.0 and all(ID_PATTERN.match(text) for text in found.texts)


def _choose_term(
    fields: Sequence[str], roles: dict[str, str], profiles: Mapping[str, guess.Profile]
) -> str | None:
    """The Dutch field named as term or with the best term score; else the first text field."""
    if TERM in roles.values():
        return next(name for name in fields if roles[name] == TERM)
    candidates = [name for name in fields if roles[name] == guess.DUTCH]
    if not candidates:
        candidates = [n for n in fields if _may_be_term(roles[n], profiles[n])][:1]
    if not candidates:
        return None
    term = max(candidates, key=lambda n: (_role_by_name(n) == TERM, guess.term_score(profiles[n])))
    roles[term] = TERM
    return term


def _may_be_term(role: str, found: guess.Profile) -> bool:
    """A last resort: Latin text (or nothing seen) that is no code, sound or picture."""
    what = guess.kind(found)
    plain = what == guess.EMPTY or (found.script == "latin" and what != guess.CODE)
    return plain and role not in (AUDIO, PICTOGRAM, TERM_ID)


def _sentence_role(
    name: str, found: guess.Profile, texts: Sequence[str], words: Sequence[str], roles: Any
) -> str:
    """Example when it holds the term, else explanation; one field each, the rest ignored."""
    named = _role_by_name(name)
    taken = set(roles.values())
    if named in (EXAMPLE, EXPLANATION):
        return named
    if EXAMPLE not in taken and _is_example(found, texts, words):
        return EXAMPLE
    return EXPLANATION if EXPLANATION not in taken and found.mean_length > 12 else IGNORE


def _is_example(found: guess.Profile, texts: Sequence[str], words: Sequence[str]) -> bool:
    return guess.is_sentence_field(found) and guess.contains_share(texts, words) >= 0.5


def _one_field_per_language(roles: dict[str, str], profiles: Mapping[str, guess.Profile]) -> None:
    """Per gloss language the field with the shortest texts; longer ones are ignored."""
    by_language: dict[str, list[str]] = {}
    for name, role in roles.items():
        if role not in ROLES and role != guess.DUTCH:
            by_language.setdefault(role, []).append(name)
    for names in by_language.values():
        if len(names) > 1:
            keep = min(names, key=lambda n: (profiles[n].mean_length == 0, profiles[n].mean_length))
            for name in names:
                roles[name] = roles[name] if name == keep else IGNORE


def guess_mapping(
    fields_by_type: Mapping[str, Sequence[str]], samples: Mapping[str, list[Sequence[str]]]
) -> FieldMapping:
    return {
        name: guess_roles(fields, samples.get(name, [])) for name, fields in fields_by_type.items()
    }


def _role_by_name(name: str) -> str:
    """The role a field name suggests; for 'ru_sentence' its parts ('sentence' before 'nl')."""
    whole = _key_role(_plain(name))
    if whole != IGNORE:
        return whole
    parts = [_key_role(part) for part in _name_parts(name)]
    return next((r for r in (EXAMPLE, EXPLANATION, *parts) if r in parts and r != IGNORE), IGNORE)


def _key_role(key: str) -> str:
    for role, words in _ROLE_WORDS.items():
        if key in words:
            return role
    if key in _ENGLISH_NAMES:
        return _ENGLISH_NAMES[key]
    for language in languages.LANGUAGES.values():
        if language.code != "nl" and key in (language.code, _plain(language.dutch_name)):
            return language.code
    return IGNORE


def _name_parts(name: str) -> list[str]:
    return [part for part in re.split(r"[^a-z]+", name.lower()) if part]


def _name_language(name: str) -> str | None:
    """A gloss language named in a field name: 'uz', 'ru_sentence', 'Arabic' -> its code."""
    for part in [_plain(name), *_name_parts(name)]:
        role = _key_role(part) if part not in _GENERIC else IGNORE
        if role not in ROLES:
            return role
    return None


def _plain(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def sample_text(html: str, length: int = SAMPLE_LENGTH) -> str:
    """A field's text in one line, shortened; its first file name when it has no text."""
    found = field_text(html)
    shown = found.text or next(iter((*found.images, *found.sounds)), "") or "—"
    shown = " ".join(shown.split())
    return shown if len(shown) <= length else shown[: length - 1] + "…"


def parse_map_option(option: str) -> tuple[str, str]:
    """'Back=ar' -> ('Back', 'ar'); ValueError with a Dutch message when it is not right."""
    field, separator, role = option.rpartition("=")
    role = _ALIASES.get(role.strip().lower(), role.strip().lower())
    if not separator or not field.strip() or not is_role(role):
        message = _(
            "'{option}' klopt niet. Schrijf VELD=ROL. "
            "ROL is een van: {roles}, of een taalcode zoals ar."
        )
        raise ValueError(message.format(option=option, roles=", ".join(ROLES)))
    return field.strip(), role


def apply_overrides(mapping: FieldMapping, overrides: Iterable[tuple[str, str]]) -> list[str]:
    """Set roles by field name in every note type; the names that match no field."""
    unknown = []
    for field, role in overrides:
        matched = [roles for roles in mapping.values() if field in roles]
        for roles in matched:
            roles[field] = role
        if not matched:
            unknown.append(field)
    return unknown
