"""Decks: list, open, put into vaktaal (folder, .vaktaal file or a deck in memory), export."""

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path

from vaktaal.core.deckformat import LoadedDeck, load_deck, write_deck_archive
from vaktaal.core.deckformat.sources import MANIFEST
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import DeckProblems
from vaktaal.speech.audio_library import AudioLibrary, with_cached_audio
from vaktaal.storage.deck_store import DeckStore, DeckSummary, ImportResult, OlderDeckVersion
from vaktaal.usecases.errors import DeckNotFound

__all__ = ["DeckSummary", "Decks", "ExportResult", "ImportResult", "OlderDeckVersion"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportResult:
    out: Path
    with_audio: int  # terms that got synthesised audio in the file


class Decks:
    def __init__(
        self, store: DeckStore, library: PictogramLibrary, audio: AudioLibrary, bundled: Path
    ) -> None:
        self._store = store
        self._library = library
        self._audio = audio
        self._bundled = bundled

    def list_decks(self) -> list[DeckSummary]:
        return self._store.list_decks()

    def installed_versions(self) -> dict[str, int]:
        return self._store.installed_versions()

    def load(self, deck_id: str) -> LoadedDeck | None:
        return self._store.load(deck_id)

    def read(self, path: Path) -> LoadedDeck:
        """A deck folder or .vaktaal file, checked (DeckProblems says every problem)."""
        return load_deck(path, self._library)

    def import_deck(self, loaded: LoadedDeck, allow_older: bool = False) -> ImportResult:
        return self._store.import_deck(loaded, allow_older)

    def import_path(self, path: Path) -> ImportResult:
        return self.import_deck(self.read(path))

    def installed(self, deck_id: str) -> LoadedDeck:
        """The installed deck (DeckNotFound when there is none)."""
        loaded = self._store.load(deck_id)
        if loaded is None:
            raise DeckNotFound(deck_id)
        return loaded

    def export_installed(self, deck_id: str, out: Path, with_audio: bool = True) -> ExportResult:
        return self.export(self.installed(deck_id), out, with_audio)

    def export(self, loaded: LoadedDeck, out: Path, with_audio: bool = True) -> ExportResult:
        """Writes a .vaktaal file; with_audio adds cached or synthesised audio of every text."""
        added = 0
        if with_audio:
            loaded, added = with_cached_audio(loaded, self._audio)
        write_deck_archive(loaded.deck, loaded.media, out)
        return ExportResult(out, added)

    def install_bundled(self) -> list[ImportResult]:
        """Import each bundled deck that is missing or newer than the installed one."""
        installed = self._store.installed_versions()
        results = []
        for folder in sorted(p for p in self._bundled.glob("*") if p.is_dir()):
            if _installed_already(folder, installed):
                continue  # the everyday case: no need to read and check the whole deck again
            try:
                loaded = load_deck(folder, self._library)
            except DeckProblems as error:
                log.warning("bundled deck %s not installed:\n%s", folder.name, error)
                continue
            if installed.get(loaded.deck.id, 0) < loaded.deck.version:
                results.append(self._store.import_deck(loaded))
        return results


def _installed_already(folder: Path, installed: dict[str, int]) -> bool:
    """Whether this version of a bundled deck is in the database (read from deck.toml only)."""
    try:
        deck = tomllib.loads((folder / MANIFEST).read_text(encoding="utf-8"))["deck"]
        return bool(installed.get(deck["id"], 0) >= deck["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return False  # load_deck explains what is wrong
