"""scripts/contact_sheet.py draws every term of a deck with its picture on one sheet."""

import runpy
from pathlib import Path

from PySide6.QtGui import QImage

import deckbuilder as db

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "contact_sheet.py"


def test_a_sheet_has_a_cell_for_every_term(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(SCRIPT.parent))  # as when run: it imports pictograms.py
    folder = db.write_deck(tmp_path / "deck", db.valid_manifest())
    out = tmp_path / "sheet.png"
    module = runpy.run_path(str(SCRIPT), run_name="contact_sheet")
    terms = len(db.valid_manifest()["terms"])
    module["draw_sheet"](
        module["readable_deck"](folder),
        out,
        set(),
        module["PictureIdentities"](module["LIBRARY"]),
    )
    image = QImage(str(out))
    rows = (terms + module["COLUMNS"] - 1) // module["COLUMNS"]
    assert image.height() == module["TITLE_H"] + rows * module["CELL_H"]
    first_picture = image.pixelColor(module["CELL_W"] // 2, module["TITLE_H"] + 80)
    assert first_picture.name() != "#ffffff", "the first term's picture is not drawn"
