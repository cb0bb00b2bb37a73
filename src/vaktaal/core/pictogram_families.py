"""What a pictogram is: its content (two references can be one picture) and its family.

A family is the kind of picture ("phone", "tool", "person-role"): "choose the picture" never
offers two of one family, as a learner who cannot read Dutch cannot tell them apart.
OpenMoji's families are its subgroups (assets/openmoji-17.csv); a bundled asset says its
family in its first line: <!-- vaktaal-pictogram family="..." shows="..." ... -->.
"""

import csv
import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from vaktaal.core.pictograms import ASSET, MDI, OPENMOJI, STORED, PictogramLibrary

OPENMOJI_DATA = "openmoji-17.csv"
_HEADER = re.compile(rb"^\s*<!--\s*vaktaal-pictogram\b(.*?)-->", re.DOTALL)
_ATTRIBUTE = re.compile(r'([a-z]+)="([^"]*)"')


@dataclass(frozen=True)
class OpenMojiEntry:
    hexcode: str
    family: str
    annotation: str
    tags: str


@dataclass(frozen=True)
class PictureIdentity:
    """What makes two pictures the same (content) or look-alikes (family)."""

    content: str
    family: str | None


def without_header(data: bytes) -> bytes:
    """The drawing itself: two files that differ only in their header are one picture."""
    match = _HEADER.match(data)
    return data[match.end() :].lstrip() if match else data.lstrip()


def read_header(data: bytes) -> dict[str, str]:
    """The attributes of a bundled pictogram's header comment ({} without one)."""
    match = _HEADER.match(data)
    if match is None:
        return {}
    return dict(_ATTRIBUTE.findall(match.group(1).decode("utf-8", errors="replace")))


@functools.cache
def openmoji_entries(assets_dir: Path) -> dict[str, OpenMojiEntry]:
    """OpenMoji 17's emoji and extras by hexcode (no skin tones, no flags)."""
    path = assets_dir / OPENMOJI_DATA
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return {row["hexcode"]: OpenMojiEntry(**row) for row in rows}


def by_reference(ref: str) -> PictureIdentity:
    """A lookup without files: one reference, one picture; a stored file is its SHA-256."""
    return PictureIdentity(ref[len(STORED) :] if ref.startswith(STORED) else ref, None)


class PictureIdentities:
    """The identity of each reference, read once per reference."""

    def __init__(self, library: PictogramLibrary) -> None:
        self._library = library
        self._known: dict[str, PictureIdentity] = {}

    def of(self, ref: str) -> PictureIdentity:
        if ref not in self._known:
            self._known[ref] = self._identify(ref)
        return self._known[ref]

    def _identify(self, ref: str) -> PictureIdentity:
        if ref.startswith((MDI, STORED)):  # an icon name; a deck's own file, named by SHA-256
            return by_reference(ref)
        path = self._library.file_for(ref)
        if path is None:
            return PictureIdentity(ref, None)
        data = path.read_bytes()
        content = hashlib.sha256(without_header(data)).hexdigest()
        return PictureIdentity(content, self._family(ref, data))

    def _family(self, ref: str, data: bytes) -> str | None:
        if ref.startswith(OPENMOJI):
            entry = openmoji_entries(self._library.assets_dir).get(ref[len(OPENMOJI) :].upper())
            return entry.family if entry else None
        if ref.startswith(ASSET):
            return read_header(data).get("family") or None
        return None
