"""The handbook's cover, its contents pages and the footer with page numbers."""

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPen

from vaktaal.core.i18n import _, ngettext
from vaktaal.core.languages import LANGUAGES
from vaktaal.core.model import Deck
from vaktaal.printing.entries import MUTED
from vaktaal.printing.fonts import print_font
from vaktaal.printing.paper import CENTRE, LEFT, RIGHT, Paper
from vaktaal.printing.pictures import PrintPictures
from vaktaal.printing.plan import A4_MM, Section

HEADING_MM = 24.0
LINE_MM = 10.0


def draw_cover(paper: Paper, deck: Deck, pictures: PrintPictures) -> None:
    width = A4_MM[0] - 40
    pictures.draw(paper.painter, deck.pictogram, _box(paper, 75, 35, 60, 60))
    y = 110.0
    y += _centred(paper, _("Handboek vaktermen"), 18, y, width, colour=MUTED) + 4
    y += _centred(paper, deck.title, 32, y, width, bold=True) + 8
    y += _centred(paper, deck.organisation, 18, y, width) + 3
    if deck.job_function:
        function = _("Functie: {function}").format(function=deck.job_function)
        y += _centred(paper, function, 16, y, width) + 3
    if deck.task_profile:
        y += _centred(paper, deck.task_profile, 12, y + 4, width, colour=MUTED) + 4
    languages = ", ".join(_language_name(code) for code in deck.gloss_languages)
    terms = ngettext("{n} woord", "{n} woorden", len(deck.terms)).format(n=len(deck.terms))
    facts = _("Niveau {level} · versie {version} · {terms}").format(
        level=deck.level, version=deck.version, terms=terms
    )
    _centred(paper, facts, 12, 240, width, colour=MUTED)
    _centred(paper, _("Vertalingen: {languages}").format(languages=languages), 12, 250, width,
             colour=MUTED)  # fmt: skip


def _language_name(code: str) -> str:
    language = LANGUAGES.get(code)
    return language.dutch_name if language else code


def _box(paper: Paper, left: float, top: float, width: float, height: float) -> QRectF:
    return QRectF(paper.mm(left), paper.mm(top), paper.mm(width), paper.mm(height))


def _centred(
    paper: Paper, text: str, points: float, top_mm: float, width_mm: float,
    bold: bool = False, colour: str = "#1f2933",
) -> float:  # fmt: skip
    """Centred lines at `top_mm`; the height they took, in mm."""
    font = print_font(points, bold=bold)
    box = _box(paper, 20, top_mm, width_mm, 100)
    paper.painter.save()
    paper.painter.setPen(QColor(colour))
    used = paper.draw_text(box, text, font, CENTRE)
    paper.painter.restore()
    return used / paper.mm(1)


def contents_pages(paper: Paper, sections: int, box: QRectF) -> int:
    return max(1, -(-sections // _lines_per_page(paper, box)))


def _lines_per_page(paper: Paper, box: QRectF) -> int:
    return max(1, int((box.height() - paper.mm(HEADING_MM)) // paper.mm(LINE_MM)))


def draw_contents(
    paper: Paper, deck: Deck, lines: Sequence[tuple[Section, int]], box: QRectF
) -> None:
    per_page = _lines_per_page(paper, box)
    for page in range(contents_pages(paper, len(lines), box)):
        paper.new_page()
        paper.draw_text(box, _("Inhoud"), print_font(24, bold=True), LEFT)
        y = box.top() + paper.mm(HEADING_MM)
        for section, number in lines[page * per_page : (page + 1) * per_page]:
            _contents_line(paper, section, number, QRectF(box.left(), y, box.width(),
                                                          paper.mm(LINE_MM)))  # fmt: skip
            y += paper.mm(LINE_MM)
        draw_footer(paper, deck.title, 2 + page)


def _contents_line(paper: Paper, section: Section, page: int, line: QRectF) -> None:
    count = ngettext("{n} woord", "{n} woorden", len(section.terms)).format(n=len(section.terms))
    paper.draw_text(line, f"{section.title}  ({count})", print_font(13), LEFT)
    paper.draw_text(line, str(page), print_font(13, bold=True), RIGHT)
    paper.painter.save()
    paper.painter.setPen(QPen(QColor("#d9dee3"), paper.mm(0.2)))
    bottom = line.bottom() - paper.mm(1.5)
    paper.painter.drawLine(QLineF(line.left(), bottom, line.right(), bottom))
    paper.painter.restore()


def draw_footer(paper: Paper, title: str, page: int) -> None:
    box = _box(paper, 20, A4_MM[1] - 15, A4_MM[0] - 40, 8)
    paper.painter.save()
    paper.painter.setPen(QColor(MUTED))
    paper.draw_text(box, title, print_font(9), LEFT)
    paper.draw_text(box, _("pagina {page}").format(page=page), print_font(9), RIGHT)
    paper.painter.restore()
