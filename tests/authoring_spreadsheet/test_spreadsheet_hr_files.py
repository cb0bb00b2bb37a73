"""Word lists as HR writes them (issue 15) import with warnings, on the command line and in
the app: no word-class column, an empty row, a duplicate term, a multi-line cell,
Windows-1252 with `;` and UTF-8 with a BOM, CSV and Excel."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from excel_files import csv_text
from hr_files import DUPLICATE, EMPTY_ROW, WRITERS

from vaktaal.app import open_services
from vaktaal.core.authoring.spreadsheet import (
    ImportPlan,
    NewDeckInfo,
    guess_mapping,
    new_deck,
    prepare_import,
    read_spreadsheet,
)
from vaktaal.core.pictograms import PictogramLibrary

Writer = Callable[[Path], Path]


@pytest.fixture(params=sorted(WRITERS))
def hr_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    name: str = request.param
    return WRITERS[name](tmp_path / f"Woordenlijst {name}")


def plan_for(path: Path, library: PictogramLibrary) -> ImportPlan:
    sheet = read_spreadsheet(path)
    target = new_deck("woordenlijst", NewDeckInfo("Woordenlijst"), None)
    return prepare_import(sheet, guess_mapping(sheet.headers), target, library)


def test_an_hr_file_makes_a_deck_with_two_warnings(
    hr_file: Path, library: PictogramLibrary
) -> None:
    plan = plan_for(hr_file, library)
    assert plan.errors == () and plan.loaded is not None
    terms = {t.term: t for t in plan.loaded.deck.terms}
    assert len(terms) == 4 and "Pallet" not in terms  # merged into "pallet"
    assert terms["pallet"].example == "Zet de dozen op de pallet."  # filled from row 7
    assert terms["pallet"].explanation == "Een plank van hout waar dozen op staan."  # row 2 kept
    assert (terms["inklokken"].word_class, terms["inklokken"].article) == ("open", None)
    assert {terms[w].word_class for w in terms if w != "inklokken"} == {"noun"}  # an article
    assert any("\n" in t.explanation for t in terms.values())  # the multi-line cell
    first, repeat = DUPLICATE
    assert [(w.row, w.column) for w in plan.warnings] == [(None, None), (repeat, "Woord")]
    assert plan.warnings[0].message == f"Rij {EMPTY_ROW} is leeg en overgeslagen."
    assert f"staat ook in rij {first}" in plan.warnings[1].message
    assert "'Uitleg'" in plan.warnings[1].message  # the two rows differ there: row 2 is kept


def test_windows_1252_letters_arrive_whole(tmp_path: Path, library: PictogramLibrary) -> None:
    path = WRITERS["windows.csv"](tmp_path / "hr.csv")
    assert read_spreadsheet(path).encoding == "cp1252"
    plan = plan_for(path, library)
    assert plan.loaded is not None
    assert [t.display for t in plan.loaded.deck.terms][:2] == ["de pallet", "de coördinator"]
    assert plan.loaded.deck.gloss_languages == ("en",)


def test_the_preview_shows_the_terms_as_they_will_be(
    hr_file: Path, library: PictogramLibrary
) -> None:
    plan = plan_for(hr_file, library)
    assert [(row.row, row.term.display, row.word_class) for row in plan.preview] == [
        (2, "de pallet", "zelfstandig naamwoord"),
        (3, plan.preview[1].term.display, "zelfstandig naamwoord"),
        (5, "inklokken", "open"),
        (6, plan.preview[3].term.display, "zelfstandig naamwoord"),
    ]


def test_the_dry_run_prints_the_preview_and_every_warning_and_stores_nothing(
    cli: Any, hr_file: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    result = cli("deck", "import-csv", hr_file, "--dry-run", "--data-dir", data)
    assert result.code == 0, result.out + result.err
    assert "  rij 5: inklokken (open)" in result.out
    assert "  rij 2: de pallet (zelfstandig naamwoord)" in result.out
    assert "Rij 4 is leeg en overgeslagen." in result.out
    assert "Rij 7, kolom 'Woord': Deze term staat ook in rij 2." in result.out
    assert "Alles is goed: 4 termen. Er is niets geïmporteerd (--dry-run)." in result.out
    assert installed(data) == []


def installed(data: Path) -> list[Any]:
    services = open_services(data)
    try:
        decks = [services.decks.load(summary.id) for summary in services.decks.list_decks()]
        return [(d.deck.id, [(t.term, t.word_class) for t in d.deck.terms]) for d in decks if d]
    finally:
        services.close()


def test_a_file_without_a_term_column_names_the_columns_it_has(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_bytes(b"Nr;Omschrijving;Zin;Engels\r\n1;Een plank.;Pak hem.;pallet\r\n")
    result = cli("deck", "import-csv", path, "--data-dir", tmp_path / "data")
    assert result.code == 1
    assert "Gevonden kolommen: 'Nr', 'Omschrijving', 'Zin', 'Engels'" in result.out


def test_a_word_class_left_open_is_stored_and_read_back(
    cli: Any, hr_file: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert cli("deck", "import-csv", hr_file, "--title", "HR", "--data-dir", data).code == 0
    [(deck_id, terms)] = installed(data)
    assert deck_id == "hr"
    assert ("inklokken", "open") in terms and ("pallet", "noun") in terms


def test_a_later_row_fills_gaps_and_conflicts_keep_the_first(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    rows = [
        ["Woord", "Lidwoord", "Woordsoort", "Uitleg", "Voorbeeld", "en", "ar"],
        ["bril", "", "", "Voor je ogen.", "Zet je bril op.", "glasses", ""],
        ["BRIL ", "de", "", "Iets anders.", "", "", "نظارات"],
        ["bril", "", "werkwoord", "", "", "goggles", ""],
    ]
    path = tmp_path / "w.csv"
    path.write_bytes(csv_text(rows).encode("utf-8-sig"))
    plan = plan_for(path, library)
    assert plan.loaded is not None and len(plan.loaded.deck.terms) == 1
    bril = plan.loaded.deck.terms[0]
    assert (bril.term, bril.article, bril.word_class) == ("bril", "de", "noun")
    assert bril.explanation == "Voor je ogen." and bril.glosses == {"en": "glasses", "ar": "نظارات"}
    assert [w.row for w in plan.warnings] == [3, 4]
    assert "Verschil in 'Uitleg'" in plan.warnings[0].message
    assert "Verschil in 'Woordsoort', 'en'" in plan.warnings[1].message
