"""Screenshot of the spreadsheet import dialog (docs/screenshots/15-spreadsheet-import.png).

A CSV as Dutch Excel writes it (UTF-8 with BOM, `;`, a cell over two lines, Arabic and
Tigrinya) with two mistakes is opened; the dialog shows the preview, the column choices
and the two row errors, with "Importeren" switched off.
Run:  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_spreadsheet.py
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from vaktaal.app import install_bundled_decks, open_services
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui.authoring.spreadsheet_dialog import SpreadsheetImportDialog
from vaktaal.ui.launcher import prepare_application

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


def wait_until(condition: object, seconds: float = 10) -> None:
    loop_end = QTimer()
    loop_end.setSingleShot(True)
    loop_end.start(int(seconds * 1000))
    while loop_end.isActive() and not condition():  # type: ignore[operator]
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main() -> int:
    app = QApplication(sys.argv)
    prepare_application(app)
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "data", speaker=FakeSpeaker())
        install_bundled_decks(services)
        sheet = Path(folder) / "Magazijn nieuwe woorden.csv"
        sheet.write_bytes(csv_bytes())
        dialog = SpreadsheetImportDialog(services)
        dialog.resize(1366, 768)
        dialog.show()
        dialog.open_file(sheet)
        wait_until(lambda: dialog.plan is not None)
        dialog.preview.setFocus()
        app.processEvents()
        OUT.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(OUT))
        dialog.runner.shutdown()
        services.close()
    print(f"saved {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
