"""Which column holds which deck field: header names in Dutch and English, and languages.

A column's target is a field name of Term ("term", "explanation", ...), "gloss:<code>" for a
translation, or None when the column is not used. A header of two or three letters that is
no field is taken as a language code, so an unknown code is reported instead of ignored.
Case, spaces and accents of a header do not count ("Oekraïens" = "oekraiens").
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from vaktaal.core import languages

GLOSS = "gloss:"
Target = str | None
Mapping = tuple[Target, ...]


@dataclass(frozen=True)
class Field:
    key: str  # attribute of Term
    header: str  # Dutch header, as written on export
    aliases: tuple[str, ...]  # other header names (lower case, no accents), Dutch and English
    required: bool = False  # the column must be there (only the term's)


FIELDS = (
    Field("id", "id", ("term-id", "term id", "termid")),
    Field(
        "term",
        "term",
        (
            "woord",
            "vakterm",
            "begrip",
            "nederlands",
            "dutch",
            "word",
            "woorden",
            "termen",
            "vakwoord",
            "nl",
        ),
        True,
    ),
    Field("article", "lidwoord", ("article", "de/het", "lidw", "lidwoorden")),
    Field(
        "word_class",
        "woordsoort",
        ("word class", "word_class", "soort", "type", "soort woord", "part of speech"),
    ),
    Field(
        "explanation",
        "uitleg",
        (
            "explanation",
            "betekenis",
            "omschrijving",
            "definitie",
            "definition",
            "meaning",
            "uitleg (nl)",
        ),
    ),
    Field(
        "example",
        "voorbeeld",
        (
            "example",
            "voorbeeldzin",
            "zin",
            "voorbeeld zin",
            "example sentence",
            "sentence",
            "voorbeeldzinnen",
        ),
    ),
    Field("pictogram", "pictogram", ("plaatje", "afbeelding", "picture", "icoon", "icon")),
    Field("category", "categorie", ("category", "hoofdstuk", "groep", "onderwerp")),
    Field("tags", "tags", ("labels", "trefwoorden", "tag")),
    Field("safety_critical", "veiligheid", ("safety", "veilig", "veiligheidsterm")),
    Field("plural", "meervoud", ("plural",)),
)
FIELDS_BY_KEY = {field.key: field for field in FIELDS}
REQUIRED = tuple(field.key for field in FIELDS if field.required)

ENGLISH_NAMES = {
    "arabic": "ar", "tigrinya": "ti", "tigrigna": "ti", "turkish": "tr", "persian": "fa",
    "farsi": "fa", "dari": "prs", "english": "en", "kurdish": "ku", "sorani": "ckb",
    "kurmanji": "kmr", "somali": "so", "pashto": "ps", "ukrainian": "uk", "russian": "ru",
    "amharic": "am", "polish": "pl", "french": "fr", "german": "de", "spanish": "es",
    "portuguese": "pt", "romanian": "ro", "bulgarian": "bg", "hungarian": "hu",
    "chinese": "zh", "uzbek": "uz", "urdu": "ur", "italian": "it", "hebrew": "he",
    "farsi (perzisch)": "fa", "perzisch": "fa", "koerdisch": "ku", "tigrinja": "ti",
    "oekraiens": "uk", "engels": "en", "arabisch": "ar", "turks": "tr",
}  # fmt: skip
_CODE_LIKE = re.compile(r"^[a-z]{2,3}$")
_NUMBER_HEADERS = ("nr", "nr.", "no", "no.", "num", "nos", "#", "nummer", "number")
_CODE_IN_BRACKETS = re.compile(r"\(([a-z]{2,3})\)\s*$")


def gloss(code: str) -> str:
    return GLOSS + code


def gloss_code(target: Target) -> str | None:
    return target[len(GLOSS) :] if target and target.startswith(GLOSS) else None


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """Each header's target; a target already taken by an earlier column is not used twice."""
    taken: set[str] = set()
    mapping: list[Target] = []
    for header in headers:
        target = guess_target(header)
        mapping.append(target if target not in taken else None)
        if target:
            taken.add(target)
    return tuple(mapping)


def guess_target(header: str) -> Target:
    name = plain_header(header)
    for field in FIELDS:
        if name == field.header or name in field.aliases:
            return field.key
    code = _language_code(name)
    return gloss(code) if code else None


def _language_code(name: str) -> str | None:
    """A known code, a code in brackets ('Arabisch (ar)'), a Dutch, English or own name."""
    bracketed = _CODE_IN_BRACKETS.search(name)
    if bracketed:
        return bracketed.group(1)
    if name in _NUMBER_HEADERS:
        return None  # a row number column ("Nr"), not Ndebele
    if _CODE_LIKE.match(name):
        return name  # known or not: validation says when it is unknown
    for language in languages.LANGUAGES.values():
        if name in (plain_header(language.dutch_name), plain_header(language.autonym)):
            return language.code
    return ENGLISH_NAMES.get(name)


def plain_header(header: str) -> str:
    """Lower case, one space between words, accents gone (not the letters of other scripts)."""
    name = " ".join(header.strip().lower().split())
    decomposed = unicodedata.normalize("NFD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain)


def target_label(target: Target) -> str:
    """The name of a target for headers and choices: 'uitleg', 'Arabisch (ar)'."""
    code = gloss_code(target)
    if code is not None:
        return language_header(code)
    if not target:
        return ""
    field = FIELDS_BY_KEY.get(target)
    return field.header if field else target


def language_header(code: str) -> str:
    language = languages.LANGUAGES.get(code)
    return f"{language.dutch_name} ({code})" if language else code


def column_name(headers: Sequence[str], mapping: Mapping, target: str) -> str:
    """The header of the column with this target, else the name it should have."""
    if target in mapping:
        header = headers[mapping.index(target)]
        return header or target_label(target)
    return target_label(target)
