"""Read a spreadsheet file (CSV or XLSX, recognised by its content) and write one (by suffix)."""

from pathlib import Path

from vaktaal.core.authoring.spreadsheet.csv_format import read_csv_bytes, refuse, write_csv
from vaktaal.core.authoring.spreadsheet.exporting import (
    Table,
    deck_table,
    escaped_table,
    template_table,
)
from vaktaal.core.authoring.spreadsheet.sheet import MAX_FILE_BYTES, Sheet
from vaktaal.core.authoring.spreadsheet.xlsx_format import read_xlsx_bytes, write_xlsx
from vaktaal.core.i18n import _
from vaktaal.core.model import Deck

_ZIP = b"PK\x03\x04"
_OLD_EXCEL = b"\xd0\xcf\x11\xe0"  # .xls from Excel 97-2003


def read_spreadsheet(path: Path) -> Sheet:
    source = path.name
    if not path.is_file():
        raise refuse(source, _("Dit bestand bestaat niet."))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise refuse(source, _("Het bestand is groter dan 50 MB. Dat is te groot."))
    data = path.read_bytes()
    if data.startswith(_ZIP):
        return read_xlsx_bytes(data, source)
    if data.startswith(_OLD_EXCEL):
        raise refuse(source, _("Dit is een oud Excel-bestand (.xls). Sla het op als .xlsx of CSV."))
    return read_csv_bytes(data, source)


def is_xlsx(out: Path) -> bool:
    return out.suffix.lower() == ".xlsx"


def write_table(table: Table, out: Path, title: str = "Termen") -> None:
    """As .xlsx when `out` ends in .xlsx, else as CSV for Dutch Excel."""
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise refuse(out.name, _("Kies een bestandsnaam die eindigt op .csv of .xlsx."))
    headers, rows = escaped_table(table)
    if is_xlsx(out):
        write_xlsx(headers, rows, out, title)
    else:
        write_csv(headers, rows, out)


def export_deck(deck: Deck, out: Path) -> None:
    write_table(deck_table(deck), out, deck.title)


def write_template(out: Path) -> None:
    write_table(template_table(), out, "Vaktaal")
