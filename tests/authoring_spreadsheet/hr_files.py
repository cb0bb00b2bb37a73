"""Word lists as HR departments write them (the two files of issue 15), made byte by byte.

- `write_hr_windows_csv`: Dutch Excel's plain "CSV": `;`, Windows-1252, CRLF, columns
  `Woord;Lidwoord;Uitleg;Voorbeeldzin;Engels`, no word class.
- `write_hr_utf8_csv`: "CSV UTF-8": a BOM, CRLF, Arabic, Tigrinya and Turkish columns.
- `write_hr_xlsx`: the UTF-8 sheet as an Excel workbook.

Each has an empty row (row 4), a multi-line cell (row 3) and a duplicate term (row 7 repeats
"Pallet" of row 2 in another case, and fills its empty example).
"""

from pathlib import Path

from excel_files import csv_text, write_xlsx

WINDOWS_HEADER = ["Woord", "Lidwoord", "Uitleg", "Voorbeeldzin", "Engels"]
WINDOWS_ROWS = [
    ["pallet", "de", "Een plank van hout waar dozen op staan.", "", "pallet"],
    ["coördinator", "de", "Iemand die het werk regelt.\nHij maakt ook het rooster.",
     "De coördinator maakt het rooster.", "coordinator"],
    ["", "", "", "", ""],
    ["inklokken", "", "Laten zien dat je begint met werken.", "Vergeet niet in te klokken.",
     "to clock in"],
    ["magazijn", "het", "De ruimte waar de voorraad ligt; één grote hal.",
     "Het magazijn gaat om zes uur open.", "warehouse"],
    ["Pallet", "de", "Een houten plank.", "Zet de dozen op de pallet.", "pallet"],
]  # fmt: skip

UTF8_HEADER = ["Woord", "Lidwoord", "Uitleg", "Voorbeeldzin", "Arabisch", "Tigrinya", "Turks"]
UTF8_ROWS = [
    ["pallet", "de", "Een plank van hout waar dozen op staan.", "", "منصة نقالة", "ፓሌት",
     "palet"],
    ["heftruck", "de", "Een wagen die zware pallets optilt.\nAlleen met rijbewijs.",
     "De heftruck staat bij dock 3.", "رافعة شوكية", "ፎርክሊፍት", "forklift"],
    ["", "", "", "", "", "", ""],
    ["inklokken", "", "Laten zien dat je begint met werken.", "Vergeet niet in te klokken.",
     "تسجيل الدخول", "ምእታው", "giriş yapmak"],
    ["veiligheidsbril", "de", "Een bril die je ogen beschermt.", "Zet je veiligheidsbril op.",
     "نظارات السلامة", "መነጽር ድሕንነት", "koruyucu gözlük"],
    ["Pallet", "", "Een houten plank.", "Zet de dozen op de pallet.", "منصة", "ፓሌት",
     "palet"],
]  # fmt: skip

EMPTY_ROW = 4  # as Excel numbers it: the header is row 1
DUPLICATE = (2, 7)  # the first row of "pallet" and its repeat


def write_hr_windows_csv(path: Path) -> Path:
    path.write_bytes(csv_text([WINDOWS_HEADER, *WINDOWS_ROWS]).encode("cp1252"))
    return path


def write_hr_utf8_csv(path: Path) -> Path:
    path.write_bytes(csv_text([UTF8_HEADER, *UTF8_ROWS]).encode("utf-8-sig"))
    return path


def write_hr_xlsx(path: Path) -> Path:
    return write_xlsx(path, [list(row) for row in [UTF8_HEADER, *UTF8_ROWS]])


WRITERS = {
    "windows.csv": write_hr_windows_csv,
    "utf8.csv": write_hr_utf8_csv,
    "excel.xlsx": write_hr_xlsx,
}
