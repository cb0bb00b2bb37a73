"""`vaktaal report learner|all`: a file, or a plain Dutch message, exit code 1 and no file."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pdf_text import flat, pdf_pages
from real_data import AMAL, NOTE, QUIET, YONAS, make_data

from vaktaal.app import open_backend

PERIOD = ("--van", "2026-11-01", "--tot", "30-11-2026")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_data(tmp_path_factory.mktemp("report-cli") / "data")


def test_a_learner_report_as_pdf(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "amal.pdf"
    result = cli("report", "learner", AMAL, out, *PERIOD, "--data-dir", data_dir)
    assert result.code == 0, result.err
    pages = pdf_pages(out)
    assert f"Opgeslagen: {out} ({len(pages)} pagina's)" in result.out
    assert "1 november 2026 tot en met 30 november 2026" in result.out
    assert flat(AMAL) in pages[0] and flat("Magazijn") in "".join(pages)
    assert flat("Sanne · 15 minuten") in "".join(pages) and flat(NOTE) in "".join(pages)


def test_a_learner_report_as_xlsx_by_number(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "yonas.xlsx"
    assert cli("report", "learner", "2", out, *PERIOD, "--data-dir", data_dir).code == 0
    facts = {r[0]: r[1] for r in load_workbook(out)["Overzicht"].iter_rows(values_only=True)}
    assert facts["Naam"] == YONAS and facts["Antwoorden"] == 3


def test_all_learners_as_csv(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "alle.csv"
    result = cli("report", "all", out, *PERIOD, "--data-dir", data_dir)
    assert result.code == 0, result.err
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Naam;Talen;") and len(lines) == 4  # header + 3 learners
    by_name = {line.split(";")[0]: line.split(";") for line in lines[1:]}
    assert by_name[AMAL][4] == "9" and by_name[QUIET][4] == "0"


def test_all_learners_as_pdf(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "alle.pdf"
    assert cli("report", "all", out, *PERIOD, "--data-dir", data_dir).code == 0
    text = "".join(pdf_pages(out))
    assert all(flat(name) in text for name in (AMAL, YONAS, QUIET))


def test_a_period_without_practice_writes_nothing(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "leeg.pdf"
    result = cli("report", "all", out, "--van", "01-01-2025", "--tot", "31-01-2025",
                 "--data-dir", data_dir)  # fmt: skip
    assert result.code == 1 and "In deze periode is niet geoefend" in result.err
    assert not out.exists() and list(tmp_path.iterdir()) == []
    result = cli("report", "learner", QUIET, out, *PERIOD, "--data-dir", data_dir)
    assert result.code == 1 and "niet geoefend" in result.err and not out.exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [(("learner", "Niemand", "x.pdf"), "Er is geen profiel 'Niemand'"),
     (("all", "x.docx"), ".pdf, .xlsx of .csv"),
     (("all", "x.pdf", "--van", "gisteren"), "'gisteren' is geen datum"),
     (("all", "x.pdf", "--van", "2026-12-01", "--tot", "2026-11-01"), "na de einddatum"),
     (("all", "weg/x.pdf"), "bestaat niet")],
)  # fmt: skip
def test_wrong_input_is_explained(cli, data_dir, tmp_path, arguments, message) -> None:  # type: ignore[no-untyped-def]
    named = [str(tmp_path / a) if a.endswith((".pdf", ".docx")) else a for a in arguments]
    result = cli("report", *named, "--data-dir", data_dir)
    assert result.code == 1, result.out
    assert message in result.err and "Traceback" not in result.err
    assert list(tmp_path.iterdir()) == []


def test_all_learners_xlsx_holds_the_dashboards_figures(
    cli, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "alle.xlsx"
    assert cli("report", "all", out, *PERIOD, "--data-dir", data_dir).code == 0
    rows = list(load_workbook(out)["Overzicht"].iter_rows(min_row=2, values_only=True))
    backend = open_backend(data_dir)
    try:
        standings = backend.services.dashboard.overview(None, date(2026, 11, 1), date(2026, 11, 30))
    finally:
        backend.close()
    assert [r[0] for r in rows] == [x.name for x in standings]
    for row, x in zip(rows, standings, strict=True):
        assert row[3:6] == (x.streak, x.reviews, x.retention)
        assert row[6:9] == (sum(d.learned for d in x.decks), sum(d.terms for d in x.decks),
                            sum(d.due for d in x.decks))  # fmt: skip
        assert row[9:] == (x.must_know_done, x.must_know_total, x.buddy_sessions,
                           x.speaking_agreement, x.speaking_checked)  # fmt: skip
    assert any(x.reviews for x in standings)
