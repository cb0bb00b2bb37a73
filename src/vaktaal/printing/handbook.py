"""The handbook of terms: cover, contents with page numbers, then the entries by section."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from vaktaal.core.i18n import ngettext
from vaktaal.core.model import Deck, Term
from vaktaal.printing.entries import draw_entry, entry_height
from vaktaal.printing.fonts import print_font
from vaktaal.printing.handbook_pages import contents_pages, draw_contents, draw_cover, draw_footer
from vaktaal.printing.paper import LEFT, Paper
from vaktaal.printing.pictures import PrintPictures
from vaktaal.printing.plan import A4_MM, Section, sections

SIDE_MM = 20.0
TOP_MM = 20.0
BOTTOM_MM = 24.0  # room for the footer
SECTION_MM = 16.0


@dataclass(frozen=True)
class Block:
    """A section heading (term None) or one entry, at `top` on its page."""

    section: Section
    term: Term | None
    top: float
    height: float


def draw_handbook(paper: Paper, deck: Deck, pictures: PrintPictures, order: str) -> None:
    chapters = sections(deck.terms, order)
    pages = _paginate(paper, chapters, deck.gloss_languages)
    first_entry_page = 2 + contents_pages(paper, len(chapters), _text_box(paper))
    starts = {
        id(block.section): first_entry_page + number
        for number, page in enumerate(pages)
        for block in page
        if block.term is None
    }
    draw_cover(paper, deck, pictures)
    draw_contents(paper, deck, [(s, starts[id(s)]) for s in chapters], _text_box(paper))
    for number, page in enumerate(pages):
        paper.new_page()
        for block in page:
            _draw_block(paper, block, deck.gloss_languages, pictures)
        draw_footer(paper, deck.title, first_entry_page + number)


def _text_box(paper: Paper) -> QRectF:
    return QRectF(paper.mm(SIDE_MM), paper.mm(TOP_MM), paper.mm(A4_MM[0] - 2 * SIDE_MM),
                  paper.mm(A4_MM[1] - TOP_MM - BOTTOM_MM))  # fmt: skip


def _paginate(
    paper: Paper, chapters: Sequence[Section], languages: Sequence[str]
) -> list[list[Block]]:
    """Entries never split over two pages; a section heading stays with its first entry."""
    box = _text_box(paper)
    pages: list[list[Block]] = [[]]
    y = box.top()
    for section in chapters:
        heading = paper.mm(SECTION_MM)
        for index, term in enumerate(section.terms):
            height = entry_height(paper, term, languages, box.width())
            needed = height + (heading if index == 0 else 0)
            if y + needed > box.bottom() and pages[-1]:
                pages.append([])
                y = box.top()
            if index == 0:
                pages[-1].append(Block(section, None, y, heading))
                y += heading
            pages[-1].append(Block(section, term, y, height))
            y += height
    return pages


def _draw_block(
    paper: Paper, block: Block, languages: Sequence[str], pictures: PrintPictures
) -> None:
    box = _text_box(paper)
    area = QRectF(box.left(), block.top, box.width(), block.height)
    if block.term is not None:
        draw_entry(paper, block.term, languages, pictures, area)
        return
    band = QRectF(area.left(), area.top(), area.width(), area.height() - paper.mm(4))
    paper.painter.fillRect(band, QColor("#e8eef6"))
    count = ngettext("{n} woord", "{n} woorden", len(block.section.terms))
    title = f"{block.section.title}   ({count.format(n=len(block.section.terms))})"
    inner = band.adjusted(paper.mm(3), paper.mm(2), -paper.mm(3), 0)
    paper.draw_text(inner, title, print_font(18, bold=True), LEFT)
