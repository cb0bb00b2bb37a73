"""Checks that every pictogram and audio file a deck names is there and can be read."""

import io
import xml.etree.ElementTree as ElementTree
from pathlib import PurePosixPath

from vaktaal.core.deckformat.sources import MANIFEST, READ_ERRORS, DeckSource
from vaktaal.core.i18n import _
from vaktaal.core.meetings.codec import meeting_path
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.model import Deck, is_deck_file
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import Problem

IMAGE_TYPES = {".png", ".jpg", ".jpeg", ".webp", ".svg"}
AUDIO_TYPES = {".mp3", ".ogg", ".wav", ".m4a", ".opus"}


def image_problem(data: bytes, name: str) -> str | None:
    """Why these bytes are not a usable picture, or None when they are."""
    if PurePosixPath(name).suffix.lower() == ".svg":
        return _svg_problem(data)
    from PIL import Image, UnidentifiedImageError  # only now: keeps the app's start quick

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except Image.DecompressionBombError:  # a header that claims billions of pixels
        return _("Het plaatje is te groot. Maak het kleiner (bijvoorbeeld 512 × 512).")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return _("Het plaatje is kapot of geen plaatje.")
    return None


def _svg_problem(data: bytes) -> str | None:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return _("Het SVG-plaatje is kapot.")
    return None if root.tag.endswith("svg") else _("Het bestand is geen SVG-plaatje.")


class MediaChecker:
    def __init__(self, source: DeckSource, library: PictogramLibrary) -> None:
        self.source = source
        self.library = library
        self._verdicts: dict[str, str | None] = {}

    def check(self, deck: Deck) -> list[Problem]:
        problems: list[Problem] = []
        if deck.pictogram:
            self._report(problems, self.pictogram_problem(deck.pictogram), None, "pictogram")
        for term in deck.terms:
            if term.pictogram:  # None: a term with problems; the parser named this one
                self._report(problems, self.pictogram_problem(term.pictogram), term.id, "pictogram")
            if term.audio:
                self._report(problems, self.audio_problem(term.audio), term.id, "audio")
        for meeting in deck.meetings:
            problems += self._meeting_problems(meeting)
        return problems

    def _meeting_problems(self, meeting: Meeting) -> list[Problem]:
        label = self.source.label.removesuffix(MANIFEST) + meeting_path(meeting.id)
        audio = [("recording", meeting.recording)] + [
            ("lines.audio", x.audio) for x in meeting.lines
        ]
        found = ((field, self.audio_problem(ref)) for field, ref in audio if ref)
        return [Problem(label, message, field=field) for field, message in found if message]

    def _report(
        self, problems: list[Problem], message: str | None, term: str | None, field: str
    ) -> None:
        if message:
            problems.append(Problem(self.source.label, message, term_id=term, field=field))

    def pictogram_problem(self, ref: str) -> str | None:
        if ref not in self._verdicts:
            self._verdicts[ref] = self._pictogram_verdict(ref)
        return self._verdicts[ref]

    def _pictogram_verdict(self, ref: str) -> str | None:
        if not is_deck_file(ref):
            if not self.library.is_library_ref(ref):
                return _("'{ref}' is geen bekende soort pictogram.").format(ref=ref)
            found = self.library.exists(ref)
            return None if found else _("Pictogram '{ref}' bestaat niet.").format(ref=ref)
        if PurePosixPath(ref).suffix.lower() not in IMAGE_TYPES:
            return _("'{ref}' is geen PNG, JPEG, WebP of SVG.").format(ref=ref)
        if not self.source.has(ref):
            return _("Het bestand '{ref}' staat niet in het pakket.").format(ref=ref)
        data = self._read(ref)
        return _unreadable(ref) if data is None else image_problem(data, ref)

    def audio_problem(self, ref: str) -> str | None:
        if not is_deck_file(ref) or PurePosixPath(ref).suffix.lower() not in AUDIO_TYPES:
            return _("'{ref}' is geen MP3, OGG, WAV of M4A in het pakket.").format(ref=ref)
        if not self.source.has(ref):
            return _("Het bestand '{ref}' staat niet in het pakket.").format(ref=ref)
        return _unreadable(ref) if self._read(ref) is None else None

    def _read(self, ref: str) -> bytes | None:
        try:
            return self.source.read(ref)
        except READ_ERRORS:
            return None


def _unreadable(ref: str) -> str:
    return _("Het bestand '{ref}' kan niet gelezen worden (kapot?).").format(ref=ref)
