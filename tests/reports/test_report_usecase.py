"""The report use case on made-up dashboard figures: period, no data, file name and folder."""

import errno
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from report_data import SINCE, UNTIL, FakeDashboard, detail, group

from vaktaal.core.clock import FakeClock
from vaktaal.printing.report import write_report_pdf
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.report_sheets import sheet_writers
from vaktaal.usecases.reports import NoDataInPeriod, Period, Reports, parse_date

NOW = datetime(2026, 12, 6, 10, tzinfo=UTC)


def make_reports(dashboard: FakeDashboard, pdf=None) -> Reports:  # type: ignore[no-untyped-def]
    def no_pdf(report, out):  # type: ignore[no-untyped-def]
        raise AssertionError("no PDF expected")

    return Reports(lambda: dashboard, FakeClock(NOW), lambda: pdf or no_pdf, sheet_writers)


@pytest.fixture
def dashboard() -> FakeDashboard:
    return FakeDashboard(group(3), detail())


def test_the_default_period_is_the_last_30_days(dashboard: FakeDashboard) -> None:
    reports = make_reports(dashboard)
    assert reports.period() == Period(date(2026, 11, 7), date(2026, 12, 6))
    assert reports.period().days == 30
    report = reports.learner_report(7)
    assert dashboard.asked == [("learner", 7, date(2026, 11, 7), date(2026, 12, 6))]
    assert report.period.days == 30 and report.made_on == date(2026, 12, 6)


def test_a_chosen_period_goes_to_the_dashboard(dashboard: FakeDashboard) -> None:
    report = make_reports(dashboard).group_report(SINCE, date(2026, 11, 20))
    assert ("overview", None, SINCE, date(2026, 11, 20)) in dashboard.asked
    assert ("days_all", SINCE, date(2026, 11, 20)) in dashboard.asked
    assert len(report.days) == 14 and len(report.learners) == 3


def test_a_period_backwards_is_refused(dashboard: FakeDashboard) -> None:
    with pytest.raises(UseCaseError, match="ligt na de einddatum"):
        make_reports(dashboard).learner_report(1, UNTIL, SINCE)
    assert dashboard.asked == []


def test_a_period_without_any_practice_is_explained(dashboard: FakeDashboard) -> None:
    quiet = FakeDashboard(group(0), detail(reviews=0))
    quiet.detail = type(quiet.detail)(quiet.detail.standing, quiet.detail.days, (), ())
    reports = make_reports(quiet)
    with pytest.raises(NoDataInPeriod, match="In deze periode is niet geoefend") as caught:
        reports.learner_report(1, SINCE, UNTIL)
    assert "7 november 2026" in str(caught.value) and "6 december 2026" in str(caught.value)
    with pytest.raises(NoDataInPeriod):
        reports.group_report(SINCE, UNTIL)


def test_a_learner_with_only_a_buddy_session_has_a_report(dashboard: FakeDashboard) -> None:
    talked = FakeDashboard(group(1), detail(reviews=0))
    assert make_reports(talked).learner_report(1).detail.sessions


def test_the_file_kind_comes_from_the_extension(dashboard: FakeDashboard, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reports = make_reports(dashboard)
    report = reports.learner_report(1)
    with pytest.raises(UseCaseError, match=r"\.pdf, \.xlsx of \.csv"):
        reports.write(report, tmp_path / "rapport.docx")
    assert list(tmp_path.iterdir()) == []
    assert reports.write(report, tmp_path / "R.XLSX").pages == 0
    assert (tmp_path / "R.XLSX").stat().st_size > 1000


def test_pdf_goes_to_the_injected_writer(dashboard: FakeDashboard, tmp_path: Path) -> None:
    drawn: list[object] = []

    def fake_pdf(report, out):  # type: ignore[no-untyped-def]
        drawn.append((report.detail.standing.name, out))
        return 3

    reports = make_reports(dashboard, fake_pdf)
    written = reports.write(reports.learner_report(1), tmp_path / "r.pdf")
    assert written.pages == 3 and drawn == [(detail().standing.name, tmp_path / "r.pdf")]


def test_a_missing_folder_is_named_and_nothing_is_made(dashboard, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reports = make_reports(dashboard)
    with pytest.raises(UseCaseError, match="bestaat niet"):
        reports.write(reports.learner_report(1), tmp_path / "weg" / "r.csv")
    assert not (tmp_path / "weg").exists()


def test_a_read_only_folder_is_named(dashboard, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    reports = make_reports(dashboard)
    monkeypatch.setattr("vaktaal.usecases.reports.os.access", lambda path, mode: False)
    with pytest.raises(UseCaseError, match="mag niet schrijven"):
        reports.write(reports.learner_report(1), tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["r.pdf", "r.xlsx", "r.csv"])
def test_a_refused_write_leaves_the_old_file_and_no_scraps(
    dashboard, tmp_path, monkeypatch, name
) -> None:  # type: ignore[no-untyped-def]
    """The folder looks writable but the disk refuses (a read-only mount): nothing changes."""
    out = tmp_path / name
    out.write_bytes(b"old")

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("vaktaal.core.files.os.replace", refuse)
    reports = make_reports(dashboard, write_report_pdf)
    with pytest.raises(UseCaseError, match="mag niet schrijven"):
        reports.write(reports.group_report(), out)
    assert out.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == [name]


@pytest.mark.parametrize(
    ("text", "day"),
    [("2026-11-01", date(2026, 11, 1)), ("01-11-2026", date(2026, 11, 1)),
     ("1/11/2026", date(2026, 11, 1)), (" 2026.12.6 ", date(2026, 12, 6))],
)  # fmt: skip
def test_dates_in_both_orders(text: str, day: date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["gisteren", "2026-13-01", "31-02-2026", "26-11-01"])
def test_a_wrong_date_is_explained(text: str) -> None:
    with pytest.raises(UseCaseError, match="is geen datum"):
        parse_date(text)


def test_only_the_buddy_sessions_of_the_period(dashboard: FakeDashboard) -> None:
    report = make_reports(dashboard).learner_report(1, date(2026, 11, 27), UNTIL)
    assert [s.buddy_name for s in report.detail.sessions] == ["Sanne"]  # not Pieter's of 26/11
