"""Small helpers that write test decks: deck.toml text plus tiny media files.

A deck is described as a plain dict (the manifest) and a dict of media files. Tests change a
copy of the valid deck to inject a fault, then write it to a folder or a .vaktaal zip.
"""

import copy
import io
import json
import re
import tomllib
import wave
import zipfile
from pathlib import Path
from typing import Any

from PIL import Image

from vaktaal.paths import Paths

DECK_ID = "magazijn-test"
LANGUAGES = ["ar", "ti", "tr", "en"]


def tiny_png(colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def tiny_svg(colour: str = "#1f77b4") -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8" viewBox="0 0 8 8">'
        f'<rect width="8" height="8" fill="{colour}"/></svg>'
    ).encode()


def tiny_wav() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\x00\x00" * 80)
    return buffer.getvalue()


def shipped_asset() -> str:
    """An `asset:` reference to a pictogram that ships with the app (found at run time)."""
    folder = Paths.create("/nonexistent-vaktaal-test").assets_dir / "pictogrammen"
    names = sorted(path.name for path in folder.glob("*.svg"))
    assert names, f"no shipped pictograms in {folder}"
    return f"asset:{names[0]}"


def bundled_terms(deck_folder: str) -> list[dict[str, Any]]:
    """The terms of a bundled deck: tests follow the content instead of a fixed number."""
    folder = Paths.create("/nonexistent-vaktaal-test").bundled_decks_dir / deck_folder
    terms: list[dict[str, Any]] = tomllib.loads((folder / "deck.toml").read_text(encoding="utf-8"))[
        "terms"
    ]
    return terms


def bundled_deck_folders() -> list[str]:
    folder = Paths.create("/nonexistent-vaktaal-test").bundled_decks_dir
    return sorted(path.parent.name for path in folder.glob("*/deck.toml"))


def bundled_term_count(deck_folder: str) -> int:
    return len(bundled_terms(deck_folder))


def bundled_safety_count(deck_folder: str) -> int:
    return sum(1 for term in bundled_terms(deck_folder) if term.get("safety_critical"))


def _term(term_id: str, term: str, word_class: str, pictogram: str, **extra: Any) -> dict:
    table = {
        "id": term_id,
        "term": term,
        "word_class": word_class,
        "explanation": f"Uitleg in eenvoudig Nederlands bij '{term}'.",
        "example": f"Een voorbeeldzin met {term}.",
        "pictogram": pictogram,
        **extra,
    }
    table["glosses"] = {code: f"{term} ({code})" for code in LANGUAGES}
    return table


def valid_manifest() -> dict[str, Any]:
    """A complete deck with every kind of pictogram reference and one audio file."""
    return {
        "schema_version": 1,
        "deck": {
            "id": DECK_ID,
            "title": "Magazijn (test)",
            "description": "Woorden voor een testmagazijn.",
            "organisation": "Testbedrijf",
            "job_function": "Magazijnmedewerker",
            "level": "A2",
            "gloss_languages": list(LANGUAGES),
            "version": 1,
            "authors": ["Team Test"],
            "licence": "CC BY-SA 4.0",
            "pictogram": "media/magazijn.svg",
        },
        "terms": [
            _term(
                "heftruck", "heftruck", "noun", "media/heftruck.png",
                article="de", plural="heftrucks", audio="audio/heftruck.wav",
                category="Machines", tags=["veiligheid", "machine"], safety_critical=True,
            ),
            _term("helm", "helm", "noun", "media/helm.svg", article="de", plural="helmen"),
            _term("tillen", "tillen", "verb", shipped_asset()),
            _term("even-pauze", "even pauze nemen", "phrase", "openmoji:1F69C"),
            _term("pbm", "pbm", "abbreviation", "mdi:forklift", category="Veiligheid"),
        ],
    }  # fmt: skip


def valid_media() -> dict[str, bytes]:
    return {
        "media/magazijn.svg": tiny_svg("#2ca02c"),
        "media/heftruck.png": tiny_png(),
        "media/helm.svg": tiny_svg(),
        "audio/heftruck.wav": tiny_wav(),
    }


def clone(manifest: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(manifest)


def term(manifest: dict[str, Any], term_id: str) -> dict[str, Any]:
    """The term table with this id (the first one, if there are several)."""
    return next(table for table in manifest["terms"] if table["id"] == term_id)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def _pairs(table: dict[str, Any]) -> list[str]:
    return [f"{key} = {_value(value)}" for key, value in table.items()]


def manifest_text(manifest: dict[str, Any]) -> str:
    """deck.toml text, written by hand so a test can break it anywhere."""
    top = {key: value for key, value in manifest.items() if key not in ("deck", "terms")}
    lines = [*_pairs(top), "", "[deck]", *_pairs(manifest["deck"])]
    for table in manifest["terms"]:
        scalars = {key: value for key, value in table.items() if key != "glosses"}
        lines += ["", "[[terms]]", *_pairs(scalars)]
        if "glosses" in table:
            lines += ["", "[terms.glosses]", *_pairs(table["glosses"])]
    return "\n".join(lines) + "\n"


def write_deck(
    folder: Path,
    manifest: dict[str, Any] | None = None,
    media: dict[str, bytes] | None = None,
    text: str | None = None,
) -> Path:
    """A deck folder with deck.toml and media; `text` replaces the manifest's own text."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = valid_manifest() if manifest is None else manifest
    media = valid_media() if media is None else media
    body = manifest_text(manifest) if text is None else text
    (folder / "deck.toml").write_text(body, encoding="utf-8")
    for name, data in media.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def zip_deck(folder: Path, out: Path, top_folder: str | None = None) -> Path:
    """The deck folder as a .vaktaal zip, optionally inside one top-level folder."""
    prefix = f"{top_folder}/" if top_folder else ""
    with zipfile.ZipFile(out, "w") as bundle:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                bundle.write(path, prefix + path.relative_to(folder).as_posix())
    return out


def line_of(text: str, pattern: str) -> int:
    """1-based number of the first line that matches the regular expression."""
    for number, line in enumerate(text.splitlines(), start=1):
        if re.search(pattern, line):
            return number
    raise AssertionError(f"no line matches {pattern!r}")


def term_header_line(text: str, term_id: str, occurrence: int = 1) -> int:
    """Line of the `[[terms]]` header of the term with this id (its n-th occurrence)."""
    lines = text.splitlines()
    found = 0
    header = None
    for number, line in enumerate(lines, start=1):
        if line.strip() == "[[terms]]":
            header = number
        elif line.strip() == f"id = {_value(term_id)}" and header is not None:
            found += 1
            if found == occurrence:
                return header
    raise AssertionError(f"term {term_id!r} (occurrence {occurrence}) not in the manifest")
