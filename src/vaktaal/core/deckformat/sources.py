"""Where a deck's files come from: a folder on disk or a .vaktaal zip, read safely."""

import os
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Protocol

from vaktaal.core.i18n import _
from vaktaal.core.problems import DeckProblems, Problem

MANIFEST = "deck.toml"
MAX_FILES = 20_000
READ_ERRORS = (
    OSError, KeyError, zipfile.BadZipFile, zlib.error, EOFError,
    NotImplementedError,  # a compression method or zip version Python cannot unpack
    RuntimeError,  # an encrypted member
    ValueError,
)  # fmt: skip
MAX_UNPACKED_BYTES = 300 * 1024**2  # all of a deck's files: they are held in memory
MAX_FILE_BYTES = 100 * 1024**2  # one picture, sound or text file


class DeckSource(Protocol):
    label: str

    def manifest(self) -> bytes: ...
    def has(self, path: str) -> bool: ...
    def read(self, path: str) -> bytes: ...


def is_safe_member(path: str) -> bool:
    """A relative path that stays inside the deck folder."""
    pure = PurePosixPath(path.replace("\\", "/"))
    return bool(path) and not pure.is_absolute() and ".." not in pure.parts and ":" not in path


class FolderSource:
    """A deck folder; links (symlinks) inside it are never followed: they are not in it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.label = str(root / MANIFEST)
        self._read_bytes = 0

    def manifest(self) -> bytes:
        return self.read(MANIFEST)

    def has(self, path: str) -> bool:
        return is_safe_member(path) and self._no_link(path) and (self.root / path).is_file()

    def read(self, path: str) -> bytes:
        if not (is_safe_member(path) and self._no_link(path)):
            raise FileNotFoundError(path)
        with (self.root / path).open("rb") as file:
            size = _file_size(file.fileno())
            self._read_bytes += size
            _check_sizes(path, size, self._read_bytes, self.root)
            return file.read()

    def names_in(self, folder: str) -> list[str]:
        """The files directly inside `folder` of the deck, as deck paths."""
        if not self._no_link(folder):
            return []
        found = (self.root / folder).glob("*")
        return sorted(
            f"{folder}/{path.name}" for path in found if not path.is_symlink() and path.is_file()
        )

    def _no_link(self, path: str) -> bool:
        """No part of `path`, below the deck's folder, is a link."""
        place = self.root
        for part in PurePosixPath(path.replace("\\", "/")).parts:
            place = place / part
            if place.is_symlink():
                return False
        return True


def _file_size(descriptor: int) -> int:
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode):
        raise FileNotFoundError(descriptor)
    return info.st_size


def _check_sizes(path: str, size: int, total: int, deck: Path) -> None:
    if size > MAX_FILE_BYTES:
        message = _("Het bestand '{path}' is groter dan 100 MB. Dat is te groot.")
        raise _refuse(deck, message.format(path=path))
    if total > MAX_UNPACKED_BYTES:
        raise _refuse(deck, _("De bestanden van het pakket zijn samen groter dan 300 MB."))


class ZipSource:
    def __init__(self, archive: Path) -> None:
        self.label = f"{archive}:{MANIFEST}"
        self._zip = _open_zip(archive)
        self._prefix = _find_prefix(self._zip, archive)
        self._names = {name[len(self._prefix) :] for name in self._zip.namelist()}

    def manifest(self) -> bytes:
        return self.read(MANIFEST)

    def has(self, path: str) -> bool:
        return is_safe_member(path) and path in self._names

    def read(self, path: str) -> bytes:
        return self._zip.read(self._prefix + path)

    def names_in(self, folder: str) -> list[str]:
        """The files directly inside `folder` of the deck, as deck paths."""
        prefix = folder + "/"
        return sorted(
            name
            for name in self._names
            if name.startswith(prefix) and "/" not in name[len(prefix) :]
        )


def open_source(path: Path) -> DeckSource:
    if path.is_dir():
        if (path / MANIFEST).is_symlink():
            message = _(
                "deck.toml is een link naar een ander bestand. Zet het bestand zelf in de map."
            )
            raise _refuse(path, message)
        if not (path / MANIFEST).is_file():
            raise _refuse(
                path, _("Deze map heeft geen bestand deck.toml. Kies de map van een pakket.")
            )
        return FolderSource(path)
    if path.is_file():
        return ZipSource(path)
    raise _refuse(path, _("Dit bestand of deze map bestaat niet."))


def _refuse(path: Path, message: str) -> DeckProblems:
    return DeckProblems([Problem(str(path), message)])


def _open_zip(archive: Path) -> zipfile.ZipFile:
    try:
        bundle = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, NotImplementedError, ValueError, EOFError):
        raise _refuse(
            archive, _("Dit is geen .vaktaal-pakket (geen geldig zip-bestand).")
        ) from None
    _check_zip_limits(bundle, archive)
    return bundle


def _check_zip_limits(bundle: zipfile.ZipFile, archive: Path) -> None:
    infos = bundle.infolist()
    if len(infos) > MAX_FILES:
        raise _refuse(archive, _("Het pakket heeft te veel bestanden (meer dan 20.000)."))
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise _refuse(archive, _("Het pakket is uitgepakt groter dan 300 MB. Dat is te groot."))
    big = [info.filename for info in infos if info.file_size > MAX_FILE_BYTES]
    if big:
        message = _("Het bestand '{path}' is groter dan 100 MB. Dat is te groot.")
        raise _refuse(archive, message.format(path=big[0]))
    links = [info.filename for info in infos if stat.S_ISLNK(info.external_attr >> 16)]
    if links:
        message = _("Het pakket bevat een link naar een ander bestand: {names}. Dat mag niet.")
        raise _refuse(archive, message.format(names=", ".join(links[:5])))
    unsafe = [info.filename for info in infos if not is_safe_member(info.filename)]
    if unsafe:
        message = _("Het pakket wil bestanden buiten zijn eigen map schrijven: {names}")
        raise _refuse(archive, message.format(names=", ".join(unsafe[:5])))


def _find_prefix(bundle: zipfile.ZipFile, archive: Path) -> str:
    """deck.toml at the top of the zip, or inside its one top-level folder."""
    names = bundle.namelist()
    if MANIFEST in names:
        return ""
    nested = [name for name in names if name.count("/") == 1 and name.endswith("/" + MANIFEST)]
    if len(nested) == 1:
        return nested[0][: -len(MANIFEST)]
    raise _refuse(archive, _("In dit pakket staat geen deck.toml."))
