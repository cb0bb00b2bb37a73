"""Spreadsheets (CSV, Excel): read, check, import as a new or updated deck, export."""

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.usecases.decks import Decks


class Spreadsheets:
    def __init__(self, decks: Decks, library: PictogramLibrary) -> None:
        self._decks = decks
        self._library = library
