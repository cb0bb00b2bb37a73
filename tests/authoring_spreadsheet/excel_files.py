"""Files as Dutch Excel writes them, made byte by byte (no Excel needed).

Excel's "CSV (gescheiden door lijstscheidingsteken)" is Windows-1252 with `;`; "CSV UTF-8"
adds a BOM; both end lines with CRLF, and a cell with a line break (Alt+Enter) is quoted
and keeps a bare LF inside.
"""

from pathlib import Path

from openpyxl import Workbook

HEADER = ["term", "lidwoord", "woordsoort", "uitleg", "voorbeeld", "pictogram", "ar", "ti"]
ROWS = [
    ["café", "het", "zelfstandig naamwoord", "Een plek om koffie te drinken.\nOok: kantine.",
     "We gaan naar het café.", "", "مقهى", "ካፌ"],
    ["coördinator", "de", "zn", "Iemand die het werk regelt; hij is de baas van de ploeg.",
     "De coördinator maakt het rooster.", "mdi:account", "منسق", "ኣወሃሃዲ"],
    ["naïef", "", "bijvoeglijk naamwoord", "Je gelooft alles meteen.", "Dat is naïef.",
     "", "ساذج", "ሓቀኛ"],
]  # fmt: skip


def quote(cell: str, delimiter: str = ";") -> str:
    if any(char in cell for char in (delimiter, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv_text(rows: list[list[str]], delimiter: str = ";") -> str:
    return "".join(delimiter.join(quote(c, delimiter) for c in row) + "\r\n" for row in rows)


def write_csv(
    path: Path,
    rows: list[list[str]],
    encoding: str = "utf-8-sig",
    delimiter: str = ";",
) -> Path:
    path.write_bytes(csv_text(rows, delimiter).encode(encoding))
    return path


def latin_rows() -> list[list[str]]:
    """The rows without Arabic and Tigrinya: what Windows-1252 can hold."""
    return [row[:6] + ["koffiehuis", "kafe"] for row in ROWS]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path
