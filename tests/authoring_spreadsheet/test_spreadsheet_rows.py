"""Every kind of bad input is reported at the row and column the author sees in Excel."""

from pathlib import Path

import pytest
from excel_files import HEADER, ROWS, write_csv

from vaktaal.core.authoring.spreadsheet import (
    DEFAULT_PICTOGRAM,
    ImportPlan,
    NewDeckInfo,
    RowError,
    guess_mapping,
    new_deck,
    prepare_import,
    read_spreadsheet,
)
from vaktaal.core.pictograms import PictogramLibrary


def plan_for(tmp_path: Path, library: PictogramLibrary, rows: list[list[str]]) -> ImportPlan:
    sheet = read_spreadsheet(write_csv(tmp_path / "w.csv", rows))
    target = new_deck("test-pakket", NewDeckInfo("Test"), None)
    return prepare_import(sheet, guess_mapping(sheet.headers), target, library)


def errors_at(plan: ImportPlan) -> list[tuple[int | None, str | None]]:
    return [(error.row, error.column) for error in plan.errors]


def changed(row: int, column: str, value: str) -> list[list[str]]:
    rows = [list(r) for r in ROWS]
    rows[row][HEADER.index(column)] = value
    return [HEADER, *rows]


def test_good_rows_make_a_deck(tmp_path: Path, library: PictogramLibrary) -> None:
    plan = plan_for(tmp_path, library, [HEADER, *ROWS])
    assert plan.ok and plan.loaded is not None
    deck = plan.loaded.deck
    assert deck.gloss_languages == ("ar", "ti")
    assert [t.id for t in deck.terms] == ["cafe", "coordinator", "naief"]
    assert [t.word_class for t in deck.terms] == ["noun", "noun", "adjective"]
    assert deck.terms[0].pictogram == DEFAULT_PICTOGRAM  # empty cell
    assert deck.terms[1].pictogram == "mdi:account"
    assert deck.terms[0].explanation == "Een plek om koffie te drinken.\nOok: kantine."


@pytest.mark.parametrize(
    ("rows", "where", "words"),
    [
        (changed(1, "woordsoort", "zelfstandig"), (3, "woordsoort"), "geen woordsoort"),
        (changed(0, "lidwoord", "den"), (2, "lidwoord"), "de, het of de/het"),
        (changed(0, "lidwoord", ""), (2, "lidwoord"), "ontbreekt"),  # a noun needs one
        (changed(2, "ar", ""), (4, "ar"), "mag niet leeg"),
        (changed(2, "ar", "???"), (4, "ar"), "CSV UTF-8"),
        (changed(1, "ti", ""), (3, "ti"), "mag niet leeg"),
        (changed(1, "term", ""), (3, "term"), "term is leeg"),
        (changed(1, "pictogram", "mdi:bestaat-niet-echt"), (3, "pictogram"), "bestaat niet"),
        (changed(1, "pictogram", "plaatjes/koffie.png"), (3, "pictogram"), "niet in het pakket"),
        (changed(1, "pictogram", "foto:koffie"), (3, "pictogram"), "geen bekende soort"),
    ],
)
def test_a_bad_cell_is_reported_at_its_row_and_column(
    tmp_path: Path,
    library: PictogramLibrary,
    rows: list[list[str]],
    where: tuple[int, str],
    words: str,
) -> None:
    plan = plan_for(tmp_path, library, rows)
    assert plan.loaded is None
    assert errors_at(plan) == [where]
    assert words in plan.errors[0].message


def test_every_row_error_is_reported_at_once(tmp_path: Path, library: PictogramLibrary) -> None:
    rows = changed(0, "woordsoort", "??")
    rows[2][HEADER.index("lidwoord")] = ""  # a noun ("zn") without its article
    rows[3][HEADER.index("ti")] = ""
    plan = plan_for(tmp_path, library, rows)
    assert errors_at(plan) == [(2, "woordsoort"), (3, "lidwoord"), (4, "ti")]


def test_missing_columns_are_named(tmp_path: Path, library: PictogramLibrary) -> None:
    """A language column the deck needs is named; explanation and word class may be left out."""
    keep = [i for i, h in enumerate(HEADER) if h not in ("uitleg", "woordsoort")]
    rows = [[row[i] for i in keep] for row in [HEADER, *ROWS]]
    sheet = read_spreadsheet(write_csv(tmp_path / "w.csv", rows))
    target = new_deck("test-pakket", NewDeckInfo("Test"), ("ar", "ti", "tr"))
    plan = prepare_import(sheet, guess_mapping(sheet.headers), target, library)
    assert errors_at(plan) == [(None, "Turks (tr)")]
    assert "Voeg die kolom toe" in plan.errors[0].message


def test_a_term_column_and_one_language_column_are_enough(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    """Issue 15: only the term column is required; no filler text for what is not there."""
    rows = [["Woord", "Engels"], ["heftruck", "forklift"], ["veiligheidshelm", "safety helmet"]]
    plan = plan_for(tmp_path, library, rows)
    assert plan.errors == () and plan.loaded is not None
    terms = plan.loaded.deck.terms
    assert [(t.term, t.glosses) for t in terms] == [
        ("heftruck", {"en": "forklift"}),
        ("veiligheidshelm", {"en": "safety helmet"}),
    ]
    assert [(t.explanation, t.example) for t in terms] == [("", ""), ("", "")]
    assert {t.pictogram for t in terms} == {DEFAULT_PICTOGRAM}


def test_without_a_term_column_the_columns_found_are_named(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    rows = [["Nummer", "Uitleg", "Zin", "Engels"], ["1", "Een plank.", "Pak de pallet.", "pallet"]]
    plan = plan_for(tmp_path, library, rows)
    assert plan.loaded is None and errors_at(plan) == [(None, "term")]
    assert "Gevonden kolommen: 'Nummer', 'Uitleg', 'Zin', 'Engels'" in plan.errors[0].message


def test_an_unknown_language_code_is_reported_at_its_header(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    rows = [[*row, "x"] for row in [HEADER, *ROWS]]
    rows[0][-1] = "xx"
    plan = plan_for(tmp_path, library, rows)
    assert errors_at(plan) == [(1, "xx")]
    assert "Onbekende taalcode 'xx'" in plan.errors[0].message


def test_no_language_columns_and_no_rows(tmp_path: Path, library: PictogramLibrary) -> None:
    plan = plan_for(tmp_path, library, [HEADER[:6]])
    messages = " ".join(error.message for error in plan.errors)
    assert "geen kolom met vertalingen" in messages
    assert "geen termen" in messages


def test_double_ids_in_the_id_column(tmp_path: Path, library: PictogramLibrary) -> None:
    rows = [[*row, "zelfde"] for row in [HEADER, *ROWS]]
    rows[0][-1] = "id"
    rows[3][-1] = "ANDERS!"
    plan = plan_for(tmp_path, library, rows)
    assert errors_at(plan) == [(3, "id"), (4, "id")]
    assert "staat al in rij 2" in plan.errors[0].message
    assert "geen goede id" in plan.errors[1].message


def test_row_errors_read_like_excel(tmp_path: Path, library: PictogramLibrary) -> None:
    text = str(RowError(7, "uitleg", "Dit veld ontbreekt of is leeg."))
    assert text == "Rij 7, kolom 'uitleg': Dit veld ontbreekt of is leeg."
