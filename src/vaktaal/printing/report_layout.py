"""Report pages: text that flows down A4 pages, figure tiles and tables with a header row.

Everything is measured in millimetres; `Flow` starts a new page when a block does not fit
and puts the footer (report title, page number) on every page.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen

from vaktaal.printing.fonts import print_font
from vaktaal.printing.handbook_pages import draw_footer
from vaktaal.printing.paper import CENTRE, LEFT, RIGHT, Paper
from vaktaal.printing.plan import A4_MM

SIDE_MM = 18.0
TOP_MM = 18.0
BOTTOM_MM = 24.0  # room for the footer
INK = "#1f2933"
MUTED = "#52606d"
LINE = "#d9dee3"
BAND = "#e8eef6"
ZEBRA = "#f5f7fa"
GOOD = "#2e7d32"
AGAIN = "#e07b00"
ACCENT = "#1f5fa8"


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def number(value: int) -> str:
    """1.234: thousands as a Dutch reader writes them."""
    return f"{value:,}".replace(",", ".")


class Flow:
    """A cursor going down the pages; `room(h)` turns the page when `h` mm do not fit."""

    def __init__(self, paper: Paper, title: str) -> None:
        self.paper = paper
        self.title = title
        self.page = 1
        self.y = TOP_MM  # mm from the top of the page

    @property
    def width(self) -> float:
        return A4_MM[0] - 2 * SIDE_MM

    @property
    def bottom(self) -> float:
        return A4_MM[1] - BOTTOM_MM

    def room(self, height: float) -> bool:
        """Make room for `height` mm; True when a new page was started for it."""
        if self.y + height <= self.bottom or self.y <= TOP_MM:
            return False
        self.next_page()
        return True

    def next_page(self) -> None:
        draw_footer(self.paper, self.title, self.page)
        self.paper.new_page()
        self.page += 1
        self.y = TOP_MM

    def finish(self) -> None:
        draw_footer(self.paper, self.title, self.page)

    def box(self, height: float, left: float = 0.0, width: float | None = None) -> QRectF:
        """A box `height` mm high at the cursor, `left` mm into the text column."""
        wide = self.width - left if width is None else width
        return mm_box(self.paper, SIDE_MM + left, self.y, wide, height)

    def text_height(self, text: str, font: QFont, width: float | None = None) -> float:
        dots = self.paper.text_height(text, font, self.paper.mm(width or self.width))
        return dots / self.paper.mm(1)

    def text(
        self, text: str, font: QFont, colour: str = INK, gap: float = 2.0, left: float = 0.0
    ) -> None:
        """Wrapped text at the cursor (a new page first when it does not fit)."""
        width = self.width - left
        height = self.text_height(text, font, width)
        self.room(height)
        draw(self.paper, self.box(height, left), text, font, colour)
        self.y += height + gap

    def heading(self, text: str, points: float = 15, keep: float = 30) -> None:
        """A section heading on a band; it stays with at least `keep` mm of what follows."""
        self.room(12 + keep)
        band = self.box(9)
        self.paper.painter.fillRect(band, QColor(BAND))
        inner = band.adjusted(self.paper.mm(3), self.paper.mm(1), 0, 0)
        draw(self.paper, inner, text, print_font(points, bold=True))
        self.y += 12


def mm_box(paper: Paper, left: float, top: float, width: float, height: float) -> QRectF:
    return QRectF(paper.mm(left), paper.mm(top), paper.mm(width), paper.mm(height))


def draw(
    paper: Paper, box: QRectF, text: str, font: QFont, colour: str = INK,
    align: Qt.AlignmentFlag = LEFT,
) -> None:  # fmt: skip
    paper.painter.save()
    paper.painter.setPen(QColor(colour))
    paper.draw_text(box, text, font, align)
    paper.painter.restore()


# -- figure tiles --------------------------------------------------------------------------


@dataclass(frozen=True)
class Tile:
    value: str  # big: "87%"
    caption: str  # small, under it: "goed onthouden"


TILE_MM = 21.0
TILE_GAP_MM = 4.0


def draw_tiles(flow: Flow, tiles: Sequence[Tile], columns: int = 4) -> None:
    """Key figures in boxes, `columns` side by side."""
    width = (flow.width - (columns - 1) * TILE_GAP_MM) / columns
    for start in range(0, len(tiles), columns):
        flow.room(TILE_MM)
        for index, tile in enumerate(tiles[start : start + columns]):
            _tile(flow, flow.box(TILE_MM, index * (width + TILE_GAP_MM), width), tile)
        flow.y += TILE_MM + TILE_GAP_MM


def _tile(flow: Flow, box: QRectF, tile: Tile) -> None:
    paper = flow.paper
    paper.painter.save()
    paper.painter.setPen(QPen(QColor(LINE), paper.mm(0.3)))
    paper.painter.setBrush(QColor("#fbfcfd"))
    paper.painter.drawRoundedRect(box, paper.mm(2), paper.mm(2))
    paper.painter.restore()
    top = QRectF(box.left() + paper.mm(1), box.top() + paper.mm(2), box.width() - paper.mm(2),
                 paper.mm(10))  # fmt: skip
    font = paper.shrunk_to_fit(tile.value, print_font(18, bold=True), top, smallest=9)
    draw(paper, top, tile.value, font, ACCENT, CENTRE)
    bottom = QRectF(box.left() + paper.mm(1), box.top() + paper.mm(12.5), box.width() - paper.mm(2),
                    paper.mm(8))  # fmt: skip
    draw(paper, bottom, tile.caption, print_font(8.5), MUTED, CENTRE)


# -- tables --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableColumn:
    title: str
    width: float  # mm
    right: bool = False  # numbers: aligned right


ROW_MM = 6.5
HEADER_MM = 9.0


def draw_table(
    flow: Flow, columns: Sequence[TableColumn], rows: Sequence[Sequence[str]],
    points: float = 9.5,
) -> None:  # fmt: skip
    """Rows of one line each; the header row again at the top of every new page."""
    _header(flow, columns, points)
    for number, row in enumerate(rows):
        if flow.room(ROW_MM):
            _header(flow, columns, points)
        if number % 2:
            flow.paper.painter.fillRect(flow.box(ROW_MM), QColor(ZEBRA))
        _cells(flow, columns, row, print_font(points), INK)
        flow.y += ROW_MM
    flow.y += 4


def _header(flow: Flow, columns: Sequence[TableColumn], points: float) -> None:
    flow.room(HEADER_MM + ROW_MM)
    paper = flow.paper
    _cells(flow, columns, [c.title for c in columns], print_font(points - 0.5, bold=True), MUTED,
           HEADER_MM)  # fmt: skip
    paper.painter.save()
    paper.painter.setPen(QPen(QColor(MUTED), paper.mm(0.3)))
    line = flow.box(HEADER_MM)
    paper.painter.drawLine(line.bottomLeft(), line.bottomRight())
    paper.painter.restore()
    flow.y += HEADER_MM


def _cells(
    flow: Flow, columns: Sequence[TableColumn], texts: Sequence[str], font: QFont, colour: str,
    height: float = ROW_MM,
) -> None:  # fmt: skip
    left = 0.0
    for column, text in zip(columns, texts, strict=True):
        box = flow.box(height, left + 1, column.width - 2)
        align = RIGHT if column.right else LEFT
        fitted = flow.paper.shrunk_to_fit(text, font, box, smallest=6.5) if text else font
        vertical = Qt.AlignmentFlag.AlignVCenter
        draw(flow.paper, box, text, fitted, colour, align | vertical)
        left += column.width
