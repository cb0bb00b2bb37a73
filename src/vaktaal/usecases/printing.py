"""Print word cards or a handbook of a deck to PDF (drawn by vaktaal.printing, Qt)."""

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.usecases.decks import Decks


class Printing:
    def __init__(self, decks: Decks, library: PictogramLibrary) -> None:
        self._decks = decks
        self._library = library
