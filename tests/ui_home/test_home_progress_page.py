"""Progress: words learned per deck, and a bar chart of the answers per day (30 days)."""

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from home_data import COUNTS, progress
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.home.day_chart import day_labels
from vaktaal.ui.home.progress_page import ProgressPage

Show = Callable[[QWidget], QWidget]


@pytest.fixture
def page(library: PictogramLibrary, on_screen: Show) -> ProgressPage:
    progress_page = ProgressPage(library)
    progress_page.show_progress(progress())
    on_screen(progress_page)
    return progress_page


def bar_values(page: ProgressPage) -> list[float]:
    (series,) = page.chart.chart().series()
    assert isinstance(series, QBarSeries)
    (answers,) = series.barSets()
    return [answers.at(i) for i in range(answers.count())]


def test_the_chart_has_a_bar_for_each_of_the_30_days(page: ProgressPage) -> None:
    days = page.chart.chart().axes(Qt.Orientation.Horizontal)
    assert len(days) == 1 and isinstance(days[0], QBarCategoryAxis)
    assert days[0].count() == 30
    assert bar_values(page) == [float(count) for count in COUNTS]


def test_the_count_axis_reaches_the_highest_day(page: ProgressPage) -> None:
    (counts,) = page.chart.chart().axes(Qt.Orientation.Vertical)
    assert isinstance(counts, QValueAxis)
    assert counts.min() == 0
    assert counts.max() >= max(COUNTS)


def test_day_labels_are_dutch_and_every_fifth_day_back_from_today() -> None:
    days = [date(2025, 3, 1) + timedelta(days=i) for i in range(30)]
    labels = day_labels(days)

    assert len(set(labels)) == 30  # a category axis needs unique names
    shown = {i: label for i, label in enumerate(labels) if label.strip("\u200b")}
    assert shown == {4: "5 mrt", 9: "10 mrt", 14: "15 mrt", 19: "20 mrt", 24: "25 mrt"}


def test_the_summary_says_it_in_words_for_eyes_and_screen_readers(page: ProgressPage) -> None:
    total, practised, today = sum(COUNTS), sum(1 for c in COUNTS if c), COUNTS[-1]
    summary = page.summary.text()

    assert f"{practised} van de 30 dagen" in summary
    assert f"Antwoorden: {total}." in summary
    assert f"Vandaag: {today}" in summary
    assert page.chart.accessibleDescription() == summary
    assert page.chart.accessibleName() == "Antwoorden per dag"


def test_no_practice_yet_is_said_kindly(page: ProgressPage) -> None:
    page.show_progress(progress([0] * 30))

    assert page.summary.text() == "Je hebt de laatste 30 dagen nog niet geoefend."
    assert bar_values(page) == [0.0] * 30


def test_each_deck_has_a_bar_of_words_learned(page: ProgressPage) -> None:
    bars = page.findChildren(QProgressBar)
    assert [(bar.value(), bar.maximum()) for bar in bars] == [(20, 45), (30, 60), (25, 25)]
    texts = {label.text() for label in page.findChildren(QLabel)}
    assert {"20 van 45 woorden geleerd", "Magazijn", "Werk en contract"} <= texts
    assert bars[0].accessibleName() == "Magazijn: 20 van 45 woorden geleerd"


def test_showing_again_replaces_the_deck_bars_and_the_chart(page: ProgressPage) -> None:
    page.show_progress(progress([1] * 30))
    page.show_progress(progress([2] * 30))

    assert len(page.chart.chart().series()) == 1
    assert bar_values(page) == [2.0] * 30
    assert len(page.chart.chart().axes()) == 2


def test_terug_and_escape_go_back(qtbot, page: ProgressPage) -> None:
    assert page.focusWidget() is page.back_button
    with qtbot.waitSignal(page.back_requested):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.back_requested):
        qtbot.keyClick(page.chart, Qt.Key.Key_Escape)


def test_meetings_practised_show_under_their_deck(page: ProgressPage) -> None:
    from dataclasses import replace

    from home_data import CONTRACT, MAGAZIJN, SERVICEDESK
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    decks = [replace(MAGAZIJN, meetings_practised=2), SERVICEDESK, CONTRACT]
    page.show_progress(replace(progress(), decks=decks))
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old rows go
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert texts.count("Vergaderingen geoefend: 2") == 1
    assert not any(text.startswith("Vergaderingen geoefend: 0") for text in texts)
