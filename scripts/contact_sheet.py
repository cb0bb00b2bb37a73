"""Every term of a deck with its picture on one sheet, to review the pictures at a glance.

    contact_sheet.py DECK_FOLDER OUT.png     one deck
    contact_sheet.py --bundled               every bundled deck, into docs/contact-sheets/

A red frame marks a picture that another term (in any bundled deck) also has; a red
triangle marks a safety term.
"""

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pictograms import LIBRARY, ROOT, bundled_decks, readable_deck, shared_pictures  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vaktaal.core.model import Deck  # noqa: E402
from vaktaal.core.pictogram_families import PictureIdentities  # noqa: E402
from vaktaal.ui.pictogram_icons import pictogram_pixmap  # noqa: E402

COLUMNS, CELL_W, CELL_H, PICTURE, TITLE_H = 8, 210, 220, 140, 70


def draw_sheet(deck: Deck, out: Path, shared: set[str], identities: PictureIdentities) -> None:
    rows = (len(deck.terms) + COLUMNS - 1) // COLUMNS
    image = QImage(COLUMNS * CELL_W, TITLE_H + rows * CELL_H, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("Noto Sans", 22, QFont.Weight.Bold))
    title = f"{deck.title} ({deck.id}, version {deck.version}): {len(deck.terms)} terms"
    painter.drawText(
        QRectF(16, 0, image.width() - 32, TITLE_H), Qt.AlignmentFlag.AlignVCenter, title
    )
    for index, term in enumerate(deck.terms):
        x = (index % COLUMNS) * CELL_W
        y = TITLE_H + (index // COLUMNS) * CELL_H
        is_shared = identities.of(term.pictogram).content in shared
        draw_cell(painter, x, y, term.pictogram, term.display, term.safety_critical, is_shared)
    painter.end()
    image.save(str(out))
    print(out)


def draw_cell(
    painter: QPainter, x: int, y: int, ref: str, text: str, safety: bool, shared: bool
) -> None:
    painter.setPen(QPen(QColor("#D22F27" if shared else "#D0CFCE"), 6 if shared else 1))
    painter.drawRect(x + 4, y + 4, CELL_W - 8, CELL_H - 8)
    pixmap = pictogram_pixmap(ref, LIBRARY, PICTURE)
    painter.drawPixmap(x + (CELL_W - PICTURE) // 2, y + 12, pixmap)
    if safety:
        painter.setBrush(QColor("#EA5A47"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(_triangle(x + CELL_W - 34, y + 14))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QColor("black"))
    painter.setFont(fitting_font(text, CELL_W - 16))
    box = QRectF(x + 8, y + PICTURE + 16, CELL_W - 16, CELL_H - PICTURE - 24)
    painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, text)


def fitting_font(text: str, width: int) -> QFont:
    """13 pt, or smaller until the longest word fits the cell."""
    font = QFont("Noto Sans", 13)
    longest = max(text.split(), key=len, default="")
    while font.pointSize() > 8 and QFontMetrics(font).horizontalAdvance(longest) > width:
        font.setPointSize(font.pointSize() - 1)
    return font


def _triangle(x: int, y: int) -> list[QPointF]:
    return [QPointF(x + 12, y), QPointF(x + 24, y + 20), QPointF(x, y + 20)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deck", nargs="?", type=Path)
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--bundled", action="store_true")
    args = parser.parse_args()
    if not args.bundled and not (args.deck and args.out):
        parser.error("give DECK_FOLDER OUT.png, or --bundled")
    _app = QApplication(sys.argv)
    identities = PictureIdentities(LIBRARY)
    bundled = {folder: readable_deck(folder) for folder in bundled_decks()}  # each read once
    shared = set(shared_pictures([d for d in bundled.values() if d], identities))
    if args.bundled:
        out_dir = ROOT / "docs" / "contact-sheets"
        out_dir.mkdir(parents=True, exist_ok=True)
        jobs = [(deck, out_dir / f"{folder.name}.png") for folder, deck in bundled.items()]
    else:
        folder = args.deck.resolve()
        jobs = [(bundled[folder] if folder in bundled else readable_deck(folder), args.out)]
    for deck, out in jobs:
        if deck is not None:
            draw_sheet(deck, out, shared, identities)
    return 0 if all(deck is not None for deck, _out in jobs) else 1


if __name__ == "__main__":
    sys.exit(main())
