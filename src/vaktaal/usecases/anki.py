"""Anki packages (.apkg): read, map fields, import as a deck, export.

Importing the same package again makes the next version of its deck. Export adds the cached
audio of each term (never synthesises); the app can pass `render`, which draws icon
pictograms as PNG (Anki cannot show an icon font), the command line leaves them out.
"""

from collections.abc import Iterable
from pathlib import Path

from vaktaal.core.authoring.anki import (
    AnkiImport,
    AnkiSource,
    ExportSummary,
    FieldMapping,
    ImportSettings,
    export_apkg,
    prepare_import,
    read_apkg,
)
from vaktaal.core.authoring.anki.export import Renderer
from vaktaal.core.authoring.anki.importer import next_version
from vaktaal.core.authoring.anki.mapping import apply_overrides
from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.i18n import _
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.speech.audio_library import AudioLibrary, with_cached_audio
from vaktaal.usecases.decks import Decks, ImportResult
from vaktaal.usecases.errors import UseCaseError

__all__ = [
    "AnkiImport",
    "AnkiPackages",
    "AnkiSource",
    "ExportSummary",
    "FieldMapping",
    "ImportResult",
    "ImportSettings",
    "Renderer",
    "UnknownFields",
]


class UnknownFields(UseCaseError):
    def __init__(self, names: Iterable[str]) -> None:
        message = _("Deze velden staan niet in het pakket: {names}")
        super().__init__(message.format(names=", ".join(names)))


class AnkiPackages:
    def __init__(self, decks: Decks, library: PictogramLibrary, audio: AudioLibrary) -> None:
        self._decks = decks
        self._library = library
        self._audio = audio

    def read(self, path: Path) -> AnkiSource:
        """The package's note types and notes (DeckProblems says why it cannot be read)."""
        return read_apkg(path)

    def guess_mapping(
        self, source: AnkiSource, overrides: Iterable[tuple[str, str]] = ()
    ) -> FieldMapping:
        """A role for each field: guessed, then `overrides` (field, role) on top."""
        mapping = source.guess_mapping()
        unknown = apply_overrides(mapping, overrides)
        if unknown:
            raise UnknownFields(unknown)
        return mapping

    def prepare(
        self, source: AnkiSource, mapping: FieldMapping, settings: ImportSettings
    ) -> AnkiImport:
        """The checked deck the import would store (its next version when it is installed);
        DeckProblems when it cannot be imported. Nothing is stored."""
        settings = next_version(settings, source, self._decks)
        return prepare_import(source, mapping, settings, self._library)

    def import_prepared(self, prepared: AnkiImport) -> ImportResult:
        return self._decks.import_deck(prepared.loaded)

    def export(
        self, deck_id: str, out: Path, with_audio: bool = True, render: Renderer | None = None
    ) -> ExportSummary:
        """The installed deck as an Anki package (DeckNotFound when there is none)."""
        return self.export_loaded(self._decks.installed(deck_id), out, with_audio, render)

    def export_loaded(
        self,
        loaded: LoadedDeck,
        out: Path,
        with_audio: bool = True,
        render: Renderer | None = None,
    ) -> ExportSummary:
        """Writes `out` atomically; needs no database (the app runs it with the CPU work)."""
        if with_audio:
            loaded, _added = with_cached_audio(loaded, self._audio)
        return export_apkg(loaded, self._library, out, render=render)
