"""Export a deck as an Anki package (.apkg, legacy collection.anki2, schema 11) via genanki.

One note per term, in a note type "Vaktaal" with fields Term, Uitleg, Voorbeeld, Pictogram,
Geluid, Id (not on the card; keeps progress when it comes back) and one field per gloss
language (named by its code, so importing it back maps itself). Pictograms from the app's
library go along as SVG files, which Anki shows in <img>.
"""

import html
import itertools
import json
import os
import sqlite3
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from vaktaal.core import languages
from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.model import Deck, Term, is_deck_file
from vaktaal.core.pictograms import PictogramLibrary

if TYPE_CHECKING:  # genanki (and PyYAML) are imported when a deck is exported
    import genanki

BASE_FIELDS = ("Term", "Uitleg", "Voorbeeld", "Pictogram", "Geluid", "Id")
Renderer = Callable[[str], bytes | None]  # a library pictogram drawn as PNG (e.g. mdi: icons)

_CSS = """.card { font-family: sans-serif; font-size: 28px; text-align: center; }
.term { font-size: 40px; font-weight: bold; }
.pictogram img { max-width: 200px; max-height: 200px; }
.gloss { margin-top: 8px; } .rtl { direction: rtl; unicode-bidi: isolate; }"""


@dataclass(frozen=True)
class ExportSummary:
    notes: int
    media_files: int
    without_pictogram: int


def export_apkg(
    loaded: LoadedDeck, library: PictogramLibrary, out: Path, render: Renderer | None = None
) -> ExportSummary:
    """Write `out` atomically: it appears only when the whole package has been written."""
    import genanki

    media = _MediaCollector(loaded, library, render)
    deck = loaded.deck
    model = _model(deck)
    anki_deck = genanki.Deck(_stable_id("deck", deck.id), deck.title, deck.description or "")
    for term in deck.terms:
        anki_deck.add_note(_note(model, deck, term, media))
    _write_package(genanki.Package(anki_deck), media.files, out)
    return ExportSummary(len(deck.terms), len(media.files), media.missing)


def _stable_id(kind: str, deck_id: str) -> int:
    """The same deck gets the same Anki ids each time, so Anki updates instead of doubling."""
    return (1 << 30) + zlib.crc32(f"vaktaal-{kind}-{deck_id}".encode()) % (1 << 30)


def _model(deck: Deck) -> "genanki.Model":
    import genanki

    glosses = "".join(_gloss_template(code) for code in deck.gloss_languages)
    front = '<div class="pictogram">{{Pictogram}}</div><div class="term">{{Term}}</div>{{Geluid}}'
    back = '{{FrontSide}}<hr id="answer"><div>{{Uitleg}}</div><div><i>{{Voorbeeld}}</i></div>'
    return genanki.Model(
        _stable_id("model", deck.id),
        f"Vaktaal: {deck.title}",
        fields=[{"name": name} for name in (*BASE_FIELDS, *deck.gloss_languages)],
        templates=[{"name": "Kaart", "qfmt": front, "afmt": back + glosses}],
        css=_CSS,
    )


def _gloss_template(code: str) -> str:
    direction = (
        ' class="gloss rtl" dir="rtl"' if languages.is_right_to_left(code) else ' class="gloss"'
    )
    return f'<div{direction} lang="{code}">{{{{{code}}}}}</div>'


def _note(
    model: "genanki.Model", deck: Deck, term: Term, media: "_MediaCollector"
) -> "genanki.Note":
    import genanki

    picture = media.pictogram(term.pictogram)
    sound = media.deck_file(term.audio) if term.audio else None
    fields = [
        _html(term.display), _html(term.explanation), _html(term.example),
        f'<img src="{html.escape(picture)}">' if picture else "",
        f"[sound:{sound}]" if sound else "",
        term.id,
        *(_html(term.glosses.get(code, "")) for code in deck.gloss_languages),
    ]  # fmt: skip
    tags = [tag.replace(" ", "_") for tag in term.tags]
    return genanki.Note(model, fields, guid=genanki.guid_for(deck.id, term.id), tags=tags)


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class _MediaCollector:
    """The files the notes use, under flat unique names as Anki keeps them."""

    def __init__(self, loaded: LoadedDeck, library: PictogramLibrary, render: Renderer | None):
        self.loaded = loaded
        self.library = library
        self.render = render
        self.files: dict[str, bytes] = {}
        self.missing = 0

    def deck_file(self, path: str) -> str | None:
        data = self.loaded.media.get(path)
        return self._add(f"{self.loaded.deck.id}-{path.replace('/', '-')}", data)

    def pictogram(self, ref: str) -> str | None:
        name = self.deck_file(ref) if is_deck_file(ref) else self._library_file(ref)
        self.missing += name is None
        return name

    def _library_file(self, ref: str) -> str | None:
        scheme, _, key = ref.partition(":")
        path = self.library.file_for(ref)
        if path is not None:
            return self._add(f"vaktaal-{scheme}-{PurePosixPath(path.name).name}", path.read_bytes())
        picture = self.render(ref) if self.render else None
        return self._add(f"vaktaal-{scheme}-{key}.png", picture)

    def _add(self, name: str, data: bytes | None) -> str | None:
        if data is None:
            return None
        self.files[name] = data
        return name


def _write_package(package: "genanki.Package", files: dict[str, bytes], out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix=".vaktaal-apkg-", dir=out.parent) as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            now = time.time()
            package.write_to_db(connection.cursor(), now, itertools.count(int(now * 1000)))
            connection.commit()
        finally:
            connection.close()
        temporary = Path(folder) / "package.apkg"
        _zip(database, files, temporary)
        os.replace(temporary, out)


def _zip(database: Path, files: dict[str, bytes], target: Path) -> None:
    names = sorted(files)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.write(database, "collection.anki2")
        bundle.writestr("media", json.dumps({str(i): name for i, name in enumerate(names)}))
        for index, name in enumerate(names):
            bundle.writestr(str(index), files[name])
