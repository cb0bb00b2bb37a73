"""A report as XLSX (a sheet per part) or CSV (as Dutch Excel opens it); written atomically.

A cell that starts with = + - @ (or a tab or return) could run as a formula in a spreadsheet
(formula injection, e.g. a name typed as "=HYPERLINK(...)"): in XLSX it is stored as text
with Excel's quote prefix, in CSV it gets a leading apostrophe.
"""

import csv
import io
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from vaktaal.core.files import atomic_path, write_atomically
from vaktaal.usecases.report_tables import Cell, Table, main_table, tables
from vaktaal.usecases.reports import CSV, XLSX, Report, SheetWriter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DAY_FORMAT = "DD-MM-YYYY"
MOMENT_FORMAT = "DD-MM-YYYY HH:MM"
PERCENT_FORMAT = "0%"
CSV_SEPARATOR = ";"  # Dutch Excel: the comma is the decimal sign


def sheet_writers() -> dict[str, SheetWriter]:
    return {XLSX: write_xlsx, CSV: write_csv}


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


# -- XLSX ----------------------------------------------------------------------------------


def write_xlsx(report: Report, out: Path) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for table in tables(report):
        _fill_sheet(book.create_sheet(table.name[:31]), table)
    book.properties.title = report.title
    book.properties.creator = "Vaktaal"
    with atomic_path(out) as temporary:
        book.save(temporary)


def _fill_sheet(sheet: Worksheet, table: Table) -> None:
    bold = Font(bold=True)
    for index, column in enumerate(table.columns, start=1):
        cell = sheet.cell(1, index, column.title)
        cell.font = bold
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for row_number, row in enumerate(table.rows, start=2):
        for index, value in enumerate(row, start=1):
            _put(sheet, row_number, index, value)
    sheet.freeze_panes = "A2"


def _put(sheet: Worksheet, row: int, column: int, value: Cell) -> None:
    cell = sheet.cell(row, column)
    if isinstance(value, str):
        cell.value = value
        if is_formula_like(value):
            cell.data_type = "s"  # text, never a formula
            cell.quotePrefix = True
        return
    cell.value = value
    if isinstance(value, datetime):
        cell.number_format = MOMENT_FORMAT
    elif isinstance(value, date):
        cell.number_format = DAY_FORMAT
    elif isinstance(value, float):
        cell.number_format = PERCENT_FORMAT


# -- CSV -----------------------------------------------------------------------------------


def write_csv(report: Report, out: Path) -> None:
    """UTF-8 with a byte order mark and ';' between cells: Dutch Excel opens it as is."""
    table = main_table(report)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=CSV_SEPARATOR, lineterminator="\r\n")
    writer.writerow([csv_cell(column.title) for column in table.columns])
    writer.writerows([csv_cell(value) for value in row] for row in table.rows)
    write_atomically(out, text.getvalue().encode("utf-8-sig"))


def csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return f"{round(value * 100)}%"
    if isinstance(value, int):
        return str(value)
    return "'" + value if is_formula_like(value) else value
