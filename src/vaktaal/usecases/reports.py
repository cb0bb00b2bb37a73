"""Reports for a coach's meeting with the employer: one learner or all, over a period.

The figures come from the dashboard (usecases/dashboard.py); `learner_report`/`group_report`
read them (database work), `write` puts them in a file (no database): PDF through the
printing package (Qt, injected by app.py as for usecases/printing), XLSX and CSV through
usecases/report_sheets.py. A file is written whole or not at all.
"""

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from vaktaal.core.clock import Clock
from vaktaal.core.i18n import _
from vaktaal.usecases.dashboard import DayFigures, LearnerDetail, LearnerStanding
from vaktaal.usecases.errors import UseCaseError

PDF, XLSX, CSV = ".pdf", ".xlsx", ".csv"
FORMATS = (PDF, XLSX, CSV)
DEFAULT_DAYS = 30


@dataclass(frozen=True)
class Period:
    """Local days, both ends included."""

    since: date
    until: date

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1


@dataclass(frozen=True)
class LearnerReport:
    period: Period
    made_on: date
    detail: LearnerDetail

    @property
    def title(self) -> str:
        return _("Rapport {name}").format(name=self.detail.standing.name)


@dataclass(frozen=True)
class GroupReport:
    period: Period
    made_on: date
    learners: tuple[LearnerStanding, ...]
    days: tuple[DayFigures, ...]  # all learners together, every day of the period

    @property
    def title(self) -> str:
        return _("Rapport alle leerlingen")


Report = LearnerReport | GroupReport
# Draws the report and writes the PDF atomically; the number of pages.
ReportPdfWriter = Callable[[Report, Path], int]
# Writes an XLSX or CSV file at the path it is given; made by usecases/report_sheets.py.
SheetWriter = Callable[[Report, Path], None]


class ReportSource(Protocol):
    """What a report reads from the dashboard (usecases.dashboard.Dashboard)."""

    def overview(
        self, deck_id: str | None = None, since: date | None = None, until: date | None = None
    ) -> list[LearnerStanding]: ...

    def learner(
        self, learner_id: int, since: date | None = None, until: date | None = None
    ) -> LearnerDetail: ...

    def days_all(self, since: date, until: date) -> tuple[DayFigures, ...]: ...


class NoDataInPeriod(UseCaseError):
    def __init__(self, period: Period) -> None:
        message = _(
            "In deze periode is niet geoefend ({since} tot en met {until}). "
            "Kies een andere periode. Er is geen bestand gemaakt."
        )
        super().__init__(message.format(since=dutch_date(period.since),
                                        until=dutch_date(period.until)))  # fmt: skip
        self.period = period


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int  # PDF pages; 0 for XLSX and CSV


class Reports:
    def __init__(
        self,
        source: Callable[[], ReportSource],
        clock: Clock,
        pdf_writer: Callable[[], ReportPdfWriter],
        sheet_writers: Callable[[], dict[str, SheetWriter]],
    ) -> None:
        """`source` gives the dashboard, `pdf_writer` and `sheet_writers` the writing code,
        when first needed (Qt loads only when a PDF is made)."""
        self._source = source
        self._clock = clock
        self._pdf_writer = pdf_writer
        self._sheet_writers = sheet_writers

    def today(self) -> date:
        return self._clock.now().astimezone().date()

    def period(self, since: date | None = None, until: date | None = None) -> Period:
        """The period asked for; by default the last 30 days up to today."""
        last = until or self.today()
        first = since or last - timedelta(days=DEFAULT_DAYS - 1)
        if first > last:
            message = _("De begindatum ({since}) ligt na de einddatum ({until}).")
            raise UseCaseError(message.format(since=dutch_date(first), until=dutch_date(last)))
        return Period(first, last)

    def learner_report(
        self, learner_id: int, since: date | None = None, until: date | None = None
    ) -> LearnerReport:
        """One learner's figures (database work); NoDataInPeriod when nothing happened."""
        period = self.period(since, until)
        detail = within(self._source().learner(learner_id, period.since, period.until), period)
        if detail.standing.reviews == 0 and not detail.sessions:
            raise NoDataInPeriod(period)
        return LearnerReport(period, self.today(), detail)

    def group_report(self, since: date | None = None, until: date | None = None) -> GroupReport:
        """Every learner's figures (database work); NoDataInPeriod when nobody practised."""
        period = self.period(since, until)
        learners = tuple(self._source().overview(None, period.since, period.until))
        if not any(x.reviews or x.buddy_sessions for x in learners):
            raise NoDataInPeriod(period)
        days = self._source().days_all(period.since, period.until)
        return GroupReport(period, self.today(), learners, days)

    def write(self, report: Report, out: Path) -> Written:
        """The report as PDF, XLSX or CSV by `out`'s extension; all of it, or nothing."""
        kind = check_target(out)
        try:
            if kind == PDF:
                return Written(out, self._pdf_writer()(report, out))
            self._sheet_writers()[kind](report, out)
            return Written(out, 0)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise read_only(out.parent) from error
            raise


def within(detail: LearnerDetail, period: Period) -> LearnerDetail:
    """Only the buddy sessions that started in the period (the history holds them all)."""
    sessions = tuple(
        s for s in detail.sessions if period.since <= local_day(s.started_at) <= period.until
    )
    return replace(detail, sessions=sessions)


def local_day(moment: datetime) -> date:
    return (moment.astimezone() if moment.tzinfo else moment).date()


def check_target(out: Path) -> str:
    """The file's kind (PDF, XLSX or CSV); a plain message for a wrong name or folder."""
    kind = out.suffix.lower()
    if kind not in FORMATS:
        message = _("Kies een bestand dat eindigt op .pdf, .xlsx of .csv (niet '{name}').")
        raise UseCaseError(message.format(name=out.name))
    folder = out.parent
    if not folder.is_dir():
        message = _("De map {folder} bestaat niet. Kies een andere map.")
        raise UseCaseError(message.format(folder=folder))
    if not os.access(folder, os.W_OK):
        raise read_only(folder)
    return kind


def read_only(folder: Path) -> UseCaseError:
    message = _("Vaktaal mag niet schrijven in {folder}. Kies een andere map.")
    return UseCaseError(message.format(folder=folder))


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")  # fmt: skip


def dutch_date(day: date | datetime) -> str:
    """6 december 2026: a date as a Dutch reader writes it."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def parse_date(text: str) -> date:
    """YYYY-MM-DD or DD-MM-YYYY (also with / or .); a plain message otherwise."""
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    parts = cleaned.split("-")
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 3 and len(parts[2]) == 4:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        pass
    message = _("'{text}' is geen datum. Schrijf bijvoorbeeld 2026-12-06 of 06-12-2026.")
    raise UseCaseError(message.format(text=text))
