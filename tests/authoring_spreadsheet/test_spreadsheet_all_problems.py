"""Two problems in one row and one in another: the spreadsheet import names all three."""

from pathlib import Path

from excel_files import HEADER, ROWS, write_csv

from vaktaal.core.authoring.spreadsheet import (
    NewDeckInfo,
    guess_mapping,
    new_deck,
    prepare_import,
    read_spreadsheet,
)
from vaktaal.core.pictograms import PictogramLibrary


def test_a_bad_cell_does_not_hide_another_in_the_same_row(
    tmp_path: Path, library: PictogramLibrary
) -> None:
    rows = [list(row) for row in ROWS]
    rows[0][HEADER.index("woordsoort")] = "??"
    rows[0][HEADER.index("pictogram")] = "foto:koffie"  # before, hidden by the word class
    rows[2][HEADER.index("ti")] = ""  # an empty explanation is allowed (issue 15)
    sheet = read_spreadsheet(write_csv(tmp_path / "w.csv", [HEADER, *rows]))
    target = new_deck("test-pakket", NewDeckInfo("Test"), None)
    plan = prepare_import(sheet, guess_mapping(sheet.headers), target, library)
    assert plan.loaded is None
    found = {(error.row, error.column) for error in plan.errors}
    assert found == {(2, "woordsoort"), (2, "pictogram"), (4, "ti")}, plan.errors
