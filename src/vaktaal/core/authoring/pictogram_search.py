"""Find a pictogram by a Dutch or English word: bundled pictograms, OpenMoji and MDI icons.

Keywords come from what the app already knows:
- bundled pictograms: their Dutch file name, the English description in their header line
  (core.pictogram_families), and the Dutch terms (and English glosses, categories, tags) of
  bundled decks that use them;
- OpenMoji: their English names and tags (assets/openmoji-17.csv), plus the Dutch keywords
  of the bundled pictograms that are the same OpenMoji;
- Material Design Icons: the English words of their names.
Build the index once (about a tenth of a second), off the GUI thread; searching is quick.
"""

import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from vaktaal.core.pictogram_families import OpenMojiEntry, openmoji_entries, read_header
from vaktaal.core.pictograms import ASSET, MDI, OPENMOJI, mdi_names, openmoji_svg_dir

_WORD = re.compile(r"[a-z0-9]+")
_SOURCE = re.compile(r"^OpenMoji \d+ ([0-9A-F-]+)$")  # a copy; a composition says more
_SKIN_TONES = {"1F3FB", "1F3FC", "1F3FD", "1F3FE", "1F3FF"}
_JOINERS = {"200D", "FE0F", "FE0E", "20E3"}
_SOURCE_RANK = {ASSET: 0, OPENMOJI: 1, MDI: 2}


@dataclass(frozen=True)
class Pictogram:
    ref: str
    label: str  # what it shows, for the preview and screen readers
    words: frozenset[str]


def words_of(text: str) -> list[str]:
    """Lower-case words without accents: 'Ehbo-koffer' -> ['ehbo', 'koffer']."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _WORD.findall(plain)


class PictogramIndex:
    def __init__(self, pictograms: Iterable[Pictogram]) -> None:
        self.pictograms = list(pictograms)

    def search(self, query: str, limit: int = 60) -> list[Pictogram]:
        """Pictograms whose keywords contain every word of the query, best first."""
        wanted = words_of(query)
        if not wanted:
            return self.pictograms[:limit]
        scored = []
        for position, pictogram in enumerate(self.pictograms):
            score = _score(wanted, pictogram.words)
            if score:
                rank = _SOURCE_RANK.get(pictogram.ref.split(":", 1)[0] + ":", 3)
                label = set(words_of(pictogram.label))  # its own name: closest match first
                named = len(set(wanted) & label)
                scored.append((-score, -named, rank, len(label) - named, position, pictogram))
        scored.sort(key=lambda item: item[:5])
        return [item[5] for item in scored[:limit]]


def _score(wanted: list[str], words: frozenset[str]) -> int:
    total = 0
    for word in wanted:
        if word in words:
            total += 3
        elif any(keyword.startswith(word) for keyword in words):
            total += 2
        elif len(word) > 2 and any(word in keyword for keyword in words):
            total += 1
        else:
            return 0
    return total


def build_index(assets_dir: Path, decks_dir: Path | None = None) -> PictogramIndex:
    folder = assets_dir / "pictogrammen"
    described = _described(folder)
    deck_words = _deck_words(decks_dir)
    assets = _assets(folder, described, deck_words)
    dutch_by_code = defaultdict(set)
    for name, (code, _label) in described.items():
        if code:
            dutch_by_code[code].update(words_of(Path(name).stem) + deck_words.get(name, []))
    named = openmoji_entries(assets_dir)
    return PictogramIndex([*assets, *_openmoji(dutch_by_code, named), *_mdi()])


def _described(folder: Path) -> dict[str, tuple[str | None, str]]:
    """file name -> (OpenMoji code or None, English description) from each file's header."""
    rows: dict[str, tuple[str | None, str]] = {}
    for path in sorted(folder.glob("*.svg")):
        with path.open("rb") as file:
            header = read_header(file.read(1024))
        source = _SOURCE.match(header.get("source", ""))
        rows[path.name] = (source.group(1) if source else None, header.get("shows", ""))
    return rows


def _deck_words(decks_dir: Path | None) -> dict[str, list[str]]:
    """asset file name -> words of the bundled deck terms that use it."""
    found: dict[str, list[str]] = defaultdict(list)
    for manifest in sorted(decks_dir.glob("*/deck.toml")) if decks_dir else []:
        try:
            terms = tomllib.loads(manifest.read_text(encoding="utf-8")).get("terms", [])
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        for term in terms:
            ref = term.get("pictogram", "")
            if isinstance(ref, str) and ref.startswith(ASSET):
                found[ref[len(ASSET) :]].extend(_term_words(term))
    return found


def _term_words(term: dict[str, object]) -> list[str]:
    glosses = term.get("glosses")
    english = glosses.get("en", "") if isinstance(glosses, dict) else ""
    tags = term.get("tags")
    texts = [
        term.get("term"),
        term.get("category"),
        english,
        *(tags if isinstance(tags, list) else []),
    ]
    return [word for text in texts if isinstance(text, str) for word in words_of(text)]


def _assets(
    folder: Path, described: dict[str, tuple[str | None, str]], deck_words: dict[str, list[str]]
) -> list[Pictogram]:
    pictograms = []
    for path in sorted(folder.glob("*.svg")):
        code, english = described.get(path.name, (None, ""))
        words = words_of(path.stem) + words_of(english) + deck_words.get(path.name, [])
        label = f"{path.stem} ({english})" if english else path.stem
        pictograms.append(Pictogram(ASSET + path.name, label, frozenset(words)))
    return pictograms


def _openmoji(
    dutch_by_code: dict[str, set[str]], named: dict[str, OpenMojiEntry]
) -> list[Pictogram]:
    folder = openmoji_svg_dir()
    if folder is None:
        return []
    pictograms = []
    for path in sorted(folder.glob("*.svg")):
        code = path.stem.upper()
        parts = code.split("-")
        if _SKIN_TONES.intersection(parts):
            continue
        entry = named.get(code)
        english = entry.annotation if entry else _unicode_names(parts)
        tags = entry.tags if entry else ""
        words = frozenset(words_of(f"{english} {tags}")) | dutch_by_code.get(code, set())
        if words:
            pictograms.append(Pictogram(OPENMOJI + code, english.lower(), words))
    return pictograms


def _unicode_names(parts: list[str]) -> str:
    names = []
    for part in parts:
        if part in _JOINERS:
            continue
        try:
            names.append(unicodedata.name(chr(int(part, 16))))
        except ValueError:
            continue
    return " ".join(names)


def _mdi() -> list[Pictogram]:
    return [
        Pictogram(MDI + name, name.replace("-", " "), frozenset(words_of(name)))
        for name in sorted(mdi_names())
    ]
