"""A print job: which deck, which kind of print, with which choices; to PDF or a printer."""

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.i18n import _
from vaktaal.core.languages import LANGUAGES
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.printing.cards import draw_cards
from vaktaal.printing.handbook import draw_handbook
from vaktaal.printing.paper import Paper, PdfPaper
from vaktaal.printing.pictures import PrintPictures
from vaktaal.printing.plan import CARD_FORMATS
from vaktaal.usecases.printing import (
    CARDS,
    HANDBOOK,
    KINDS,
    ORDERS,
    PrintProblem,
    PrintRequest,
)

__all__ = [
    "CARDS", "HANDBOOK", "KINDS", "PrintProblem", "PrintRequest", "check_request", "print_on",
    "write_pdf",
]  # fmt: skip


def check_request(loaded: LoadedDeck, request: PrintRequest) -> None:
    """Refuse choices that cannot be printed, with a message that says what to do."""
    if request.kind not in KINDS:
        raise PrintProblem(_("Kies kaartjes of handboek."))
    if request.card_format not in CARD_FORMATS:
        raise PrintProblem(_("Kies het formaat groot of label."))
    if request.order not in ORDERS:
        raise PrintProblem(_("Kies de volgorde alfabet of categorie."))
    language = request.gloss_language
    if language and language not in loaded.deck.gloss_languages:
        offered = ", ".join(loaded.deck.gloss_languages) or "-"
        name = LANGUAGES[language].dutch_name if language in LANGUAGES else language
        message = _("Dit pakket heeft geen vertaling in het {name}. Kies uit: {offered}.")
        raise PrintProblem(message.format(name=name, offered=offered))


def write_pdf(
    loaded: LoadedDeck, library: PictogramLibrary, request: PrintRequest, target: Path
) -> int:
    """Write the PDF (all at once, or nothing); the number of pages. Safe off the GUI thread."""
    check_request(loaded, request)
    with PdfPaper(loaded.deck.title) as paper:
        _draw(paper, loaded, library, request)
        return paper.save(target)


def print_on(
    device: QPagedPaintDevice, loaded: LoadedDeck, library: PictogramLibrary,
    request: PrintRequest,
) -> int:  # fmt: skip
    """Draw the pages on a printer (or another paged device); the number of pages."""
    check_request(loaded, request)
    with Paper(device) as paper:
        _draw(paper, loaded, library, request)
        return paper.finish()


def _draw(
    paper: Paper, loaded: LoadedDeck, library: PictogramLibrary, request: PrintRequest
) -> None:
    pictures = PrintPictures(library, loaded.media)
    if request.kind == HANDBOOK:
        draw_handbook(paper, loaded.deck, pictures, request.order)
    else:
        card_format = CARD_FORMATS[request.card_format]
        draw_cards(paper, loaded.deck.terms, pictures, card_format, request.gloss_language)
