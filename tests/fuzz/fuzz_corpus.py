"""The pieces of hostile inputs, made by code (no binary files in git): valid files of every
kind, random damage (truncated, bit-flipped, chunks cut, copied or replaced), zip-slip names,
links, a zip bomb, a huge PNG header, deep TOML. fuzz_cases.py puts them together.
"""

import io
import os
import random
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from anki_builder import BASIC, NoteType, Package
from meetingbuilder import VALID_MEETING
from openpyxl import Workbook

import deckbuilder

IMPORTERS = ("deck-folder", "vaktaal", "csv", "xlsx", "apkg", "meeting", "model-zip")
SECRET = b"VAKTAAL-FUZZ-SECRET-" + b"x" * 16  # in a file outside every input: must never leak
BIDI = "\u202e\u2066\u200f"
BOMB_BYTES = 1_900_000_000  # one member of a "zip bomb": about 1.9 MB packed


@dataclass(frozen=True)
class Case:
    importer: str
    kind: str
    path: Path
    root: Path  # the case's own folder: the input and the secret live here


# -- valid inputs -------------------------------------------------------------------------


def valid_deck(folder: Path) -> Path:
    deckbuilder.write_deck(folder)
    (folder / "meetings").mkdir(exist_ok=True)
    (folder / "meetings" / "werkoverleg.toml").write_text(VALID_MEETING, encoding="utf-8")
    return folder


