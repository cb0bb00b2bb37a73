"""A bar chart of the answers per day (QtCharts), with day labels in the UI language and a
text summary."""

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QWidget

from vaktaal.ui.i18n import latin_digits, ui_locale
from vaktaal.ui.text_size import set_relative_font

LABEL_EVERY = 5
BAR_COLOUR = "#2f6fde"
TODAY_COLOUR = "#3f9b5b"


def day_labels(days: list[date], locale: QLocale | None = None) -> list[str]:
    """One label per day: '3 mrt' on every 5th day back from today (today is the green bar),
    in the language of the screens (with 0-9, as the chart's numbers).

    The other days get distinct invisible labels, as a category axis needs unique names. Today
    itself has none: a label under the last bar would stick out of the chart, and Qt hides it."""
    locale = locale or ui_locale()
    last = len(days) - 1
    labels = []
    for index, day in enumerate(days):
        if index != last and (last - index) % LABEL_EVERY == 0:
            shown = locale.toString(QDate(day.year, day.month, day.day), "d MMM")
            labels.append(latin_digits(shown))
        else:
            labels.append("\u200b" * (index + 1))
    return labels


def plain_chart_view(view: QChartView, name: str, height: int) -> QChart:
    """The house style of a chart: white, no legend, no animation, reachable by keyboard
    (screen readers read `name`), its text following the text size. Returns the chart."""
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.setAccessibleName(name)
    view.setMinimumHeight(height)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setBackgroundBrush(QBrush(QColor("#ffffff")))
    chart = QChart()
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QBrush(QColor("#ffffff")))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(0, 4, 8, 0))
    view.setChart(chart)
    set_relative_font(view, 0.9)  # follows the text size through changeEvent
    return chart


class DayChart(QChartView):
    """Answers per day, oldest day on the left; its accessible description says it in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_chart_view(self, self.tr("Antwoorden per dag"), 260)

    def show_days(self, per_day: list[tuple[date, int]]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        answers = QBarSet(self.tr("Antwoorden"))
        answers.setColor(QColor(BAR_COLOUR))
        answers.setPen(QPen(Qt.PenStyle.NoPen))
        answers.append([float(count) for _, count in per_day])
        answers.setSelectedColor(QColor(TODAY_COLOUR))
        if per_day:
            answers.selectBar(len(per_day) - 1)
        series = QBarSeries()
        series.setBarWidth(0.7)
        series.append(answers)
        chart.addSeries(series)
        self._add_axes(series, per_day)
        self._apply_fonts()

    def _add_axes(self, series: QBarSeries, per_day: list[tuple[date, int]]) -> None:
        days = QBarCategoryAxis()
        days.append(day_labels([day for day, _ in per_day]))
        days.setTruncateLabels(False)
        days.setGridLineVisible(False)
        counts = QValueAxis()
        counts.setRange(0, max([count for _, count in per_day] + [4]))
        counts.applyNiceNumbers()
        counts.setLabelFormat("%d")
        counts.setGridLineColor(QColor("#e4e9f0"))
        self.chart().addAxis(days, Qt.AlignmentFlag.AlignBottom)
        self.chart().addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(days)
        series.attachAxis(counts)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        font = QFont(self.font())
        for axis in self.chart().axes():
            axis.setLabelsFont(font)
            axis.setLabelsColor(QColor("#52606d"))
