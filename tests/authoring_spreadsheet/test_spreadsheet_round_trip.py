"""Export a bundled deck to CSV and XLSX, import it again: the same terms, the same ids."""

from pathlib import Path

import pytest
from openpyxl import load_workbook

from vaktaal.core.authoring.spreadsheet import (
    NewDeckInfo,
    export_deck,
    guess_mapping,
    new_deck,
    prepare_import,
    read_spreadsheet,
    update_deck,
    write_template,
)
from vaktaal.core.deckformat import load_deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths

BUNDLED = sorted(p for p in Paths.create("/nonexistent").bundled_decks_dir.glob("*") if p.is_dir())


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("folder", BUNDLED, ids=lambda p: p.name)
def test_bundled_deck_round_trip(
    tmp_path: Path, library: PictogramLibrary, folder: Path, suffix: str
) -> None:
    loaded = load_deck(folder, library)
    out = tmp_path / f"pakket{suffix}"
    export_deck(loaded.deck, out)
    sheet = read_spreadsheet(out)
    target = update_deck(loaded, None, None)
    plan = prepare_import(sheet, guess_mapping(sheet.headers), target, library)
    assert plan.errors == ()
    assert plan.loaded is not None
    assert plan.loaded.deck.terms == loaded.deck.terms
    assert plan.loaded.deck.gloss_languages == loaded.deck.gloss_languages
    assert plan.loaded.deck.version == loaded.deck.version + 1


def test_csv_is_written_as_dutch_excel_reads_it(tmp_path: Path, library: PictogramLibrary) -> None:
    loaded = load_deck(BUNDLED[0], library)
    out = tmp_path / "pakket.csv"
    export_deck(loaded.deck, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid;term;lidwoord;")
    lines = data.split(b"\r\n")
    assert len(lines) == len(loaded.deck.terms) + 2  # header, terms, and the final line end
    assert all(t.glosses["ar"].encode() in data for t in loaded.deck.terms)


def test_xlsx_cells_starting_with_equals_stay_text(tmp_path: Path) -> None:
    from vaktaal.core.authoring.spreadsheet import write_table

    out = tmp_path / "formule.xlsx"
    write_table((["term", "uitleg"], [["=SOM(A1)", "tekst"]]), out)
    cell = load_workbook(out).active["A2"]  # type: ignore[index]
    assert (cell.value, cell.data_type) == ("'=SOM(A1)", "s")  # escaped: never a formula
    assert read_spreadsheet(out).rows[0].cell(0) == "=SOM(A1)"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_template_imports_as_a_new_deck(
    tmp_path: Path, library: PictogramLibrary, suffix: str
) -> None:
    out = tmp_path / f"sjabloon{suffix}"
    write_template(out)
    sheet = read_spreadsheet(out)
    target = new_deck("sjabloon", NewDeckInfo("Sjabloon"), None)
    plan = prepare_import(sheet, guess_mapping(sheet.headers), target, library)
    assert plan.ok and plan.loaded is not None
    assert [t.id for t in plan.loaded.deck.terms] == ["veiligheidsschoenen", "inklokken"]
    assert plan.loaded.deck.gloss_languages == ("ar", "ti", "tr", "fa", "en")


def test_a_title_excel_cannot_name_a_sheet_after_still_exports(tmp_path: Path) -> None:
    from vaktaal.core.authoring.spreadsheet import write_table

    out = tmp_path / "titel.xlsx"
    write_table((["term"], [["helm"]]), out, "Zorg: thuis/huis [A2]? *'")
    assert load_workbook(out).active.title == "Zorg- thuis-huis -A2-- -"  # type: ignore[union-attr]
    assert read_spreadsheet(out).rows[0].cell(0) == "helm"
