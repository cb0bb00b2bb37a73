"""Anki notes -> terms of a deck, with their pictures and sounds, by a field mapping."""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from vaktaal.core.authoring.anki import mapping as roles
from vaktaal.core.authoring.anki.collection import Note
from vaktaal.core.authoring.anki.html_text import FieldText, field_text
from vaktaal.core.authoring.anki.package import AnkiPackage
from vaktaal.core.deckformat.fields import ID_PATTERN
from vaktaal.core.deckformat.media import AUDIO_TYPES, IMAGE_TYPES, image_problem
from vaktaal.core.model import Term

DEFAULT_PICTOGRAM = "openmoji:1F4AC"  # speech balloon
_ARTICLE = re.compile(r"^(de|het|de/het)\s+(\S.*)$", re.IGNORECASE)
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class Counts:
    """What the conversion had to leave out or fill in, for the notices."""

    empty: int = 0
    scripts: int = 0
    missing: dict[str, int] = field(default_factory=dict)
    bad_media: set[str] = field(default_factory=set)

    def add_missing(self, what: str) -> None:
        self.missing[what] = self.missing.get(what, 0) + 1


class NoteConverter:
    """Turns notes into terms; collects the media files they use under deck paths."""

    def __init__(self, package: AnkiPackage, gloss_languages: tuple[str, ...]) -> None:
        self.package = package
        self.gloss_languages = gloss_languages
        self.media: dict[str, bytes] = {}
        self.counts = Counts()
        self._paths: dict[str, str | None] = {}
        self._ids: set[str] = set()
        self._last_number: dict[str, int] = {}

    def term(self, note: Note, fields: tuple[str, ...], field_roles: dict[str, str]) -> Term | None:
        by_role = _by_role(fields, note.fields, field_roles)
        texts = [text for group in by_role.values() for text in group]
        if any(text.had_script for text in texts):
            self.counts.scripts += 1
        has_media = any(text.images or text.sounds for text in texts)
        word = " ".join(_texts(by_role, roles.TERM)).replace("\n", " ").strip()
        if not word:
            self.counts.empty += 1
            return None
        article, word = _split_article(word)
        return Term(
            id=self._new_id(_texts(by_role, roles.TERM_ID), word), term=word,
            word_class="noun" if article else "other",
            explanation=self._text(by_role, roles.EXPLANATION, "\n"),
            example=self._text(by_role, roles.EXAMPLE, "\n"),
            pictogram=self._pictogram(by_role) if has_media else DEFAULT_PICTOGRAM,
            glosses=self._glosses(by_role), article=article,
            audio=self._audio(by_role) if has_media else None, tags=_tags(note.tags),
        )  # fmt: skip

    def _text(self, by_role: dict[str, list[FieldText]], role: str, joiner: str) -> str:
        text = joiner.join(_texts(by_role, role))
        if not text:
            self.counts.add_missing(role)
        return text  # empty, never filler: the deck's checks ask the author for it

    def _glosses(self, by_role: dict[str, list[FieldText]]) -> dict[str, str]:
        glosses = {code: self._text(by_role, code, ", ") for code in self.gloss_languages}
        return {code: text for code, text in glosses.items() if text}

    def _pictogram(self, by_role: dict[str, list[FieldText]]) -> str:
        names = _media_names(by_role, roles.PICTOGRAM, lambda text: text.images)
        paths = (self._deck_path(name, "media", IMAGE_TYPES) for name in names)
        return next(filter(None, paths), None) or DEFAULT_PICTOGRAM

    def _audio(self, by_role: dict[str, list[FieldText]]) -> str | None:
        names = _media_names(by_role, roles.AUDIO, lambda text: text.sounds)
        return next(
            filter(None, (self._deck_path(name, "audio", AUDIO_TYPES) for name in names)), None
        )

    def _deck_path(self, name: str, folder: str, allowed: set[str]) -> str | None:
        """The file's path in the deck, reading it once; None when it is missing or broken."""
        if name not in self._paths:
            self._paths[name] = self._add_media(name, folder, allowed)
        return self._paths[name]

    def _add_media(self, name: str, folder: str, allowed: set[str]) -> str | None:
        suffix = PurePosixPath(name).suffix.lower()
        data = self.package.read_media(name) if suffix in allowed else None
        if data is None or (folder == "media" and image_problem(data, name)):
            self.counts.bad_media.add(name)
            return None
        path = f"{folder}/{_safe_name(name)}"
        while path in self.media:
            path = f"{folder}/x{len(self.media)}-{_safe_name(name)}"
        self.media[path] = data
        return path

    def _new_id(self, given: list[str], word: str) -> str:
        """The id the note brings (from a Vaktaal export), else one made from the word."""
        base = given[0] if given and ID_PATTERN.match(given[0]) else slug(word) or "term"
        candidate, number = base, self._last_number.get(base, 1)
        while candidate in self._ids or len(candidate) < 2:
            number += 1
            candidate = f"{base[:58]}-{number}"
        self._last_number[base] = number  # the next note with this base starts here: linear
        self._ids.add(candidate)
        return candidate


def slug(text: str, length: int = 60) -> str:
    """'Het lassen!' -> 'het-lassen': a-z, 0-9 and '-' only."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:length].strip("-")


def _by_role(
    names: tuple[str, ...], values: tuple[str, ...], field_roles: dict[str, str]
) -> dict[str, list[FieldText]]:
    """The text of each used field, by its role; ignored fields are not even read."""
    grouped: dict[str, list[FieldText]] = {}
    for name, html in zip(names, values, strict=False):
        role = field_roles.get(name, roles.IGNORE)
        if role != roles.IGNORE:
            grouped.setdefault(role, []).append(field_text(html))
    return grouped


def _texts(by_role: dict[str, list[FieldText]], role: str) -> list[str]:
    return [text.text for text in by_role.get(role, []) if text.text]


def _media_names(
    by_role: dict[str, list[FieldText]], role: str, pick: Callable[[FieldText], tuple[str, ...]]
) -> list[str]:
    """Files of the field with this role first, then those in any other used field."""
    first = [name for text in by_role.get(role, []) for name in pick(text)]
    others = [text for key, texts in by_role.items() if key != role for text in texts]
    rest = [name for text in others for name in pick(text)]
    return first + rest


def _split_article(word: str) -> tuple[str | None, str]:
    match = _ARTICLE.match(word)
    return (match.group(1).lower(), match.group(2)) if match else (None, word)


def _tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tag.replace("_", " ").strip() for tag in tags if tag.strip()))


def _safe_name(name: str) -> str:
    path = PurePosixPath(name)
    stem = _UNSAFE_NAME.sub("_", path.stem).strip("._") or "bestand"
    return f"{stem[:80]}{path.suffix.lower()}"
