"""The report of one learner: key figures, decks, charts, must-know terms, buddy sessions."""

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from vaktaal.core.i18n import _
from vaktaal.core.languages import LANGUAGES
from vaktaal.printing.fonts import print_font
from vaktaal.printing.report_charts import Bar, Point, draw_bars, draw_line
from vaktaal.printing.report_layout import (
    ACCENT,
    AGAIN,
    GOOD,
    LINE,
    MUTED,
    Flow,
    TableColumn,
    Tile,
    draw,
    draw_table,
    draw_tiles,
    number,
    percent,
)  # fmt: skip
from vaktaal.usecases.dashboard import DayFigures, LearnerDetail, SessionNote
from vaktaal.usecases.report_tables import local
from vaktaal.usecases.reports import LearnerReport, Period, dutch_date

BARS_MM = 56.0
SMALL_CHART_MM = 52.0
CHART_GAP_MM = 6.0
WEEK = 7


def draw_learner_report(flow: Flow, report: LearnerReport) -> None:
    detail = report.detail
    draw_title(flow, detail.standing.name, report.period, report.made_on, _languages(detail))
    draw_tiles(flow, learner_tiles(detail))
    _charts(flow, detail.days)
    _decks(flow, detail)
    _must_know(flow, detail)
    _sessions(flow, detail.sessions)


def draw_title(flow: Flow, name: str, period: Period, made_on: date, extra: str = "") -> None:
    flow.text(_("Rapport voor het gesprek met de werkgever"), print_font(10), MUTED, 1)
    flow.text(name, print_font(26, bold=True), gap=1)
    since, until = dutch_date(period.since), dutch_date(period.until)
    line = _("Periode: {since} tot en met {until}").format(since=since, until=until)
    flow.text(line, print_font(12, bold=True), ACCENT, 1)
    made = _("Gemaakt op {day}").format(day=dutch_date(made_on))
    flow.text(f"{extra} · {made}" if extra else made, print_font(9.5), MUTED, 5)


def _languages(detail: LearnerDetail) -> str:
    names = [LANGUAGES[c].dutch_name if c in LANGUAGES else c for c in detail.standing.languages]
    return _("Talen: {languages}").format(languages=", ".join(names)) if names else ""


def learner_tiles(detail: LearnerDetail) -> list[Tile]:
    x = detail.standing
    learned = sum(d.learned for d in x.decks)
    terms = sum(d.terms for d in x.decks)
    last_moment = local(x.last_practised)
    last = dutch_date(last_moment) if last_moment else "–"
    return [
        Tile(number(x.reviews), _("antwoorden")),
        Tile(percent(x.retention), _("goed onthouden")),
        Tile(_("{a} van {b}").format(a=number(learned), b=number(terms)), _("woorden geleerd")),
        Tile(number(sum(d.due for d in x.decks)), _("nu te herhalen")),
        Tile(_("{a} van {b}").format(a=x.must_know_done, b=x.must_know_total),
             _("verplichte woorden gekend")),
        Tile(str(x.buddy_sessions), _("keer samen geoefend")),
        Tile(percent(x.speaking_agreement),
             _("spreken: eens met buddy ({n} nagekeken)").format(n=x.speaking_checked)),
        Tile(str(x.streak), _("dagen op rij · laatst {day}").format(day=last)),
    ]  # fmt: skip


def _decks(flow: Flow, detail: LearnerDetail) -> None:
    flow.heading(_("Per pakket"))
    columns = [
        TableColumn(_("Pakket"), 94),
        TableColumn(_("Woorden"), 26, right=True),
        TableColumn(_("Geleerd"), 26, right=True),
        TableColumn(_("Te herhalen"), 28, right=True),
    ]
    rows = [
        [d.title, number(d.terms), number(d.learned), number(d.due)] for d in detail.standing.decks
    ]
    if not rows:
        flow.text(_("Deze leerling heeft geen pakketten."), print_font(10), MUTED)
        return
    draw_table(flow, columns, rows, points=10)


def _charts(flow: Flow, days: Sequence[DayFigures]) -> None:
    flow.heading(_("Oefenen in de periode"), keep=BARS_MM + SMALL_CHART_MM + 8)
    draw_answers_chart(flow, days)
    half = (flow.width - CHART_GAP_MM) / 2
    left = flow.box(SMALL_CHART_MM, 0, half)
    right = flow.box(SMALL_CHART_MM, half + CHART_GAP_MM, half)
    nothing = _("geen antwoorden")
    draw_line(flow.paper, left, _("Goed beantwoord, per week"), weekly_share(days), GOOD,
              True, nothing)  # fmt: skip
    learned = [Point(d.day, float(d.learned_total)) for d in days]
    draw_line(flow.paper, right, _("Geleerde woorden (totaal)"), learned, ACCENT, False, nothing)
    flow.y += SMALL_CHART_MM + 4


