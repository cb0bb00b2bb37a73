"""Print word cards or a handbook of a deck to PDF (drawn by vaktaal.printing, Qt).

This module stays free of Qt: the drawing comes in as `PdfWriter` from the composition root
(vaktaal.app), which imports vaktaal.printing only when something is printed. The choices
(`PrintRequest`) and the user's problems with them (`PrintProblem`) are plain data, so the
app, the command line and the drawing share them.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.i18n import _
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.usecases.decks import Decks
from vaktaal.usecases.errors import UseCaseError

CARDS = "kaartjes"
HANDBOOK = "handboek"
KINDS = (CARDS, HANDBOOK)
ALPHABET = "alfabet"
CATEGORY = "categorie"
ORDERS = (ALPHABET, CATEGORY)


@dataclass(frozen=True)
class PrintRequest:
    kind: str = CARDS
    card_format: str = "groot"  # kaartjes: "groot" (8 per A4) or "label" (24 per A4)
    gloss_language: str | None = None  # kaartjes: the translation under the term, if any
    order: str = ALPHABET  # handboek: "alfabet" or "categorie"


class PrintProblem(UseCaseError):
    """A choice that does not fit this deck; the message is for the user, in Dutch."""


class FolderMissing(UseCaseError):
    def __init__(self, folder: Path) -> None:
        message = _("De map {folder} bestaat niet. Kies een map die er is.")
        super().__init__(message.format(folder=folder))
        self.folder = folder


# Draws the pages and writes the PDF atomically; the number of pages.
PdfWriter = Callable[[LoadedDeck, PictogramLibrary, PrintRequest, Path], int]


class Printing:
    def __init__(
        self, decks: Decks, library: PictogramLibrary, writer: Callable[[], PdfWriter]
    ) -> None:
        """`writer` gives the drawing code when it is first needed (Qt loads only then)."""
        self._decks = decks
        self._library = library
        self._writer = writer

    def deck(self, deck_id: str) -> LoadedDeck:
        """The installed deck to print (DeckNotFound when there is none)."""
        return self._decks.installed(deck_id)

    def write_pdf(self, loaded: LoadedDeck, request: PrintRequest, out: Path) -> int:
        """Write the PDF (all of it, or nothing); the number of pages. Needs no database."""
        check_folder(out)
        return self._writer()(loaded, self._library, request, out)

    def print_pdf(self, deck_id: str, request: PrintRequest, out: Path) -> int:
        """The installed deck `deck_id` as PDF; the number of pages."""
        check_folder(out)
        return self.write_pdf(self.deck(deck_id), request, out)


def check_folder(out: Path) -> None:
    if not out.parent.is_dir():
        raise FolderMissing(out.parent)
