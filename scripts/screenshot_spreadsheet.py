"""Screenshot of the spreadsheet import dialog (docs/screenshots/15-spreadsheet-import.png).

A CSV as Dutch Excel writes it (UTF-8 with BOM, `;`, a cell over two lines, Arabic and
Tigrinya) with two mistakes is opened; the dialog shows the preview, the column choices
and the two row errors, with "Importeren" switched off.
Run:  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_spreadsheet.py
"""

import sys
from pathlib import Path

from dialog_shot import save_dialog_shot

from vaktaal.app import install_bundled_decks
from vaktaal.ui.authoring.spreadsheet_dialog import SpreadsheetImportDialog
from vaktaal.ui.tasks import TaskManager
from vaktaal.usecases import Services

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "15-spreadsheet-import.png"
ROWS = [
    ["term", "lidwoord", "woordsoort", "uitleg", "voorbeeld", "pictogram", "Arabisch", "ti", "en"],
    ["heftruck", "de", "zelfstandig naamwoord",
     "Een wagen die zware pallets optilt.\nAlleen met rijbewijs.",
     "De heftruck staat bij dock 3.", "asset:heftruck.svg", "رافعة شوكية", "ፎርክሊፍት", "forklift"],
    ["pallet", "de", "zn", "Een plank van hout waar dozen op staan.", "Zet de dozen op de pallet.",
     "", "منصة نقالة", "ፓሌት", "pallet"],
    ["inklokken", "", "doe-woord", "Laten zien dat je begint met werken.",
     "Vergeet niet in te klokken.", "", "تسجيل الدخول", "ምእታው", "to clock in"],
    ["orderpicker", "de", "zelfstandig naamwoord", "", "De orderpicker pakt de bestelling.",
     "", "جامع الطلبات", "ኣከብቲ ትእዛዝ", "order picker"],
]  # fmt: skip


def csv_bytes() -> bytes:
    def cell(text: str) -> str:
        return f'"{text}"' if ("\n" in text or ";" in text) else text

    return "".join(";".join(map(cell, row)) + "\r\n" for row in ROWS).encode("utf-8-sig")


def prepare(
    services: Services, tasks: TaskManager, folder: Path
) -> tuple[SpreadsheetImportDialog, Path]:
    install_bundled_decks(services)
    sheet = folder / "Magazijn nieuwe woorden.csv"
    sheet.write_bytes(csv_bytes())
    return SpreadsheetImportDialog(services, tasks), sheet


def main() -> int:
    return save_dialog_shot(
        OUT,
        prepare,
        ready=lambda dialog: dialog.plan is not None,
        focus=lambda dialog: dialog.preview,
    )


if __name__ == "__main__":
    sys.exit(main())
