"""XLSX and CSV reports: a sheet per part, figures as on the dashboard, dates as dates,
CSV as Dutch Excel opens it, and no formula in any cell."""

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from report_data import ARABIC_NAME, SINCE, UNTIL, days, detail, group

from vaktaal.usecases.report_sheets import csv_cell, write_csv, write_xlsx
from vaktaal.usecases.reports import GroupReport, LearnerReport, Period

PERIOD = Period(SINCE, UNTIL)


@pytest.fixture
def learner_report() -> LearnerReport:
    return LearnerReport(PERIOD, UNTIL, detail())


@pytest.fixture
def group_report() -> GroupReport:
    return GroupReport(PERIOD, UNTIL, tuple(group(4)), days(scale=4))


def test_learner_xlsx_has_a_sheet_per_part(learner_report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "amal.xlsx"
    write_xlsx(learner_report, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Overzicht", "Pakketten", "Dagen", "Verplichte woorden", "Sessies"]
    for sheet in book.worksheets:
        assert sheet.cell(1, 1).font.b, sheet.title  # header row bold
        assert sheet.column_dimensions["A"].width >= 12


def test_learner_xlsx_figures_equal_the_dashboard(learner_report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "amal.xlsx"
    write_xlsx(learner_report, out)
    book = load_workbook(out)
    facts = {row[0]: row[1] for row in book["Overzicht"].iter_rows(min_row=2, values_only=True)}
    standing = learner_report.detail.standing
    assert facts["Naam"] == ARABIC_NAME and facts["Antwoorden"] == standing.reviews
    assert facts["Goed onthouden"] == pytest.approx(standing.retention)
    assert facts["Verplichte woorden gekend"] == 5 and facts["Verplichte woorden totaal"] == 8
    assert facts["Periode van"] == datetime(2026, 11, 7)  # a real date cell
    overview = book["Overzicht"]
    assert overview.cell(9, 2).number_format == "0%"  # retention shown as a percentage
    day_rows = list(book["Dagen"].iter_rows(min_row=2, values_only=True))
    assert len(day_rows) == 30 and day_rows[0][0] == datetime(2026, 11, 7)
    assert book["Dagen"].cell(2, 1).number_format == "DD-MM-YYYY"
    assert [r[1:4] for r in day_rows] == [(d.reviews, d.correct, d.reviews - d.correct)
                                          for d in learner_report.detail.days]  # fmt: skip
    words = list(book["Verplichte woorden"].iter_rows(min_row=2, values_only=True))
    assert words[0][:4] == ("Veilig werken (VCA)", "de helm", "ja", 3)
    assert [w[2] for w in words].count("nee") == 2
    sessions = list(book["Sessies"].iter_rows(min_row=2, values_only=True))
    assert [s[1] for s in sessions] == ["Sanne", "Pieter"]
    assert isinstance(sessions[0][0], datetime)


def test_group_xlsx_has_one_row_per_learner(group_report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "alle.xlsx"
    write_xlsx(group_report, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Overzicht", "Pakketten", "Dagen"]
    rows = list(book["Overzicht"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [x.name for x in group_report.learners]
    first = group_report.learners[0]
    assert rows[0][4] == first.reviews and rows[0][6] == sum(d.learned for d in first.decks)
    assert rows[0][9:11] == (first.must_know_done, first.must_know_total)
    assert len(list(book["Pakketten"].iter_rows(min_row=2))) == 8  # 4 learners x 2 decks


def test_a_name_like_a_formula_stays_text_in_xlsx(group_report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "alle.xlsx"
    write_xlsx(group_report, out)
    cell = load_workbook(out)["Overzicht"].cell(5, 1)
    assert cell.value == '=HYPERLINK("x")' and cell.data_type == "s" and cell.quotePrefix


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM tells Excel it is UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_group_csv_opens_with_semicolons(group_report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "alle.csv"
    write_csv(group_report, out)
    rows = _read_csv(out)
    assert rows[0][:3] == ["Naam", "Talen", "Laatst geoefend"]
    assert len(rows) == 5 and all(len(row) == len(rows[0]) for row in rows)
    assert rows[1][0] == ARABIC_NAME and rows[1][1] == "ar, en"
    assert rows[1][2] == "05-12-2026 " + rows[1][2][-5:]
    assert rows[1][4] == "100" and rows[1][5] == "86%"
    assert rows[4][0] == '\'=HYPERLINK("x")'  # escaped: shown as text, never run


def test_learner_csv_has_one_row_per_day(learner_report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "amal.csv"
    write_csv(learner_report, out)
    rows = _read_csv(out)
    assert rows[0] == ["Datum", "Antwoorden", "Goed", "Nog eens", "Geleerd (totaal)"]
    assert len(rows) == 31 and rows[1][0] == "07-11-2026" and rows[-1][0] == "06-12-2026"
    figures = learner_report.detail.days[2]
    wanted = (figures.reviews, figures.correct, figures.reviews - figures.correct,
              figures.learned_total)  # fmt: skip
    assert rows[3][1:] == [str(n) for n in wanted]


@pytest.mark.parametrize(
    ("value", "shown"),
    [("=1+2", "'=1+2"), ("+31 6", "'+31 6"), ("-de helm", "'-de helm"), ("@SUM(A1)", "'@SUM(A1)"),
     ("\tx", "'\tx"), ("Amal", "Amal"), (-3, "-3"), (0.5, "50%"), (None, ""),
     (date(2026, 1, 2), "02-01-2026")],
)  # fmt: skip
def test_csv_cells(value: object, shown: str) -> None:
    assert csv_cell(value) == shown  # type: ignore[arg-type]
