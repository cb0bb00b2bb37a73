"""Helpers for the printing tests: decks to print, and the text and pixels of a PDF."""

import unicodedata
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from deckbuilder import bundled_term_count
from vaktaal.core.deckformat import LoadedDeck, load_deck
from vaktaal.core.model import Deck, Term
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.printing.plan import CardFormat

BUNDLED = Path(__file__).resolve().parents[2] / "decks"


def card_pages(deck_folder: str, per_page: int = 8) -> int:
    """Pages of a bundled deck's cards, eight (or `per_page`) to a page."""
    return -(-bundled_term_count(deck_folder) // per_page)


def bundled(name: str, library: PictogramLibrary) -> LoadedDeck:
    return load_deck(BUNDLED / name, library)


def generated(terms: int, categories: int = 5) -> LoadedDeck:
    """A deck of `terms` made-up words, with Arabic, Farsi and Tigrinya glosses."""
    made = tuple(
        Term(
            id=f"woord-{i}", term=f"woord{i:03d}", word_class="noun", article="de",
            explanation=f"Uitleg bij woord nummer {i}.", example=f"Ik pak woord {i}.",
            pictogram="asset:magazijn.svg", category=f"Groep {i % categories}",
            glosses={"ar": f"كلمة {i}", "fa": f"کلمه {i}", "ti": f"ቃል {i}", "en": f"word {i}"},
        )
        for i in range(terms)
    )  # fmt: skip
    deck = Deck(
        id="gemaakt", title="Gemaakt pakket", organisation="Testbedrijf", level="A2",
        gloss_languages=("ar", "ti", "fa", "en"), version=1, authors=("test",),
        licence="CC0", terms=made, job_function="Tester",
    )  # fmt: skip
    return LoadedDeck(deck, {})


def flat(text: str) -> str:
    """Text without any white space: PDF text extraction breaks lines its own way."""
    return "".join(text.split())


def reads_back(text: str) -> bool:
    """Whether PDF text extraction can give `text` back letter for letter. Not so for the
    lam-alef ligature (one glyph for two letters) and vowel marks such as a shadda: the PDF
    shows them right, but a reader cannot map those glyphs back to the letters in order."""
    ligature = any(f"ل{alef}" in text for alef in "اأإآ")
    return not ligature and not any(unicodedata.combining(char) for char in text)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, flattened."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_, f"not a readable PDF: {path}"
    return [flat(document.getAllText(page).text()) for page in range(document.pageCount())]


def card_texts(path: Path, card_format: CardFormat, cards: int) -> list[str]:
    """The text of each card, flattened, letter by letter from where each letter is: the
    text of a whole page mixes the lines of cards side by side when their type sizes differ."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_, f"not a readable PDF: {path}"
    texts = [""] * cards
    for page in range(document.pageCount()):
        for index in range(len(document.getAllText(page).text())):
            letter = document.getSelectionAtIndex(page, index, 1)
            card = page * card_format.per_page + _slot(card_format, letter.boundingRectangle())
            if letter.text().strip() and card < cards:
                texts[card] += letter.text()
    return [flat(text) for text in texts]


def _slot(card_format: CardFormat, box: QRectF) -> int:
    width, height = card_format.card_mm
    points = 72 / 25.4
    column = int((box.center().x() / points - card_format.margin_mm) // width)
    row = int((box.center().y() / points - card_format.margin_mm) // height)
    return row * card_format.columns + column


def page_image(path: Path, page: int, width: int = 620) -> QImage:
    """One page drawn on white, `width` px wide (A4 proportions)."""
    document = QPdfDocument()
    document.load(str(path))
    drawn = document.render(page, QSize(width, round(width * 297 / 210)))
    image = QImage(drawn.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, drawn)
    painter.end()
    return image
