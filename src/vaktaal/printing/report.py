"""The report PDF (reached from usecases/reports through app.py): one learner, or all
learners in one table with a chart of all answers per day."""

from collections.abc import Sequence
from pathlib import Path

from vaktaal.core.i18n import _
from vaktaal.printing.paper import PdfPaper
from vaktaal.printing.report_layout import (
    Flow,
    TableColumn,
    Tile,
    draw_table,
    draw_tiles,
    number,
    percent,
)
from vaktaal.printing.report_learner import draw_answers_chart, draw_learner_report, draw_title
from vaktaal.usecases.dashboard import LearnerStanding
from vaktaal.usecases.report_tables import local
from vaktaal.usecases.reports import GroupReport, LearnerReport, Report

__all__ = ["write_report_pdf"]


def write_report_pdf(report: Report, target: Path) -> int:
    """Draw the report and write the PDF atomically; the number of pages."""
    with PdfPaper(report.title) as paper:
        flow = Flow(paper, report.title)
        if isinstance(report, LearnerReport):
            draw_learner_report(flow, report)
        else:
            draw_group_report(flow, report)
        flow.finish()
        return paper.save(target)


def draw_group_report(flow: Flow, report: GroupReport) -> None:
    count = _("{n} leerlingen").format(n=len(report.learners))
    draw_title(flow, _("Alle leerlingen"), report.period, report.made_on, count)
    draw_tiles(flow, group_tiles(report.learners), columns=3)
    draw_answers_chart(flow, report.days)
    flow.heading(_("Per leerling"))
    draw_table(flow, group_columns(), [group_row(x) for x in report.learners], points=8.5)


def group_tiles(learners: Sequence[LearnerStanding]) -> list[Tile]:
    practised = sum(1 for x in learners if x.reviews)
    shares = [x.retention for x in learners if x.retention is not None]
    done = sum(x.must_know_done for x in learners)
    total = sum(x.must_know_total for x in learners)
    return [
        Tile(_("{a} van {b}").format(a=practised, b=len(learners)), _("leerlingen geoefend")),
        Tile(number(sum(x.reviews for x in learners)), _("antwoorden")),
        Tile(percent(sum(shares) / len(shares) if shares else None),
             _("goed onthouden (gemiddeld per leerling)")),
        Tile(number(sum(x.buddy_sessions for x in learners)), _("keer samen geoefend")),
        Tile(number(sum(sum(d.learned for d in x.decks) for x in learners)),
             _("woorden geleerd (samen)")),
        Tile(percent(done / total if total else None), _("verplichte woorden gekend")),
    ]  # fmt: skip


def group_columns() -> list[TableColumn]:
    """The dashboard's columns that fit across A4 (174 mm)."""
    return [
        TableColumn(_("Naam"), 36),
        TableColumn(_("Laatst geoefend"), 22),
        TableColumn(_("Op rij"), 12, right=True),
        TableColumn(_("Antw."), 14, right=True),
        TableColumn(_("Goed"), 12, right=True),
        TableColumn(_("Geleerd"), 20, right=True),
        TableColumn(_("Herhalen"), 15, right=True),
        TableColumn(_("Verplicht"), 15, right=True),
        TableColumn(_("Samen"), 12, right=True),
        TableColumn(_("Spreken"), 16, right=True),
    ]


def group_row(x: LearnerStanding) -> list[str]:
    last = local(x.last_practised)
    learned = sum(d.learned for d in x.decks)
    return [
        x.name,
        last.strftime("%d-%m-%Y") if last else "–",
        str(x.streak),
        number(x.reviews),
        percent(x.retention),
        f"{number(learned)}/{number(sum(d.terms for d in x.decks))}",
        number(sum(d.due for d in x.decks)),
        f"{x.must_know_done}/{x.must_know_total}",
        str(x.buddy_sessions),
        percent(x.speaking_agreement),
    ]