def draw_answers_chart(flow: Flow, days: Sequence[DayFigures]) -> None:
    bars = [Bar(d.day, d.correct, d.reviews - d.correct) for d in days]
    names = (_("goed"), _("nog eens"))
    draw_bars(flow.paper, flow.box(BARS_MM), _("Antwoorden per dag"), bars, names,
              _("In deze periode is niet geoefend."))  # fmt: skip
    flow.y += BARS_MM + 4


def weekly_share(days: Sequence[DayFigures]) -> list[Point]:
    """Share answered right per week (per day for a short period); None without answers."""
    size = WEEK if len(days) > 3 * WEEK else 1
    points = []
    for start in range(0, len(days), size):
        chunk = days[start : start + size]
        reviews = sum(d.reviews for d in chunk)
        share = sum(d.correct for d in chunk) / reviews if reviews else None
        points.append(Point(chunk[0].day, share))
    return points


def _must_know(flow: Flow, detail: LearnerDetail) -> None:
    x = detail.standing
    flow.heading(_("Verplichte woorden (veiligheid): {a} van {b} gekend").format(
        a=x.must_know_done, b=x.must_know_total))  # fmt: skip
    rule = _("Gekend: op twee verschillende dagen goed uit het hoofd gezegd of getypt, "
             "en de kans dat de leerling het nu weet is minstens 90%.")  # fmt: skip
    flow.text(rule, print_font(9), MUTED, 3)
    if not detail.must_know:
        flow.text(_("Geen verplichte woorden in de pakketten van deze leerling."),
                  print_font(10), MUTED)  # fmt: skip
        return
    columns = [
        TableColumn(_("Pakket"), 56),
        TableColumn(_("Woord"), 52),
        TableColumn(_("Gekend"), 24),
        TableColumn(_("Dagen goed"), 22, right=True),
        TableColumn(_("Kans nu"), 20, right=True),
    ]
    rows = [
        [deck, item.term.display, _("ja") if item.done else _("nog niet"),
         str(item.recall_days), percent(item.retrievability)]
        for deck, item in sorted(detail.must_know, key=lambda pair: (pair[1].done, pair[0]))
    ]  # fmt: skip
    draw_table(flow, columns, rows)


def _sessions(flow: Flow, sessions: Sequence[SessionNote]) -> None:
    flow.heading(_("Samen oefenen met een taalbuddy: {n} keer").format(n=len(sessions)))
    if not sessions:
        flow.text(_("In deze periode niet samen geoefend."), print_font(10), MUTED)
        return
    for session in sessions:
        _session(flow, session)


def _session(flow: Flow, session: SessionNote) -> None:
    started = local(session.started_at)
    assert started is not None
    head = _("{day}, {time} · {buddy} · {minutes} minuten · {answers} antwoorden").format(
        day=dutch_date(started), time=started.strftime("%H:%M"), buddy=session.buddy_name,
        minutes=session.minutes, answers=session.answers)  # fmt: skip
    parts = [(_("Ging goed"), session.went_well, GOOD), (_("Nog oefenen"), session.to_practise,
             AGAIN), (_("Volgende keer"), session.next_note, ACCENT)]  # fmt: skip
    parts = [(label, text.strip(), colour) for label, text, colour in parts if text.strip()]
    body = print_font(10)
    height = 7 + sum(flow.text_height(t, body, flow.width - 32) + 1.5 for _l, t, _c in parts)
    flow.room(height + 3)
    flow.text(head, print_font(10.5, bold=True), gap=1.5)
    for label, text, colour in parts:
        text_height = flow.text_height(text, body, flow.width - 32)
        draw(flow.paper, flow.box(text_height, 2, 30), label + ":", print_font(9.5, bold=True),
             colour)  # fmt: skip
        draw(flow.paper, flow.box(text_height, 32), text, body)
        flow.y += text_height + 1.5
    paper = flow.paper
    line = flow.box(1)
    paper.painter.fillRect(QRectF(line.left(), line.top(), line.width(), paper.mm(0.2)),
                           QColor(LINE))  # fmt: skip
    flow.y += 4
