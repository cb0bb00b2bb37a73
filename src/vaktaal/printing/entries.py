"""One handbook entry: pictogram left; term, explanation, example and glosses right."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen

from vaktaal.core.i18n import _
from vaktaal.core.languages import LANGUAGES, is_right_to_left
from vaktaal.core.model import Term
from vaktaal.printing.fonts import print_font
from vaktaal.printing.paper import LEFT, RIGHT, Paper
from vaktaal.printing.pictures import PrintPictures

PICTURE_MM = 26.0
GAP_MM = 6.0  # between pictogram and words
GLOSS_COLUMN_MM = 68.0  # two translations side by side
LABEL_MM = 25.0  # width of the language name in front of a translation
ROW_GAP_MM = 1.2
ENTRY_GAP_MM = 7.0
TEXT = "#1f2933"
MUTED = "#52606d"
WARNING = "#b42318"


@dataclass(frozen=True)
class Cell:
    text: str
    font: QFont
    left_mm: float = 0.0  # from the start of the words column
    width_mm: float | None = None  # None: to the end of the column
    align: Qt.AlignmentFlag = LEFT
    rtl: bool = False
    colour: str = TEXT


Row = tuple[Cell, ...]  # cells side by side; the row is as high as its highest cell


def entry_rows(term: Term, languages: Sequence[str]) -> list[Row]:
    rows: list[Row] = [(Cell(term.display, print_font(17, bold=True)),)]
    if term.plural:
        rows.append((Cell(_("meervoud: {plural}").format(plural=term.plural), print_font(10),
                          colour=MUTED),))  # fmt: skip
    if term.safety_critical:
        rows.append((Cell(_("Let op: veiligheid"), print_font(10, bold=True), colour=WARNING),))
    if term.explanation:  # a deck made from a word list may not have them yet
        rows.append((Cell(term.explanation, print_font(11.5)),))
    if term.example:
        example = _("Voorbeeld: {example}").format(example=term.example)
        rows.append((Cell(example, print_font(11.5, italic=True), colour=MUTED),))
    glossed = [(code, term.glosses[code]) for code in languages if term.glosses.get(code)]
    for pair in range(0, len(glossed), 2):  # two translations side by side
        cells = [_gloss_cells(code, gloss, column)
                 for column, (code, gloss) in enumerate(glossed[pair : pair + 2])]  # fmt: skip
        rows.append(tuple(cell for both in cells for cell in both))
    return rows


def _gloss_cells(code: str, gloss: str, column: int) -> tuple[Cell, Cell]:
    language = LANGUAGES.get(code)
    name = language.dutch_name if language else code
    rtl = is_right_to_left(code)
    left = column * GLOSS_COLUMN_MM
    label = Cell(name, print_font(9), left_mm=left, width_mm=LABEL_MM - 1, colour=MUTED)
    text = Cell(gloss, print_font(13, rtl=rtl), left_mm=left + LABEL_MM,
                width_mm=GLOSS_COLUMN_MM - LABEL_MM - 3, align=RIGHT if rtl else LEFT,
                rtl=rtl)  # fmt: skip
    return label, text


def rows_height(paper: Paper, rows: Sequence[Row], width: float) -> float:
    gaps = paper.mm(ROW_GAP_MM) * max(0, len(rows) - 1)
    return sum(_row_height(paper, row, width) for row in rows) + gaps


def _row_height(paper: Paper, row: Row, width: float) -> float:
    return max(paper.text_height(c.text, c.font, _cell_width(paper, c, width)) for c in row)


def _cell_width(paper: Paper, cell: Cell, column: float) -> float:
    left = paper.mm(cell.left_mm)
    return paper.mm(cell.width_mm) if cell.width_mm is not None else column - left


def entry_height(paper: Paper, term: Term, languages: Sequence[str], width: float) -> float:
    words = rows_height(paper, entry_rows(term, languages), _words_width(paper, width))
    return max(paper.mm(PICTURE_MM), words) + paper.mm(ENTRY_GAP_MM)


def _words_width(paper: Paper, width: float) -> float:
    return width - paper.mm(PICTURE_MM + GAP_MM)


def draw_entry(
    paper: Paper, term: Term, languages: Sequence[str], pictures: PrintPictures, box: QRectF
) -> None:
    """Draw the entry in `box`: the page's text width, as high as `entry_height` said."""
    picture = QRectF(box.left(), box.top(), paper.mm(PICTURE_MM), paper.mm(PICTURE_MM))
    pictures.draw(paper.painter, term.pictogram, picture)
    left = box.left() + paper.mm(PICTURE_MM + GAP_MM)
    width = _words_width(paper, box.width())
    y = box.top()
    for row in entry_rows(term, languages):
        height = _row_height(paper, row, width)
        for cell in row:
            cell_box = QRectF(left + paper.mm(cell.left_mm), y, _cell_width(paper, cell, width),
                              height + 1)  # fmt: skip
            _draw_cell(paper, cell, cell_box)
        y += height + paper.mm(ROW_GAP_MM)
    _draw_rule(paper, box.left(), box.right(), box.bottom() - paper.mm(ENTRY_GAP_MM / 2))


def _draw_cell(paper: Paper, cell: Cell, box: QRectF) -> None:
    paper.painter.save()
    paper.painter.setPen(QColor(cell.colour))
    paper.draw_text(box, cell.text, cell.font, cell.align, cell.rtl)
    paper.painter.restore()


def _draw_rule(paper: Paper, left: float, right: float, y: float) -> None:
    paper.painter.save()
    paper.painter.setPen(QPen(QColor("#d9dee3"), paper.mm(0.3)))
    paper.painter.drawLine(QLineF(left, y, right, y))
    paper.painter.restore()
