"""Anki packages (.apkg): read, map fields, import as a deck, export."""

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.usecases.decks import Decks


class AnkiPackages:
    def __init__(self, decks: Decks, library: PictogramLibrary) -> None:
        self._decks = decks
        self._library = library
