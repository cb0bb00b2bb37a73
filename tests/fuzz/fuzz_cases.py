"""The inputs of each importer: targeted attacks and random damage of a valid file.

`make_case(importer, index, seed, root, cache)` writes one input below `root`; the same
arguments always give the same input, so a failure is found again from its number.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fuzz_corpus import (
    BIDI,
    SECRET,
    SHEET,
    Case,
    apkg_bytes,
    bomb_zip,
    csv_bytes,
    deck_zip_bytes,
    deep_toml,
    huge_png,
    model_zip_bytes,
    mutate,
    mutate_members,
    valid_deck,
    xlsx_bytes,
    zip_members,
    zip_of,
)
from meetingbuilder import VALID_MEETING

import deckbuilder

ESCAPES = ("../fuzz-escaped", "../../fuzz-escaped", "../../../../fuzz-escaped", "/tmp/fuzz-escaped")


@dataclass
class Maker:
    """Writes the inputs of one case into `root`; `cache` keeps the packed bomb."""

    rng: random.Random
    root: Path
    cache: Path

    def secret_png(self) -> Path:
        """A good picture outside the input that carries SECRET: importing it leaks it."""
        target = self.root / "secret.png"
        target.write_bytes(deckbuilder.tiny_png((1, 2, 3)) + SECRET)
        return target

    def deck(self) -> Path:
        return valid_deck(self.root / "input")

    def file(self, name: str, data: bytes) -> Path:
        target = self.root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target

    def deck_zip(self) -> bytes:
        folder = valid_deck(self.root / "valid-deck")
        return deck_zip_bytes(folder)


def _deck_mutated(m: Maker) -> Path:
    deck = m.deck()
    target = deck / m.rng.choice(
        [
            "deck.toml",
            "deck.toml",
            "meetings/werkoverleg.toml",
            "media/heftruck.png",
            "media/helm.svg",
            "audio/heftruck.wav",
        ]
    )
    target.write_bytes(mutate(target.read_bytes(), m.rng))
    return deck


def _deck_symlink(m: Maker) -> Path:
    deck, secret = m.deck(), m.secret_png()
    choice = m.rng.randrange(4)
    if choice == 0:  # a picture that is a link to a file outside the deck
        (deck / "media/heftruck.png").unlink()
        (deck / "media/heftruck.png").symlink_to(secret)
    elif choice == 1:  # the whole media folder is a link
        outside = m.root / "outside-media"
        outside.mkdir()
        for path in (deck / "media").iterdir():
            (outside / path.name).write_bytes(path.read_bytes() + SECRET)
        _remove_tree(deck / "media")
        (deck / "media").symlink_to(outside, target_is_directory=True)
    elif choice == 2:  # deck.toml itself is a link to a deck outside
        text = (deck / "deck.toml").read_text(encoding="utf-8")
        marked = text.replace("Woorden voor een testmagazijn.", SECRET.decode())
        (m.root / "secret.toml").write_text(marked, encoding="utf-8")
        (deck / "deck.toml").unlink()
        (deck / "deck.toml").symlink_to(m.root / "secret.toml")
    else:  # a meeting file that is a link to a system file
        (deck / "meetings/werkoverleg.toml").unlink()
        (deck / "meetings/werkoverleg.toml").symlink_to("/etc/passwd")
    return deck


def _remove_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    folder.rmdir()


def _deck_manifest_attack(m: Maker) -> Path:
    deck = m.deck()
    manifest = deckbuilder.valid_manifest()
    heftruck = manifest["terms"][0]
    attack = m.rng.randrange(6)
    if attack == 0:
        heftruck["pictogram"] = m.rng.choice(
            [
                "media/../../secret.png",
                "/etc/passwd",
                "../secret.png",
                "media/x\\..\\..\\secret.png",
            ]
        )
        m.secret_png()
    elif attack == 1:
        heftruck["term"] = "heft" + BIDI + "ruck\u0000"
        heftruck["explanation"] = "\u202eUitleg" * m.rng.randint(1, 2000)
    elif attack == 2:
        (deck / "media/heftruck.png").write_bytes(huge_png())
    elif attack == 3:
        (deck / "deck.toml").write_bytes(deep_toml(m.rng.choice([100, 1000, 100_000])))
        return deck
    elif attack == 4:
        text = deckbuilder.manifest_text(manifest)
        (deck / "deck.toml").write_bytes(
            text.encode(m.rng.choice(["utf-16", "cp1252", "utf-32"]), errors="replace")
        )
        return deck
    else:
        (deck / "deck.toml").write_bytes(b"\x00" * m.rng.randint(0, 4096))
        return deck
    (deck / "deck.toml").write_text(deckbuilder.manifest_text(manifest), encoding="utf-8")
    return deck


def _zip_attack(m: Maker, good: bytes, picture: str) -> bytes:
    """A zip built from `good` with an attack: escapes, links, a bomb, a huge picture."""
    members = zip_members(good)
    attack = m.rng.randrange(6)
    if attack == 0:
        members[m.rng.choice(ESCAPES)] = b"escaped"
        return zip_of(members)
    if attack == 1:
        links = {picture: m.rng.choice(["/etc/passwd", "../secret.png", str(m.secret_png())])}
        return zip_of({k: v for k, v in members.items() if k != picture}, links)
    if attack == 2 and m.rng.random() < 0.3:
        return bomb_zip(m.cache, members, picture)
    if attack == 3:
        members[picture] = huge_png()
        return zip_of(members)
    if attack == 4:
        return zip_of({f"nested/{name}": data for name, data in members.items()})
    return mutate_members(good, m.rng)


def _vaktaal(m: Maker) -> Path:
    good = m.deck_zip()
    kind = m.rng.randrange(4)
    if kind == 0:
        data = mutate(good, m.rng)
    elif kind == 1:
        data = mutate_members(good, m.rng)
    elif kind == 2:
        data = _zip_attack(m, good, "media/heftruck.png")
    else:
        members = zip_members(good)
        members["deck.toml"] = m.rng.choice(
            [deep_toml(100_000), b"\xff\xfe" + b"\x00" * 99, mutate(members["deck.toml"], m.rng)]
        )
        data = zip_of(members)
    return m.file("input/deck.vaktaal", data)


def _sheet_rows(m: Maker) -> list[list[str]]:
    rows = [list(row) for row in SHEET]
    for _ in range(m.rng.randint(0, 3)):
        row = m.rng.randrange(1, len(rows))
        column = m.rng.randrange(len(rows[row]))
        rows[row][column] = m.rng.choice(
            [
                "=cmd|' /C calc'!A0",
                "+1",
                "-1",
                "@SUM(A1)",
                BIDI + "helm",
                "a\u0000b",
                "",
                "x" * m.rng.choice([10, 40_000]),
                "\n\n",
                '"',
                "de",
                "heftruck",
            ]
        )
    return rows


def _csv(m: Maker) -> Path:
    rows, kind = _sheet_rows(m), m.rng.randrange(5)
    if kind == 0:
        data = mutate(csv_bytes(rows), m.rng)
    elif kind == 1:
        encoding = m.rng.choice(["utf-16", "utf-16-le", "cp1252", "latin-1", "shift_jis", "utf-32"])
        data = csv_bytes(rows, encoding, m.rng.choice([";", ",", "\t", "|"]))
    elif kind == 2:
        data = m.rng.randbytes(m.rng.randint(0, 5000))
    elif kind == 3:
        data = csv_bytes([SHEET[0]] + [SHEET[1]] * m.rng.choice([5, 20_001]))
    else:
        data = csv_bytes(rows)
    return m.file("input/woorden.csv", data)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "' % i + (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10 + b'">'
        for i in range(1, 10)
    )
    + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)


def _xlsx(m: Maker) -> Path:
    rows = [[cell.replace("\u0000", "") for cell in row] for row in _sheet_rows(m)]
    good = xlsx_bytes(rows)  # type: ignore[arg-type]
    kind = m.rng.randrange(5)
    sheet = "xl/worksheets/sheet1.xml"
    if kind == 0:
        data = mutate(good, m.rng)
    elif kind == 1:
        data = mutate_members(good, m.rng)
    elif kind == 2:
        data = _zip_attack(m, good, sheet)
    elif kind == 3:
        members = zip_members(good)
        members[sheet] = m.rng.choice(
            [BILLION_LAUGHS, b"<a>" * 100_000, b"", members[sheet].replace(b"<row", b"<r0w")]
        )
        data = zip_of(members)
    else:
        members = zip_members(good)
        del members[m.rng.choice(sorted(members))]
        data = zip_of(members)
    return m.file("input/woorden.xlsx", data)


def _apkg(m: Maker) -> Path:
    good = apkg_bytes(m.root)
    kind = m.rng.randrange(5)
    if kind == 0:
        data = mutate(good, m.rng)
    elif kind == 1:
        data = mutate_members(good, m.rng)
    elif kind == 2:
        data = _zip_attack(m, good, m.rng.choice(["collection.anki2", "0"]))
    elif kind == 3:
        members = zip_members(good)
        members["media"] = m.rng.choice(
            [b'{"0": "../../fuzz-escaped.png"}', b'{"0": "/etc/passwd"}', b"[]", b"{", b"\x00"]
        )
        data = zip_of(members)
    else:
        members = zip_members(good)
        collection = members.pop("collection.anki2")
        members[m.rng.choice(["collection.anki21", "collection.anki21b"])] = mutate(
            collection, m.rng
        )
        data = zip_of(members)
    return m.file("input/woorden.apkg", data)


def _meeting(m: Maker) -> Path:
    good = VALID_MEETING.encode()
    kind = m.rng.randrange(4)
    if kind == 0:
        data = mutate(good, m.rng)
    elif kind == 1:
        data = m.rng.choice(
            [
                deep_toml(100_000),
                deep_toml(500),
                good.replace(b"Ans", BIDI.encode()),
                good.replace(b"Goedemorgen", b"Goede\\u0000morgen"),
            ]
        )
    elif kind == 2:
        data = VALID_MEETING.encode(m.rng.choice(["utf-16", "cp1252", "utf-32"]), errors="replace")
    else:
        data = m.rng.randbytes(m.rng.randint(0, 3000))
    return m.file("input/werkoverleg.toml", data)


def _model_zip(m: Maker) -> Path:
    good = model_zip_bytes()
    kind = m.rng.randrange(3)
    if kind == 0:
        data = mutate(good, m.rng)
    elif kind == 1:
        data = mutate_members(good, m.rng)
    else:
        data = _zip_attack(m, good, "vosk-model-fuzz/am/final.mdl")
    return m.file("input/model.zip", data)


def _deck_folder(m: Maker) -> Path:
    return m.rng.choice([_deck_mutated, _deck_mutated, _deck_symlink, _deck_manifest_attack])(m)


MAKERS: dict[str, Callable[[Maker], Path]] = {
    "deck-folder": _deck_folder,
    "vaktaal": _vaktaal,
    "csv": _csv,
    "xlsx": _xlsx,
    "apkg": _apkg,
    "meeting": _meeting,
    "model-zip": _model_zip,
}


def make_case(importer: str, index: int, seed: int, root: Path, cache: Path) -> Case:
    """The `index`-th input of `importer` for this seed, written below `root`."""
    rng = random.Random(f"{seed}:{importer}:{index}")
    root.mkdir(parents=True, exist_ok=True)
    path = MAKERS[importer](Maker(rng, root, cache))
    return Case(importer, importer, path, root)
