"""Excel workbooks (.xlsx) through openpyxl: the first sheet is the table of terms."""

import io
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vaktaal.core.authoring.spreadsheet.csv_format import refuse
from vaktaal.core.authoring.spreadsheet.sheet import MAX_ROWS, Sheet, make_sheet
from vaktaal.core.files import write_atomically
from vaktaal.core.i18n import _

HEADER_FILL = "DDEBF7"
_WIDE_COLUMNS = 48
_NARROW_COLUMNS = 18


def read_xlsx_bytes(data: bytes, source: str) -> Sheet:
    from openpyxl import load_workbook  # only now: the app starts quicker without it

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        raise refuse(source, _unreadable()) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise refuse(source, _unreadable())
        records = []
        for values in sheet.iter_rows(values_only=True):
            records.append([cell_text(value) for value in values])
            if len(records) > MAX_ROWS + 1:
                raise refuse(source, _("Het bestand heeft meer dan 20.000 rijen. Dat is te veel."))
    finally:
        workbook.close()
    return make_sheet(source, records)


def _unreadable() -> str:
    return _("Dit Excel-bestand kan niet gelezen worden. Sla het op als .xlsx of als CSV.")


def cell_text(value: Any) -> str:
    """A cell as the text the author sees: whole numbers without '.0', WAAR/ONWAAR as ja/nee."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).replace("\r\n", "\n")


def xlsx_bytes(headers: Sequence[str], rows: Sequence[Sequence[str]], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title[:31] or "Termen"
    for record in [headers, *rows]:
        sheet.append([_as_text(cell) for cell in record])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", start_color=HEADER_FILL)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.data_type = "s"  # text as text, never a formula (a cell may start with '=')
    for index, header in enumerate(headers, start=1):
        wide = header.lower() in ("uitleg", "voorbeeld")
        width = _WIDE_COLUMNS if wide else _NARROW_COLUMNS
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _as_text(cell: str) -> str | None:
    return cell if cell else None


def write_xlsx(
    headers: Sequence[str], rows: Sequence[Sequence[str]], out: Path, title: str = "Termen"
) -> None:
    write_atomically(out, xlsx_bytes(headers, rows, title))
