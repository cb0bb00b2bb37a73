"""Which Anki field becomes what in a deck: the term, its explanation, an example, a gloss.

A role is one of ROLES or a language code (the field holds glosses in that language).
The guess goes by field name (Front/Back/Voorkant/Arabic/ar ...) and, for an unclear
answer field, by the script of its text (Arabic letters -> 'ar').
"""

import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from vaktaal.core import languages
from vaktaal.core.authoring.anki.html_text import field_text
from vaktaal.core.i18n import _

TERM, EXPLANATION, EXAMPLE, PICTOGRAM, AUDIO, TERM_ID, IGNORE = (
    "term", "explanation", "example", "pictogram", "audio", "id", "ignore",
)  # fmt: skip
ROLES = (TERM, EXPLANATION, EXAMPLE, PICTOGRAM, AUDIO, TERM_ID, IGNORE)

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
_ALIASES = {
    "woord": TERM, "uitleg": EXPLANATION, "voorbeeld": EXAMPLE, "plaatje": PICTOGRAM,
    "geluid": AUDIO, "negeer": IGNORE, "niets": IGNORE,
}  # fmt: skip


def is_role(role: str) -> bool:
    return role in ROLES or (languages.is_known(role) and role != "nl")


def guess_roles(fields: Sequence[str], samples: Iterable[Sequence[str]]) -> dict[str, str]:
    """A role for each field of one note type; `samples` are some notes' field texts."""
    roles = {name: _role_by_name(name) for name in fields}
    if fields and TERM not in roles.values():
        roles[fields[0]] = TERM
    columns = list(zip(*samples, strict=False))
    for index, name in enumerate(fields):
        if roles[name] in (EXPLANATION, IGNORE) and index < len(columns):
            roles[name] = _script_language(columns[index]) or roles[name]
    return roles


def guess_mapping(
    fields_by_type: Mapping[str, Sequence[str]], samples: Mapping[str, list[Sequence[str]]]
) -> FieldMapping:
    return {
        name: guess_roles(fields, samples.get(name, [])) for name, fields in fields_by_type.items()
    }


def _role_by_name(name: str) -> str:
    key = _plain(name)
    for role, words in _ROLE_WORDS.items():
        if key in words:
            return role
    if key in _ENGLISH_NAMES:
        return _ENGLISH_NAMES[key]
    for language in languages.LANGUAGES.values():
        if language.code != "nl" and key in (language.code, _plain(language.dutch_name)):
            return language.code
    return IGNORE


def _plain(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def _script_language(texts: Sequence[str]) -> str | None:
    """'ar' when most letters are Arabic, 'ti' for Ethiopic; None otherwise."""
    counts = {"ar": 0, "ti": 0, "other": 0}
    for char in "".join(field_text(html).text for html in texts):
        if char.isalpha():
            name = unicodedata.name(char, "")
            key = (
                "ar"
                if name.startswith("ARABIC")
                else "ti"
                if name.startswith("ETHIOPIC")
                else "other"
            )
            counts[key] += 1
    best = max(counts, key=lambda key: counts[key])
    return None if best == "other" or counts[best] == 0 else best


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
