"""Charts for paper, drawn with QPainter: answers per day (bars), a share and a count over
time (lines). Thin grey grid, axis labels in Dutch, colours that also read in grey print."""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen, QPolygonF

from vaktaal.printing.fonts import print_font
from vaktaal.printing.paper import LEFT, RIGHT, Paper
from vaktaal.printing.report_layout import AGAIN, GOOD, INK, LINE, MUTED, draw

AXIS_MM = 12.0  # room left of the plot for the numbers
FOOT_MM = 7.0  # room under the plot for the dates
TITLE_MM = 8.0
SHORT_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                "dec")  # fmt: skip


@dataclass(frozen=True)
class Bar:
    day: date
    good: int
    again: int


@dataclass(frozen=True)
class Point:
    day: date
    value: float | None  # None: no figure that day (the line breaks)


def short_date(day: date) -> str:
    return f"{day.day} {SHORT_MONTHS[day.month - 1]}"


def nice_top(largest: float) -> tuple[float, float]:
    """A round top for the axis and its step: 37 -> (40, 10)."""
    if largest <= 0:
        return 1.0, 1.0
    raw = largest / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * math.ceil(largest / step), step


class Chart:
    """The frame of one chart: title, plot area, horizontal grid with labels, date axis."""

    def __init__(self, paper: Paper, box: QRectF, title: str) -> None:
        self.paper = paper
        mm = paper.mm
        draw(paper, QRectF(box.left(), box.top(), box.width(), mm(TITLE_MM)), title,
             print_font(11, bold=True))  # fmt: skip
        self.plot = QRectF(box.left() + mm(AXIS_MM), box.top() + mm(TITLE_MM + 2),
                           box.width() - mm(AXIS_MM + 2),
                           box.height() - mm(TITLE_MM + 2 + FOOT_MM))  # fmt: skip

    def grid(self, top: float, step: float, percent: bool = False) -> None:
        paper, plot = self.paper, self.plot
        paper.painter.save()
        paper.painter.setPen(QPen(QColor(LINE), paper.mm(0.2)))
        value = 0.0
        while value <= top + 1e-9:
            y = plot.bottom() - plot.height() * value / top
            paper.painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            label = f"{round(value * 100)}%" if percent else f"{value:g}"
            box = QRectF(plot.left() - paper.mm(AXIS_MM), y - paper.mm(2.5),
                         paper.mm(AXIS_MM - 1.5), paper.mm(5))  # fmt: skip
            draw(paper, box, label, print_font(7.5), MUTED, RIGHT | Qt.AlignmentFlag.AlignVCenter)
            value += step
        paper.painter.setPen(QPen(QColor(MUTED), paper.mm(0.3)))
        paper.painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        paper.painter.restore()

    def x_of(self, index: int, count: int) -> float:
        """The centre of slot `index` of `count` slots across the plot."""
        return self.plot.left() + self.plot.width() * (index + 0.5) / max(1, count)

    def dates(self, days: Sequence[date]) -> None:
        """About six dates under the plot, the first and the last among them."""
        if not days:
            return
        every = max(1, math.ceil(len(days) / 6))
        shown = list(range(0, len(days), every))
        if len(days) - 1 - shown[-1] >= every / 2:
            shown.append(len(days) - 1)
        for index in shown:
            x = self.x_of(index, len(days))
            box = QRectF(x - self.paper.mm(10), self.plot.bottom() + self.paper.mm(1),
                         self.paper.mm(20), self.paper.mm(FOOT_MM - 1))  # fmt: skip
            draw(self.paper, box, short_date(days[index]), print_font(7.5), MUTED,
                 Qt.AlignmentFlag.AlignHCenter)  # fmt: skip

    def empty(self, text: str) -> None:
        draw(self.paper, self.plot, text, print_font(10), MUTED,
             Qt.AlignmentFlag.AlignCenter)  # fmt: skip


def legend(paper: Paper, box: QRectF, items: Sequence[tuple[str, str]]) -> None:
    """Coloured squares with their names, right-aligned on the title line of a chart."""
    x = box.right()
    for name, colour in reversed(items):
        width = paper.mm(4 + 1.8 * len(name) + 4)
        x -= width
        square = QRectF(x, box.top() + paper.mm(2), paper.mm(3), paper.mm(3))
        paper.painter.fillRect(square, QColor(colour))
        text_box = QRectF(x + paper.mm(4.5), box.top(), width, paper.mm(TITLE_MM - 1))
        draw(paper, text_box, name, print_font(8), INK, LEFT | Qt.AlignmentFlag.AlignVCenter)


def draw_bars(paper: Paper, box: QRectF, title: str, bars: Sequence[Bar],
              names: tuple[str, str], empty_text: str) -> None:  # fmt: skip
    """Stacked bars per day: right (green) below, again (orange) on top."""
    chart = Chart(paper, box, title)
    legend(paper, box, [(names[0], GOOD), (names[1], AGAIN)])
    top, step = nice_top(max((b.good + b.again for b in bars), default=0))
    chart.grid(top, step)
    if not any(b.good or b.again for b in bars):
        chart.empty(empty_text)
    slot = chart.plot.width() / max(1, len(bars))
    width = max(slot * 0.72, paper.mm(0.4))
    for index, bar in enumerate(bars):
        if not bar.good + bar.again:
            continue
        x = chart.x_of(index, len(bars)) - width / 2
        good_height = chart.plot.height() * bar.good / top
        again_height = chart.plot.height() * bar.again / top
        bottom = chart.plot.bottom()
        paper.painter.fillRect(QRectF(x, bottom - good_height, width, good_height), QColor(GOOD))
        paper.painter.fillRect(QRectF(x, bottom - good_height - again_height, width,
                                      again_height), QColor(AGAIN))  # fmt: skip
    chart.dates([b.day for b in bars])


def draw_line(paper: Paper, box: QRectF, title: str, points: Sequence[Point],
              colour: str, percent: bool, empty_text: str) -> None:  # fmt: skip
    """A line through the points (a share 0..1 when `percent`), with a light fill under it."""
    chart = Chart(paper, box, title)
    values = [p.value for p in points if p.value is not None]
    top, step = (1.0, 0.25) if percent else nice_top(max(values, default=0))
    chart.grid(top, step, percent)
    if not values:
        chart.empty(empty_text)
        chart.dates([p.day for p in points])
        return
    for run in _runs(chart, points, top):
        _stroke(paper, chart, run, colour)
    chart.dates([p.day for p in points])


def _runs(chart: Chart, points: Sequence[Point], top: float) -> list[list[QPointF]]:
    """The points as screen positions, split where a value is missing."""
    runs: list[list[QPointF]] = [[]]
    for index, point in enumerate(points):
        if point.value is None:
            runs.append([])
            continue
        y = chart.plot.bottom() - chart.plot.height() * min(point.value, top) / top
        runs[-1].append(QPointF(chart.x_of(index, len(points)), y))
    return [run for run in runs if run]


def _stroke(paper: Paper, chart: Chart, run: list[QPointF], colour: str) -> None:
    painter = paper.painter
    painter.save()
    if len(run) > 1:
        area = QPainterPath(QPointF(run[0].x(), chart.plot.bottom()))
        for position in run:
            area.lineTo(position)
        area.lineTo(QPointF(run[-1].x(), chart.plot.bottom()))
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.fillPath(area, fill)
        painter.setPen(QPen(QColor(colour), paper.mm(0.6)))
        painter.drawPolyline(QPolygonF(run))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    radius = paper.mm(0.8 if len(run) < 40 else 0.4)
    for position in run:
        painter.drawEllipse(position, radius, radius)
    painter.restore()
