"""A spreadsheet as read from a file: a header row and data rows, each with its Excel row number."""

from dataclasses import dataclass

from vaktaal.core.i18n import _

MAX_ROWS = 20_000
MAX_FILE_BYTES = 50 * 1024**2


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number Excel shows (the header is row 1)
    cells: tuple[str, ...]

    def cell(self, column: int) -> str:
        return self.cells[column].strip() if column < len(self.cells) else ""

    def is_empty(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


@dataclass(frozen=True)
class Sheet:
    source: str  # file name, for messages
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    encoding: str | None = None  # CSV only: how the text was written
    delimiter: str | None = None  # CSV only
    empty_rows: tuple[int, ...] = ()  # empty rows between the header and the last term


@dataclass(frozen=True)
class RowError:
    """One problem in the spreadsheet. row None: the whole file; column None: the whole row."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        parts = []
        if self.row is not None:
            parts.append(_("rij {row}").format(row=self.row))
        if self.column is not None:
            parts.append(_("kolom '{column}'").format(column=self.column))
        place = ", ".join(parts)
        return f"{place[:1].upper()}{place[1:]}: {self.message}" if place else self.message


def make_sheet(
    source: str, records: list[list[str]], encoding: str | None = None, delimiter: str | None = None
) -> Sheet:
    """The first record is the header; empty rows are dropped but keep their numbers, and
    those before the last filled row are remembered (empty rows at the end are normal)."""
    headers = tuple(cell.strip() for cell in records[0]) if records else ()
    rows = [SheetRow(number, tuple(cells)) for number, cells in enumerate(records[1:], start=2)]
    filled = tuple(row for row in rows if not row.is_empty())
    last = filled[-1].number if filled else 0
    empty = tuple(row.number for row in rows if row.number < last and row.is_empty())
    return Sheet(source, headers, filled, encoding, delimiter, empty)
