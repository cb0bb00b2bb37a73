"""Every pictogram of every bundled deck really draws (not a placeholder, not empty)."""

import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths
from vaktaal.ui.pictogram_icons import render_pictogram

PATHS = Paths.create("/nonexistent")
LIBRARY = PictogramLibrary(PATHS.assets_dir)
SIZE = 64


def pictogram_refs() -> list[tuple[str, str]]:
    refs = []
    for manifest in sorted(PATHS.bundled_decks_dir.glob("*/deck.toml")):
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
        refs.append((manifest.parent.name, data["deck"]["pictogram"]))
        refs += [(f"{manifest.parent.name}/{t['id']}", t["pictogram"]) for t in data["terms"]]
    return refs


def painted_fraction(image: QImage) -> float:
    painted = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )
    return painted / (image.width() * image.height())


@pytest.mark.parametrize(("where", "ref"), pictogram_refs())
def test_bundled_pictogram_draws(qapp, where: str, ref: str) -> None:
    pixmap = render_pictogram(ref, LIBRARY, SIZE)
    assert pixmap is not None, f"{where}: {ref} cannot be drawn"
    assert painted_fraction(pixmap.toImage()) > 0.03, f"{where}: {ref} draws (almost) nothing"


def test_a_broken_svg_does_not_draw(qapp, tmp_path: Path) -> None:
    (tmp_path / "pictogrammen").mkdir()
    (tmp_path / "pictogrammen" / "kapot.svg").write_text("<svg><path d='M0 0", encoding="utf-8")
    assert render_pictogram("asset:kapot.svg", PictogramLibrary(tmp_path), SIZE) is None
