"""The learner page's charts (QtCharts): answers per day (bars, as on the learner's own
progress page), share right per week and words learned over time (lines)."""

from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QWidget

from vaktaal.ui.home.day_chart import DayChart, plain_chart_view
from vaktaal.ui.i18n import ui_locale
from vaktaal.usecases.dashboard import DayFigures

__all__ = ["DayChart", "LineChart", "learned_points", "per_day", "right_per_week"]

LINE_COLOUR = "#3f9b5b"
WEEK = 7


def per_day(days: Sequence[DayFigures]) -> list[tuple[date, int]]:
    return [(day.day, day.reviews) for day in days]


def right_per_week(days: Sequence[DayFigures]) -> list[tuple[date, float | None]]:
    """Share of right answers per week (the last day of each week), newest week ending today."""
    points: list[tuple[date, float | None]] = []
    for end in range(len(days), 0, -WEEK):
        week = days[max(end - WEEK, 0) : end]
        reviews = sum(day.reviews for day in week)
        share = sum(day.correct for day in week) / reviews if reviews else None
        points.append((week[-1].day, share))
    return points[::-1]


def learned_points(days: Sequence[DayFigures]) -> list[tuple[date, float | None]]:
    return [(day.day, float(day.learned_total)) for day in days]


class LineChart(QChartView):
    """One line over the days; points without a value (None) leave a gap."""

    def __init__(self, name: str, percent: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent = percent
        chart = plain_chart_view(self, name, 220)
        chart.setLocale(ui_locale())  # month names in the language of the screens
        self.series: list[QLineSeries] = []

    def show_points(self, points: Sequence[tuple[date, float | None]]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.series = self._lines(points)
        x_axis, y_axis = self._axes(points)
        for series in self.series:
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def _lines(self, points: Sequence[tuple[date, float | None]]) -> list[QLineSeries]:
        """One series per unbroken run of values."""
        lines: list[QLineSeries] = []
        current: QLineSeries | None = None
        for day, value in points:
            if value is None:
                current = None
                continue
            if current is None:
                current = QLineSeries()
                current.setPen(QPen(QColor(LINE_COLOUR), 3))
                current.setPointsVisible(True)
                lines.append(current)
            current.append(_msecs(day), value * 100 if self.percent else value)
        return lines

    def _axes(
        self, points: Sequence[tuple[date, float | None]]
    ) -> tuple[QDateTimeAxis, QValueAxis]:
        chart = self.chart()
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        x_axis.setTickCount(4)
        x_axis.setGridLineVisible(False)
        if points:
            x_axis.setRange(_qdatetime(points[0][0]), _qdatetime(points[-1][0]))
        y_axis = QValueAxis()
        values = [value for _day, value in points if value is not None]
        top = 100.0 if self.percent else max(values + [4.0])
        y_axis.setRange(0, top)
        if not self.percent:
            y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%d%%" if self.percent else "%d")
        y_axis.setGridLineColor(QColor("#e4e9f0"))
        font = QFont(self.font())
        for axis in (x_axis, y_axis):
            axis.setLabelsFont(font)
            axis.setLabelsColor(QColor("#52606d"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        return x_axis, y_axis


def _qdatetime(day: date) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(_msecs(day))


def _msecs(day: date) -> int:
    return int(datetime.combine(day, time(12)).timestamp() * 1000)
