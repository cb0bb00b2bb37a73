"""Pages of the printed PDFs as PNG: 17-woordkaartjes.png (cards, Arabic gloss) and
18-handboek.png (an entries page of the handbook, by category).

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_printing.py
"""

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from vaktaal.core.deckformat import load_deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths
from vaktaal.printing import CATEGORY, HANDBOOK, PrintRequest, ensure_gui_application, write_pdf

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DECK = ROOT / "decks" / "magazijn-installatie"
WIDTH = 1240  # 150 dpi on A4


def page_png(pdf: Path, page: int, target: Path) -> None:
    """One page on white paper (the PDF's own background is transparent)."""
    document = QPdfDocument()
    document.load(str(pdf))
    drawn = document.render(page, QSize(WIDTH, round(WIDTH * 297 / 210)))
    image = QImage(drawn.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, drawn)
    painter.end()
    image.save(str(target))
    print(f"saved {target}")


def main() -> None:
    ensure_gui_application()
    library = PictogramLibrary(Paths.create(None).assets_dir)
    loaded = load_deck(DECK, library)
    with tempfile.TemporaryDirectory() as folder:
        cards = Path(folder) / "kaartjes.pdf"
        write_pdf(loaded, library, PrintRequest(gloss_language="ar"), cards)
        page_png(cards, 0, OUT / "17-woordkaartjes.png")
        handbook = Path(folder) / "handboek.pdf"
        write_pdf(loaded, library, PrintRequest(HANDBOOK, order=CATEGORY), handbook)
        page_png(handbook, 2, OUT / "18-handboek.png")


if __name__ == "__main__":
    main()