def deck_zip_bytes(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                bundle.write(path, path.relative_to(folder).as_posix())
    return buffer.getvalue()


SHEET = [
    ["Woord", "Lidwoord", "Woordsoort", "Uitleg", "Voorbeeldzin", "Engels", "Arabisch"],
    ["heftruck", "de", "zelfstandig naamwoord", "Een wagen om te tillen.", "Rij de heftruck.",
     "forklift", "رافعة شوكية"],
    ["helm", "de", "zn", "Een harde hoed.\nVoor je hoofd.", "Zet je helm op.", "helmet", "خوذة"],
    ["tillen", "", "werkwoord", "Iets omhoog doen.", "Til met je benen.", "to lift", "رفع"],
]  # fmt: skip


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8-sig", sep: str = ";") -> bytes:
    def cell(value: str) -> str:
        needs = any(c in value for c in (sep, '"', "\n", "\r"))
        return '"' + value.replace('"', '""') + '"' if needs else value

    text = "".join(sep.join(cell(c) for c in row) + "\r\n" for row in rows)
    return text.encode(encoding, errors="replace")


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


GLOSSED = NoteType(1500000000001, "Woorden", ["id", "Nederlands", "Uitleg", "ru"])


def apkg_bytes(folder: Path) -> bytes:
    package = Package(note_types=[BASIC, GLOSSED])
    package.add(BASIC, "de heftruck", "Een wagen om te tillen.")
    package.add(GLOSSED, "0101", "de helm", "Een harde hoed &amp; meer.", "шлем")
    package.add(GLOSSED, "0102", "tillen", "<b>Iets</b> omhoog doen.", "поднимать")
    package.media["plaatje.png"] = deckbuilder.tiny_png()
    return package.write(folder / "valid.apkg").read_bytes()


def model_zip_bytes(extra: dict[str, bytes] | None = None) -> bytes:
    files = {
        "vosk-model-fuzz/am/final.mdl": b"\x00" * 64,
        "vosk-model-fuzz/conf/mfcc.conf": b"--use-energy=false\n",
        "vosk-model-fuzz/conf/model.conf": b"--min-active=200\n",
        "vosk-model-fuzz/graph/HCLr.fst": b"\x01" * 32,
        "vosk-model-fuzz/graph/Gr.fst": b"\x02" * 32,
        **(extra or {}),
    }
    return zip_of(files)


def zip_of(files: dict[str, bytes], links: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in files.items():
            bundle.writestr(name, data)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            bundle.writestr(info, target)
    return buffer.getvalue()


def zip_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        return {name: bundle.read(name) for name in bundle.namelist()}


# -- mutations ----------------------------------------------------------------------------


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four random damages: truncation, flipped bits, cut, copied or new chunks."""
    for _ in range(rng.randint(1, 4)):
        data = rng.choice(_MUTATIONS)(bytearray(data), rng)
    return bytes(data)


def _truncate(data: bytearray, rng: random.Random) -> bytearray:
    return data[: rng.randrange(len(data) + 1)]


def _flip(data: bytearray, rng: random.Random) -> bytearray:
    for _ in range(rng.randint(1, 16)):
        if data:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return data


def _cut(data: bytearray, rng: random.Random) -> bytearray:
    start = rng.randrange(len(data) + 1)
    return data[:start] + data[start + rng.randint(1, 64) :]


def _copy(data: bytearray, rng: random.Random) -> bytearray:
    start = rng.randrange(len(data) + 1)
    chunk = data[start : start + rng.randint(1, 256)]
    at = rng.randrange(len(data) + 1)
    return data[:at] + chunk * rng.randint(1, 8) + data[at:]


def _insert(data: bytearray, rng: random.Random) -> bytearray:
    junk = rng.choice([b"\x00", BIDI.encode(), b"\xff\xfe", b'"', b"\r", b"=cmd|' /C calc'!A0"])
    at = rng.randrange(len(data) + 1)
    return data[:at] + junk * rng.randint(1, 40) + data[at:]


_MUTATIONS: list[Callable[[bytearray, random.Random], bytearray]] = [
    _truncate, _flip, _flip, _cut, _copy, _insert,
]  # fmt: skip


def mutate_members(data: bytes, rng: random.Random) -> bytes:
    """A zip whose members (one or more) are damaged, but which is itself a good zip."""
    members = zip_members(data)
    for name in rng.sample(sorted(members), k=rng.randint(1, min(2, len(members)))):
        members[name] = mutate(members[name], rng)
    return zip_of(members)


def huge_png(width: int = 50_000, height: int = 50_000) -> bytes:
    """A PNG whose header claims a huge picture; the data is tiny."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def deep_toml(depth: int) -> bytes:
    return ("a = " + "[" * depth + "]" * depth + "\n").encode()


def bomb_zip(cache: Path, members: dict[str, bytes], big_name: str) -> bytes:
    """`members` plus one member `big_name` of BOMB_BYTES zeros (packed once per cache)."""
    packed, crc = _packed_zeros(cache)
    source = zip_of({name: data for name, data in members.items() if name != big_name})
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(buffer, "w") as out:
        for info in old.infolist():
            out.writestr(info, old.read(info))
        info = zipfile.ZipInfo(big_name)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.file_size, info.compress_size, info.CRC = BOMB_BYTES, len(packed), crc
        assert out.fp is not None
        info.header_offset = out.fp.tell()
        out.fp.write(info.FileHeader(zip64=True))
        out.fp.write(packed)
        out.start_dir = out.fp.tell()
        out.filelist.append(info)
        out.NameToInfo[big_name] = info
        out._didModify = True
    return buffer.getvalue()


def _packed_zeros(cache: Path) -> tuple[bytes, int]:
    """Raw deflate of BOMB_BYTES zeros and their CRC, kept in `cache` (a few seconds once)."""
    target = cache / f"zeros-{BOMB_BYTES}.deflate"
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        block, left, parts, crc = b"\x00" * (1 << 20), BOMB_BYTES, [], 0
        while left:
            step = min(left, len(block))
            parts.append(packer.compress(block[:step]))
            crc = zlib.crc32(block[:step], crc)
            left -= step
        parts.append(packer.flush())
        temporary = target.with_suffix(f".{os.getpid()}")
        temporary.write_bytes(struct.pack(">I", crc) + b"".join(parts))
        os.replace(temporary, target)
    data = target.read_bytes()
    return data[4:], struct.unpack(">I", data[:4])[0]
