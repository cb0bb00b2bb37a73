"""Report PDFs: the pages, the names (Arabic and Tigrinya too, never boxes), the figures."""

from pathlib import Path

import pytest
from pdf_text import flat, pdf_pages
from report_data import ARABIC_NAME, SINCE, TIGRINYA_NAME, UNTIL, days, detail, group

from vaktaal.printing.fonts import FAMILIES
from vaktaal.printing.report import write_report_pdf
from vaktaal.printing.report_learner import weekly_share
from vaktaal.usecases.reports import GroupReport, LearnerReport, Period

PERIOD = Period(SINCE, UNTIL)


def test_a_learner_report_has_everything(tmp_path: Path) -> None:
    out = tmp_path / "amal.pdf"
    pages = write_report_pdf(LearnerReport(PERIOD, UNTIL, detail()), out)
    text = pdf_pages(out)
    assert len(text) == pages >= 2
    everything = "".join(text)
    assert flat(ARABIC_NAME) in text[0]
    assert flat("Periode: 7 november 2026 tot en met 6 december 2026") in text[0]
    for part in ("Magazijn installatiebedrijf", "Antwoorden per dag", "Geleerde woorden",
                 "de nooduitgang", "nog niet", "Sanne", "Helm en nooduitgang goed gezegd.",
                 "=Begin met de brandblusser.", "Pieter", "5 van 8"):  # fmt: skip
        assert flat(part) in everything, part
    for number, page in enumerate(text, start=1):  # the footer (order varies with RTL names)
        assert flat(f"pagina {number}") in page or f"{number}pagina" in page


def test_all_learners_in_one_table(tmp_path: Path) -> None:
    learners = tuple(group(80))
    out = tmp_path / "alle.pdf"
    pages = write_report_pdf(GroupReport(PERIOD, UNTIL, learners, days(scale=80)), out)
    text = pdf_pages(out)
    assert len(text) == pages >= 3  # the chart, then about 30 learners a page
    everything = "".join(text)
    assert all(flat(x.name) in everything for x in learners)
    assert flat(TIGRINYA_NAME) in text[0] and flat("Alle leerlingen") in text[0]
    assert text[-1].count("Naam") == 1  # the header row again on every page of the table


def test_the_print_fonts_have_every_letter_of_the_names() -> None:
    """A letter no font has becomes a box on paper."""
    from PySide6.QtGui import QFont, QFontMetricsF

    metrics = [QFontMetricsF(QFont(family)) for family in FAMILIES]
    for name in (ARABIC_NAME, TIGRINYA_NAME, "Yusuf Demir"):
        missing = [c for c in name if not c.isspace()
                   and not any(m.inFontUcs4(ord(c)) for m in metrics)]  # fmt: skip
        assert missing == [], name


def test_weekly_share_of_right_answers() -> None:
    points = weekly_share(days())
    assert len(points) == 5 and points[0].day == SINCE
    first_week = days()[:7]
    right = sum(d.correct for d in first_week) / sum(d.reviews for d in first_week)
    assert points[0].value == pytest.approx(right)
    assert points[-1].value is None  # the last two days are a weekend: no answers
    assert len(weekly_share(days()[:10])) == 10  # a short period: per day
