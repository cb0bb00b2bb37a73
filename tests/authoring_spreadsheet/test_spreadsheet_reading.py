"""Reading files as Excel writes them: encodings, separators, multi-line cells, XLSX."""

from pathlib import Path

import pytest
from excel_files import HEADER, ROWS, latin_rows, write_csv, write_xlsx

from vaktaal.core.authoring.spreadsheet import read_spreadsheet
from vaktaal.core.problems import DeckProblems


def test_windows_1252_with_semicolons_keeps_every_accent(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "woorden.csv", [HEADER, *latin_rows()], encoding="cp1252")
    assert b"caf\xe9" in path.read_bytes()  # really Windows-1252, not UTF-8
    sheet = read_spreadsheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", ";")
    assert [row.cell(0) for row in sheet.rows] == ["café", "coördinator", "naïef"]


def test_utf8_with_bom_keeps_arabic_and_tigrinya(tmp_path: Path) -> None:
    sheet = read_spreadsheet(write_csv(tmp_path / "w.csv", [HEADER, *ROWS]))
    assert sheet.encoding == "utf-8-sig"
    assert sheet.headers[0] == "term"  # the BOM is not part of the first header
    assert [row.cell(6) for row in sheet.rows] == ["مقهى", "منسق", "ساذج"]
    assert sheet.rows[1].cell(7) == "ኣወሃሃዲ"


def test_utf8_without_bom_and_commas(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "w.csv", [HEADER, *ROWS], encoding="utf-8", delimiter=",")
    sheet = read_spreadsheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("utf-8", ",")
    assert sheet.rows[1].cell(3) == "Iemand die het werk regelt; hij is de baas van de ploeg."


def test_utf16_unicode_text_with_tabs(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "w.txt", [HEADER, *ROWS], encoding="utf-16", delimiter="\t")
    sheet = read_spreadsheet(path)
    assert sheet.delimiter == "\t"
    assert sheet.rows[0].cell(6) == "مقهى"


def test_a_quoted_cell_over_two_lines_is_one_cell_and_row_numbers_follow_excel(
    tmp_path: Path,
) -> None:
    sheet = read_spreadsheet(write_csv(tmp_path / "w.csv", [HEADER, *ROWS]))
    assert sheet.rows[0].cell(3) == "Een plek om koffie te drinken.\nOok: kantine."
    assert [row.number for row in sheet.rows] == [2, 3, 4]


def test_empty_rows_are_skipped_but_keep_their_number(tmp_path: Path) -> None:
    rows = [HEADER, ROWS[0], [""] * len(HEADER), ROWS[1]]
    sheet = read_spreadsheet(write_csv(tmp_path / "w.csv", rows))
    assert [row.number for row in sheet.rows] == [2, 4]


def test_xlsx_cells_become_text_as_the_author_sees_them(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER + ["veiligheid", "id"], ROWS[0] + [True, 12.0]]
    sheet = read_spreadsheet(write_xlsx(tmp_path / "w.xlsx", rows))
    assert sheet.rows[0].cells[-2:] == ("ja", "12")
    assert sheet.rows[0].cell(3) == "Een plek om koffie te drinken.\nOok: kantine."
    assert sheet.rows[0].number == 2


def test_an_xlsx_renamed_to_csv_is_still_read_as_xlsx(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "w.xlsx", [HEADER, ROWS[0]])
    renamed = path.rename(tmp_path / "w.csv")
    assert read_spreadsheet(renamed).rows[0].cell(0) == "café"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"term;uitleg\r\n\x81\x8d\x90;x\r\n", "CSV UTF-8"),  # no Windows-1252, no UTF-8
        ("term;uitleg\r\n".encode("utf-16-le"), "CSV UTF-8"),  # UTF-16 without its BOM
        (b"\xd0\xcf\x11\xe0oud excel", ".xls"),
        (b"PK\x03\x04kapot", "Excel-bestand kan niet gelezen"),
        (b'term;uitleg\r\n"open;x\r\n', "aanhalingsteken"),
    ],
)
def test_files_that_cannot_be_read_are_refused_with_a_clear_message(
    tmp_path: Path, data: bytes, words: str
) -> None:
    path = tmp_path / "kapot.csv"
    path.write_bytes(data)
    with pytest.raises(DeckProblems) as refused:
        read_spreadsheet(path)
    assert words in refused.value.problems[0].message


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DeckProblems, match="bestaat niet"):
        read_spreadsheet(tmp_path / "weg.csv")
