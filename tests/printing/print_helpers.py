"""Helpers for the printing tests: decks to print, and the text and pixels of a PDF."""

import unicodedata
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from vaktaal.core.deckformat import LoadedDeck, load_deck
from vaktaal.core.model import Deck, Term
from vaktaal.core.pictograms import PictogramLibrary

BUNDLED = Path(__file__).resolve().parents[2] / "decks"


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
