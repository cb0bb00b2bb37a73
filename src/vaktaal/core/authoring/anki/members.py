"""Bounded reading of an Anki package's zip members: plain, or zstd as Anki 2.1.50+ writes them.

A member is read in chunks and given up on past its cap, whatever size the zip claims, so a
small zip cannot unpack into gigabytes. The newer media list is protobuf `MediaEntries`:
repeated entry (1) { name (1): string, size (2): uint32, sha1 (3): bytes,
legacy_zip_filename (255): uint32 }; it is small, so it is read here by hand.
"""

import io
import zipfile
from typing import IO

import zstandard

CHUNK = 1024 * 1024
ZSTD_ERRORS = (zstandard.ZstdError, ValueError, EOFError, OSError)


class TooLarge(Exception):
    """The member unpacks to more than its cap."""


class Broken(Exception):
    """The member cannot be read or unpacked."""


def read_capped(stream: IO[bytes], cap: int) -> bytes:
    """All bytes of `stream`, or TooLarge as soon as there are more than `cap`."""
    parts, total = [], 0
    while chunk := stream.read(min(CHUNK, cap + 1 - total)):
        parts.append(chunk)
        total += len(chunk)
        if total > cap:
            raise TooLarge
    return b"".join(parts)


def read_member(bundle: zipfile.ZipFile, name: str, cap: int, zstd: bool = False) -> bytes:
    """The member's bytes (unpacked from zstd when `zstd`), at most `cap` of them."""
    try:
        with bundle.open(name) as stream:
            data = read_capped(stream, cap)
        return unzstd(data, cap) if zstd else data
    except TooLarge:
        raise
    except (*ZSTD_ERRORS, KeyError, zipfile.BadZipFile, NotImplementedError, RuntimeError):
        raise Broken from None
    except Exception as error:  # zlib.error and others from a damaged zip
        raise Broken from error


def unzstd(data: bytes, cap: int) -> bytes:
    decompressor = zstandard.ZstdDecompressor()
    with decompressor.stream_reader(io.BytesIO(data)) as stream:
        return read_capped(stream, cap)


def media_entries(data: bytes) -> dict[str, str]:
    """Zip member -> file name, from the protobuf media list."""
    entries: dict[str, str] = {}
    for index, (number, value) in enumerate(_fields(data)):
        if number != 1 or not isinstance(value, bytes):
            raise Broken
        name, member = "", str(index)
        for inner, part in _fields(value):
            if inner == 1 and isinstance(part, bytes):
                name = part.decode("utf-8")
            elif inner == 255 and isinstance(part, int):
                member = str(part)
        entries[member] = name
    return entries


def _fields(data: bytes) -> list[tuple[int, bytes | int]]:
    """(field number, value) of one protobuf message: varints as int, length-delimited as bytes."""
    fields: list[tuple[int, bytes | int]] = []
    position = 0
    while position < len(data):
        key, position = _varint(data, position)
        number, wire = key >> 3, key & 7
        value: bytes | int
        if wire == 0:
            value, position = _varint(data, position)
        elif wire == 2:
            length, position = _varint(data, position)
            value, position = data[position : position + length], position + length
            if position > len(data):
                raise Broken
        else:
            raise Broken
        fields.append((number, value))
    return fields


def _varint(data: bytes, position: int) -> tuple[int, int]:
    result, shift = 0, 0
    while position < len(data) and shift < 64:
        byte = data[position]
        result |= (byte & 0x7F) << shift
        position, shift = position + 1, shift + 7
        if not byte & 0x80:
            return result, position
    raise Broken
