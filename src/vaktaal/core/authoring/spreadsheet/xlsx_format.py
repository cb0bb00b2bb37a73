"""Excel workbooks (.xlsx) through openpyxl: the first sheet is the table of terms."""

import io
import logging
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vaktaal.core.authoring.spreadsheet.csv_format import refuse
from vaktaal.core.authoring.spreadsheet.exporting import unescape_formula
from vaktaal.core.authoring.spreadsheet.sheet import MAX_ROWS, Sheet, make_sheet
from vaktaal.core.files import write_atomically
from vaktaal.core.i18n import _
from vaktaal.core.problems import DeckProblems

log = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 100 * 1024**2  # 20,000 rows of text are a few MB unpacked
HEADER_FILL = "DDEBF7"
_WIDE_COLUMNS = 48
_NARROW_COLUMNS = 18

_NOT_IN_SHEET_TITLES = re.compile(r"[:\\/?*\[\]]")


def read_xlsx_bytes(data: bytes, source: str) -> Sheet:
    """The first sheet's rows; any file openpyxl cannot read is refused in plain Dutch."""
    _check_unpacked_size(data, source)
    try:
        records = _records(data, source)
    except (DeckProblems, MemoryError):
        raise
    except Exception:  # openpyxl, zipfile and the XML parsers raise many kinds of errors
        log.warning("Excel file %s cannot be read", source, exc_info=True)
        raise refuse(source, _unreadable()) from None
    return make_sheet(source, records)


def _check_unpacked_size(data: bytes, source: str) -> None:
    """Refuses a zip that is no zip, or one that unpacks to far more than any word list."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as bundle:
            unpacked = sum(info.file_size for info in bundle.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        log.warning("Excel file %s is no zip", source, exc_info=True)
        raise refuse(source, _unreadable()) from None
    if unpacked > MAX_UNPACKED_BYTES:
        message = _("Het Excel-bestand is uitgepakt groter dan 100 MB. Dat is te groot.")
        raise refuse(source, message)


def _records(data: bytes, source: str) -> list[list[str]]:
    from openpyxl import load_workbook  # only now: the app starts quicker without it

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        if not workbook.worksheets:
            raise refuse(source, _unreadable())
        records = []
        for values in workbook.worksheets[0].iter_rows(values_only=True):
            records.append([cell_text(value) for value in values])
            if len(records) > MAX_ROWS + 1:
                raise refuse(source, _("Het bestand heeft meer dan 20.000 rijen. Dat is te veel."))
    finally:
        workbook.close()
    return records


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
    return unescape_formula(str(value).replace("\r\n", "\n"))


def sheet_title(title: str) -> str:
    """A name Excel accepts for a sheet: no : \\ / ? * [ ], not quoted, at most 31 letters."""
    name = _NOT_IN_SHEET_TITLES.sub("-", title).strip("' ")[:31].strip()
    return name or "Termen"


def xlsx_bytes(headers: Sequence[str], rows: Sequence[Sequence[str]], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_title(title)
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
