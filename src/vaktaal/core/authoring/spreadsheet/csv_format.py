"""CSV as Dutch Excel reads and writes it.

Reading accepts `;` (Dutch Excel), `,` and tab as separator (guessed from the header line),
and UTF-8 with or without BOM, UTF-16 with BOM ("Unicode-tekst") or Windows-1252 (Excel's
plain "CSV"). Cells in quotes may hold several lines. Writing uses UTF-8 with BOM, `;` and
CRLF line ends, so Excel opens the file with every letter (Arabic too) as it should be.
"""

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from vaktaal.core.authoring.spreadsheet.exporting import unescape_formula
from vaktaal.core.authoring.spreadsheet.sheet import MAX_ROWS, Sheet, make_sheet
from vaktaal.core.files import write_atomically
from vaktaal.core.i18n import _
from vaktaal.core.problems import DeckProblems, Problem

DELIMITERS = (";", ",", "\t")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def read_csv_bytes(data: bytes, source: str) -> Sheet:
    text, encoding = decode(data, source)
    delimiter = sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error:
        message = _('Dit CSV-bestand is kapot: er mist een aanhalingsteken (").')
        raise refuse(source, message) from None
    if len(records) > MAX_ROWS + 1:
        raise refuse(source, _("Het bestand heeft meer dan 20.000 rijen. Dat is te veel."))
    records = [[unescape_formula(cell.replace("\r\n", "\n")) for cell in row] for row in records]
    return make_sheet(source, records, encoding, delimiter)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text and the name of its encoding; refuses bytes that are no text Excel writes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise refuse(source, _bad_encoding()) from None
    if b"\x00" in data:
        raise refuse(source, _bad_encoding())
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise refuse(source, _bad_encoding())


def _bad_encoding() -> str:
    return _(
        "Vaktaal kan de letters in dit bestand niet lezen. Sla het in Excel op als "
        "'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw."
    )


def sniff_delimiter(text: str) -> str:
    """The separator used most in the header line (outside quotes); `;` when there is none."""
    header, quoted = [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            break
        elif not quoted:
            header.append(char)
    counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(headers: Sequence[str], rows: Sequence[Sequence[str]], out: Path) -> None:
    write_atomically(out, csv_bytes(headers, rows))


def refuse(source: str, message: str) -> DeckProblems:
    return DeckProblems([Problem(source, message)])
