"""Word cards as PDF: pages counted, text read back, pictograms really drawn."""

from collections import Counter
from pathlib import Path

import pytest
from print_helpers import (
    bundled,
    card_pages,
    card_texts,
    flat,
    generated,
    page_image,
    pdf_pages,
    reads_back,
)

import deckbuilder
from vaktaal.core.deckformat import load_deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.printing import CARD_FORMATS, PrintProblem, PrintRequest, write_pdf
from vaktaal.printing.fonts import FAMILIES

MAGAZIJN = "magazijn-installatie"


def test_bundled_deck_gives_eight_cards_per_page_with_article_term_and_arabic(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    loaded = bundled(MAGAZIJN, library)
    out = tmp_path / "kaartjes.pdf"
    pages = write_pdf(loaded, library, PrintRequest(gloss_language="ar"), out)
    text = pdf_pages(out)
    assert pages == len(text) == -(-len(loaded.deck.terms) // 8) == card_pages(MAGAZIJN)
    checked = 0
    cards = card_texts(out, CARD_FORMATS["groot"], len(loaded.deck.terms))
    for card, term in zip(cards, loaded.deck.terms, strict=True):
        # the letters on the card; on a page of two cards PDF text extraction may give a
        # word's letters in another order than drawn (the page itself looks right)
        assert not Counter(flat(term.display)) - Counter(card), term.display
        if reads_back(term.glosses["ar"]):
            assert flat(term.glosses["ar"]) in card, term.glosses["ar"]  # logical order
            checked += 1
    assert checked > 30
    assert "مستودع" in text[0]  # 'magazijn': read back letter by letter, right to left


def test_without_a_gloss_language_the_cards_show_only_dutch(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    loaded = bundled(MAGAZIJN, library)
    out = tmp_path / "kaartjes.pdf"
    write_pdf(loaded, library, PrintRequest(), out)
    first = pdf_pages(out)[0]
    assert flat(loaded.deck.terms[0].display) in first
    assert not any(flat(gloss) in first for gloss in loaded.deck.terms[0].glosses.values())


def test_label_size_puts_24_on_a_page(tmp_path: Path, library: PictogramLibrary) -> None:
    loaded = generated(50)
    out = tmp_path / "labels.pdf"
    request = PrintRequest(card_format="label", gloss_language="fa")
    assert write_pdf(loaded, library, request, out) == 3
    text = pdf_pages(out)
    for index, term in enumerate(loaded.deck.terms):
        assert flat(term.term) in text[index // 24]
        assert flat(term.glosses["fa"]) in text[index // 24]  # Farsi with digits, in order
    assert flat(loaded.deck.terms[24].term) not in text[0]


def test_every_kind_of_pictogram_is_drawn(tmp_path: Path, library: PictogramLibrary) -> None:
    """Deck PNG and SVG, app asset, OpenMoji and MDI icon: none is left blank."""
    loaded = load_deck(deckbuilder.write_deck(tmp_path / "deck"), library)
    out = tmp_path / "kaartjes.pdf"
    write_pdf(loaded, library, PrintRequest(), out)
    image = page_image(out, 0)
    width, height = CARD_FORMATS["groot"].card_mm
    for index, _term in enumerate(loaded.deck.terms):
        left, top = CARD_FORMATS["groot"].card_origin_mm(index)
        x = round((left + width / 2) / 210 * image.width())
        y = round((top + 5 + (height - 10) * 0.26) / 297 * image.height())
        ink = [image.pixelColor(x + dx, y + dy).lightness() for dx in range(-6, 7, 3)
               for dy in range(-6, 7, 3)]  # fmt: skip
        assert min(ink) < 200, f"pictogram of card {index} is blank"


def test_the_heftruck_card_shows_its_own_red_picture(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    loaded = load_deck(deckbuilder.write_deck(tmp_path / "deck"), library)
    out = tmp_path / "kaartjes.pdf"
    write_pdf(loaded, library, PrintRequest(), out)
    image = page_image(out, 0)
    width, height = CARD_FORMATS["groot"].card_mm
    x = round((10 + width / 2) / 210 * image.width())
    y = round((10 + 5 + (height - 10) * 0.26) / 297 * image.height())
    colour = image.pixelColor(x, y)
    assert colour.red() > 150 and colour.green() < 80, colour.name()


def test_a_language_the_deck_lacks_is_refused_in_dutch(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    out = tmp_path / "kaartjes.pdf"
    with pytest.raises(PrintProblem, match="geen vertaling in het Duits"):
        write_pdf(generated(3), library, PrintRequest(gloss_language="de"), out)
    assert not out.exists()


@pytest.mark.parametrize("letter", ["م", "ک", "መ", "é"])
def test_the_print_fonts_have_arabic_farsi_and_tigrinya_letters(letter: str) -> None:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

    installed = set(QFontDatabase.families())
    assert set(FAMILIES) <= installed, set(FAMILIES) - installed
    assert any(QFontMetricsF(QFont(family)).inFontUcs4(ord(letter)) for family in FAMILIES)
