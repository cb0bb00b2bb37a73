"""A report as plain tables (one per sheet), shared by the XLSX and the CSV file."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from vaktaal.core.i18n import _
from vaktaal.usecases.dashboard import DayFigures, LearnerDetail, LearnerStanding
from vaktaal.usecases.reports import GroupReport, LearnerReport, Report

# A float is always a share 0..1 (shown as a percentage); a datetime is local time.
Cell = str | int | float | date | datetime | None


@dataclass(frozen=True)
class Column:
    title: str
    width: int = 12  # characters, for the spreadsheet


@dataclass(frozen=True)
class Table:
    name: str  # the sheet's name
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]


def tables(report: Report) -> list[Table]:
    if isinstance(report, LearnerReport):
        return learner_tables(report)
    return group_tables(report)


def main_table(report: Report) -> Table:
    """The CSV's one table: per day for a learner, per learner for all."""
    if isinstance(report, LearnerReport):
        return days_table(report.detail.days)
    return learners_table(report.learners)


# -- one learner ---------------------------------------------------------------------------


def learner_tables(report: LearnerReport) -> list[Table]:
    detail = report.detail
    return [
        facts_table(report),
        decks_table([detail.standing]),
        days_table(detail.days),
        must_know_table(detail),
        sessions_table(detail),
    ]


def facts_table(report: LearnerReport) -> Table:
    x = report.detail.standing
    facts: list[tuple[str, Cell]] = [
        (_("Naam"), x.name),
        (_("Talen"), ", ".join(x.languages)),
        (_("Periode van"), report.period.since),
        (_("Periode tot en met"), report.period.until),
        (_("Laatst geoefend"), local(x.last_practised)),
        (_("Dagen op rij"), x.streak),
        (_("Antwoorden"), x.reviews),
        (_("Goed onthouden"), x.retention),
        (_("Geleerde woorden"), sum(d.learned for d in x.decks)),
        (_("Te herhalen"), sum(d.due for d in x.decks)),
        (_("Verplichte woorden gekend"), x.must_know_done),
        (_("Verplichte woorden totaal"), x.must_know_total),
        (_("Samen geoefend (keer)"), x.buddy_sessions),
        (_("Spreken: eens met buddy"), x.speaking_agreement),
        (_("Spreken: nagekeken"), x.speaking_checked),
    ]
    columns = (Column(_("Onderdeel"), 30), Column(_("Waarde"), 24))
    return Table(_("Overzicht"), columns, tuple(facts))


def days_table(days: Sequence[DayFigures]) -> Table:
    columns = (
        Column(_("Datum"), 12),
        Column(_("Antwoorden"), 12),
        Column(_("Goed"), 10),
        Column(_("Nog eens"), 10),
        Column(_("Geleerd (totaal)"), 16),
    )
    rows = tuple(
        (d.day, d.reviews, d.correct, d.reviews - d.correct, d.learned_total) for d in days
    )
    return Table(_("Dagen"), columns, rows)


def must_know_table(detail: LearnerDetail) -> Table:
    columns = (
        Column(_("Pakket"), 28),
        Column(_("Woord"), 28),
        Column(_("Gekend"), 10),
        Column(_("Dagen goed"), 12),
        Column(_("Kans nu"), 10),
    )
    rows = tuple(
        (deck, item.term.display, _("ja") if item.done else _("nee"), item.recall_days,
         item.retrievability)
        for deck, item in detail.must_know
    )  # fmt: skip
    return Table(_("Verplichte woorden"), columns, rows)


def sessions_table(detail: LearnerDetail) -> Table:
    columns = (
        Column(_("Begonnen"), 17),
        Column(_("Buddy"), 18),
        Column(_("Minuten"), 9),
        Column(_("Antwoorden"), 12),
        Column(_("Ging goed"), 40),
        Column(_("Nog oefenen"), 40),
        Column(_("Notitie voor de volgende keer"), 40),
    )
    rows = tuple(
        (local(s.started_at), s.buddy_name, s.minutes, s.answers, s.went_well, s.to_practise,
         s.next_note)
        for s in detail.sessions
    )  # fmt: skip
    return Table(_("Sessies"), columns, rows)


# -- all learners --------------------------------------------------------------------------


def group_tables(report: GroupReport) -> list[Table]:
    return [learners_table(report.learners), decks_table(report.learners),
            days_table(report.days)]  # fmt: skip


def learners_table(learners: Sequence[LearnerStanding]) -> Table:
    """The dashboard's columns, one row per learner."""
    columns = (
        Column(_("Naam"), 24),
        Column(_("Talen"), 10),
        Column(_("Laatst geoefend"), 17),
        Column(_("Dagen op rij"), 12),
        Column(_("Antwoorden"), 12),
        Column(_("Goed onthouden"), 15),
        Column(_("Geleerd"), 10),
        Column(_("Woorden"), 10),
        Column(_("Te herhalen"), 12),
        Column(_("Verplicht gekend"), 16),
        Column(_("Verplicht totaal"), 16),
        Column(_("Samen geoefend"), 15),
        Column(_("Spreken: eens"), 14),
        Column(_("Spreken: nagekeken"), 18),
    )
    return Table(_("Overzicht"), columns, tuple(_learner_row(x) for x in learners))


def _learner_row(x: LearnerStanding) -> tuple[Cell, ...]:
    return (
        x.name, ", ".join(x.languages), local(x.last_practised), x.streak, x.reviews,
        x.retention, sum(d.learned for d in x.decks), sum(d.terms for d in x.decks),
        sum(d.due for d in x.decks), x.must_know_done, x.must_know_total, x.buddy_sessions,
        x.speaking_agreement, x.speaking_checked,
    )  # fmt: skip


def decks_table(learners: Sequence[LearnerStanding]) -> Table:
    """Learned and due per deck, one row per learner and deck."""
    columns = (
        Column(_("Naam"), 24),
        Column(_("Pakket"), 30),
        Column(_("Woorden"), 10),
        Column(_("Geleerd"), 10),
        Column(_("Te herhalen"), 12),
    )
    rows = tuple((x.name, d.title, d.terms, d.learned, d.due) for x in learners for d in x.decks)
    return Table(_("Pakketten"), columns, rows)


def local(moment: datetime | None) -> datetime | None:
    """A moment in local time without time zone (spreadsheets know no zones)."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.replace(tzinfo=None, microsecond=0)
