"""Word cards: pictogram, article and term in large type, optional gloss; cut marks around."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen

from vaktaal.core.languages import is_right_to_left
from vaktaal.core.model import Term
from vaktaal.printing.fonts import print_font
from vaktaal.printing.paper import CENTRE, Paper
from vaktaal.printing.pictures import PrintPictures
from vaktaal.printing.plan import A4_MM, CardFormat, chunks

NO_BREAK = "\u00a0"  # keeps the article on the line of its noun
MARK_MM = 6.0  # length of a cut mark in the page margin


@dataclass(frozen=True)
class CardStyle:
    """Sizes on one card, as parts of its width/height and in points."""

    picture_part: float  # of the card's height (groot) or width (label)
    term_points: float
    gloss_points: float
    padding_mm: float
    side_by_side: bool  # label: pictogram left, words right


STYLES = {
    "groot": CardStyle(0.52, 30, 22, 5.0, side_by_side=False),
    "label": CardStyle(0.38, 15, 12, 2.5, side_by_side=True),
}


def draw_cards(
    paper: Paper, terms: Sequence[Term], pictures: PrintPictures,
    card_format: CardFormat, gloss_language: str | None,
) -> None:  # fmt: skip
    style = STYLES[card_format.name]
    for number, page in enumerate(chunks(terms, card_format.per_page)):
        if number:
            paper.new_page()
        _draw_cut_marks(paper, card_format)
        for index, term in enumerate(page):
            left, top = card_format.card_origin_mm(index)
            width, height = card_format.card_mm
            card = QRectF(paper.mm(left), paper.mm(top), paper.mm(width), paper.mm(height))
            inner = card.adjusted(*_inset(paper.mm(style.padding_mm)))
            gloss = term.glosses.get(gloss_language) if gloss_language else None
            _draw_card(paper, inner, term, gloss, gloss_language, pictures, style)


def _inset(padding: float) -> tuple[float, float, float, float]:
    return padding, padding, -padding, -padding


def _draw_card(
    paper: Paper, box: QRectF, term: Term, gloss: str | None, language: str | None,
    pictures: PrintPictures, style: CardStyle,
) -> None:  # fmt: skip
    picture, words = _split(box, style)
    pictures.draw(paper.painter, term.pictogram, picture)
    term_box = QRectF(words)
    if gloss:
        term_box.setHeight(words.height() * 0.6)
        gloss_box = QRectF(words.left(), term_box.bottom(), words.width(), words.height() * 0.4)
        rtl = is_right_to_left(language or "")
        font = paper.shrunk_to_fit(gloss, print_font(style.gloss_points, rtl=rtl), gloss_box)
        _draw_centred(paper, gloss_box, gloss, font, rtl)
    shown = term.display.replace(" ", NO_BREAK, 1) if term.article else term.display
    font = paper.shrunk_to_fit(shown, print_font(style.term_points, bold=True), term_box)
    _draw_centred(paper, term_box, shown, font, False)


def _split(box: QRectF, style: CardStyle) -> tuple[QRectF, QRectF]:
    """The pictogram's box and the words' box of a card."""
    if style.side_by_side:
        side = min(box.height(), box.width() * style.picture_part)
        picture = QRectF(box.left(), box.top() + (box.height() - side) / 2, side, side)
        gap = box.width() * 0.04
        words = QRectF(picture.right() + gap, box.top(), box.right() - picture.right() - gap,
                       box.height())  # fmt: skip
        return picture, words
    picture = QRectF(box.left(), box.top(), box.width(), box.height() * style.picture_part)
    gap = box.height() * 0.04
    words = QRectF(box.left(), picture.bottom() + gap, box.width(),
                   box.bottom() - picture.bottom() - gap)  # fmt: skip
    return picture, words


def _draw_centred(paper: Paper, box: QRectF, text: str, font: QFont, rtl: bool) -> None:
    """Text centred in its box, vertically too."""
    height = paper.text_height(text, font, box.width())
    top = box.top() + max(0.0, (box.height() - height) / 2)
    paper.draw_text(QRectF(box.left(), top, box.width(), height + 1), text, font, CENTRE, rtl)


def _draw_cut_marks(paper: Paper, card_format: CardFormat) -> None:
    """Dashed lines between the cards, and solid marks in the margin where to cut."""
    painter = paper.painter
    width, height = card_format.card_mm
    margin = card_format.margin_mm
    xs = [margin + column * width for column in range(card_format.columns + 1)]
    ys = [margin + row * height for row in range(card_format.rows + 1)]
    painter.save()
    painter.setPen(QPen(QColor("#b0b8c1"), paper.mm(0.2), Qt.PenStyle.DashLine))
    for x in xs:
        painter.drawLine(_line(paper, x, ys[0], x, ys[-1]))
    for y in ys:
        painter.drawLine(_line(paper, xs[0], y, xs[-1], y))
    painter.setPen(QPen(QColor("#000000"), paper.mm(0.25)))
    for x in xs:
        painter.drawLine(_line(paper, x, margin - MARK_MM, x, margin - 1))
        painter.drawLine(_line(paper, x, A4_MM[1] - margin + 1, x, A4_MM[1] - margin + MARK_MM))
    for y in ys:
        painter.drawLine(_line(paper, margin - MARK_MM, y, margin - 1, y))
        painter.drawLine(_line(paper, A4_MM[0] - margin + 1, y, A4_MM[0] - margin + MARK_MM, y))
    painter.restore()


def _line(paper: Paper, x1: float, y1: float, x2: float, y2: float) -> QLineF:
    return QLineF(paper.mm(x1), paper.mm(y1), paper.mm(x2), paper.mm(y2))
