"""Screenshot: the first page of a learner's report (PDF -> PNG through QtPdf).

Believable figures for one learner over 30 days, drawn by the real report writer.
Run: xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_report.py
Writes docs/screenshots/44-report-page.png (and the PDF beside it in a temporary folder).
"""

import random
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from vaktaal.core.model import Term
from vaktaal.printing import ensure_gui_application
from vaktaal.printing.report import write_report_pdf
from vaktaal.usecases.dashboard import (
    DayFigures,
    DeckStanding,
    LearnerDetail,
    LearnerStanding,
    SessionNote,
)
from vaktaal.usecases.practice import MustKnowTerm
from vaktaal.usecases.reports import LearnerReport, Period

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "44-report-page.png"
UNTIL = date(2026, 12, 4)
SINCE = UNTIL - timedelta(days=29)
WIDTH = 1240  # px: A4 at 150 dpi
LEARNED = 47 + 24  # as in the decks below


def days() -> tuple[DayFigures, ...]:
    rng = random.Random(7)
    rows = []
    for index in range(30):
        day = SINCE + timedelta(days=index)
        works = day.weekday() < 5 and rng.random() > 0.12
        reviews = rng.randint(14, 42) if works else 0
        correct = round(reviews * min(0.95, 0.68 + index * 0.008 + rng.uniform(-0.05, 0.05)))
        rows.append((day, reviews, correct, rng.randint(1, 4) if works else 0))
    learned = LEARNED - sum(row[3] for row in rows)  # the total ends at the decks' figure
    figures = []
    for day, reviews, correct, new in rows:
        learned += new
        figures.append(DayFigures(day, reviews, correct, learned))
    return tuple(figures)


def term(word: str, article: str | None = "de") -> Term:
    return Term(id=word, term=word, word_class="noun", explanation="", example="",
                pictogram="", glosses={}, article=article, safety_critical=True)  # fmt: skip


def detail() -> LearnerDetail:
    figures = days()
    standing = LearnerStanding(
        learner_id=1, name="Amal Haddad  أمل حداد", languages=("ar", "en"),
        last_practised=datetime(2026, 12, 4, 9, 40, tzinfo=UTC), streak=4,
        decks=(DeckStanding("magazijn", "Magazijn installatiebedrijf", 60, 47, 6),
               DeckStanding("veilig", "Veilig werken op de bouw (VCA)", 40, 24, 3)),
        reviews=sum(d.reviews for d in figures), retention=0.87, must_know_done=6,
        must_know_total=9, buddy_sessions=3, speaking_agreement=0.82, speaking_checked=22,
    )  # fmt: skip
    words = [("helm", True, 4, 0.97), ("veiligheidsschoenen", True, 3, 0.95),
             ("nooduitgang", True, 3, 0.93), ("brandblusser", True, 2, 0.92),
             ("gehoorbescherming", True, 2, 0.91), ("valbeveiliging", True, 2, 0.90),
             ("steiger", False, 1, 0.74), ("verzamelplaats", False, 1, 0.66),
             ("EHBO-doos", False, 0, 0.31)]  # fmt: skip
    must_know = tuple(("Veilig werken op de bouw (VCA)", MustKnowTerm(term(w), done, n, r))
                      for w, done, n, r in words)  # fmt: skip
    sessions = (
        SessionNote(datetime(2026, 12, 3, 12, 30, tzinfo=UTC), "Sanne de Vries", 20, 38,
                    "Helm, nooduitgang en brandblusser vlot gezegd.", "de steiger, het rek",
                    "Begin met de verzamelplaats en de EHBO-doos."),
        SessionNote(datetime(2026, 11, 26, 12, 30, tzinfo=UTC), "Pieter Jansen", 15, 27,
                    "Pakbon voorgelezen zonder hulp.", "getallen op de pakbon",
                    "Oefen de vakken in het magazijn."),
        SessionNote(datetime(2026, 11, 19, 12, 30, tzinfo=UTC), "Sanne de Vries", 30, 51,
                    "Goed gevraagd om herhaling.", "de/het bij gereedschap", ""),
    )  # fmt: skip
    return LearnerDetail(standing, figures, must_know, sessions)


def render_first_page(pdf: Path, out: Path) -> None:
    document = QPdfDocument()
    document.load(str(pdf))
    drawn = document.render(0, QSize(WIDTH, round(WIDTH * 297 / 210)))
    image = QImage(drawn.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, drawn)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))


def main() -> int:
    ensure_gui_application()
    report = LearnerReport(Period(SINCE, UNTIL), UNTIL, detail())
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "rapport.pdf"
        pages = write_report_pdf(report, pdf)
        render_first_page(pdf, OUT)
    print(f"{OUT} (page 1 of {pages})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
