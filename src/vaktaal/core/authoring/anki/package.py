"""An Anki package (.apkg, or a whole collection as .colpkg) opened safely and bounded.

An .apkg is a zip with the collection database (SQLite), a `media` list and the media files
named 0, 1, 2, ... Up to Anki 2.1.49 the collection is `collection.anki21` or
`collection.anki2` (schema 11) and the list is JSON (member -> file name). Anki 2.1.50+
writes `collection.anki21b` (zstd, schema 18), the list as zstd protobuf, and each media
file zstd-compressed; a `collection.anki2` beside it only says "update Anki".
Every member is read with a cap, so no package can take more than about 1 GB of memory.
"""

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from vaktaal.core.authoring.anki.members import Broken, TooLarge, media_entries, read_member
from vaktaal.core.deckformat.sources import MAX_FILES, MAX_UNPACKED_BYTES
from vaktaal.core.deckformat.sources import is_safe_member as is_safe_path
from vaktaal.core.i18n import _
from vaktaal.core.problems import DeckProblems, Problem

NEWER_COLLECTION = "collection.anki21b"
COLLECTIONS = ("collection.anki21", "collection.anki2")  # legacy: the first one present
MEDIA_MAP = "media"
MAX_COLLECTION_BYTES = 160 * 1024**2  # unpacked; held up to 3 times while it is read
MAX_MEDIA_LIST_BYTES = 16 * 1024**2
MAX_MEDIA_FILE_BYTES = 64 * 1024**2
MAX_MEDIA_BYTES = 384 * 1024**2  # all media files one import reads
OPEN_ERRORS = (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError)


@dataclass
class AnkiPackage:
    label: str
    collection: bytes
    media: dict[str, str]  # file name as the notes use it -> zip member
    bundle: zipfile.ZipFile
    compressed_media: bool = False  # Anki 2.1.50+: each media file is zstd
    media_bytes: int = 0  # read so far

    def read_media(self, name: str) -> bytes | None:
        """The file's bytes; None when missing or broken; DeckProblems past the media cap."""
        member = self.media.get(name)
        if member is None:
            return None
        try:
            data = read_member(self.bundle, member, MAX_MEDIA_FILE_BYTES, self.compressed_media)
        except (Broken, TooLarge):
            return None
        self.media_bytes += len(data)
        if self.media_bytes > MAX_MEDIA_BYTES:
            message = _(
                "De plaatjes en geluiden in het pakket zijn samen te groot (meer dan 384 MB)."
            )
            raise refuse(self.label, message)
        return data


def refuse(label: str, message: str) -> DeckProblems:
    return DeckProblems([Problem(label, message)])


def open_apkg(path: Path) -> AnkiPackage:
    """The package, or DeckProblems saying in plain Dutch why it cannot be used."""
    label = str(path)
    if not path.is_file():
        raise refuse(label, _("Dit bestand bestaat niet. Kies een .apkg-bestand uit Anki."))
    try:
        bundle = zipfile.ZipFile(path)
        _check_limits(bundle, label)
    except OPEN_ERRORS:
        message = _("Dit is geen Anki-pakket: het is geen zip-bestand. Kies een .apkg uit Anki.")
        raise refuse(label, message) from None
    newer = NEWER_COLLECTION in bundle.namelist()
    collection = _collection(bundle, label, newer)
    return AnkiPackage(label, collection, _media_map(bundle, label, newer), bundle, newer)


def _check_limits(bundle: zipfile.ZipFile, label: str) -> None:
    infos = bundle.infolist()
    if len(infos) > MAX_FILES:
        raise refuse(label, _("Het pakket heeft te veel bestanden (meer dan 20.000)."))
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        message = _("Het pakket is uitgepakt groter dan {size} MB. Dat is te groot.")
        raise refuse(label, message.format(size=MAX_UNPACKED_BYTES // 1024**2))
    unsafe = [info.filename for info in infos if not is_safe_path(info.filename)]
    if unsafe:
        raise _outside(label, unsafe)


def _outside(label: str, names: list[str]) -> DeckProblems:
    message = _("Het pakket wil bestanden buiten zijn eigen map schrijven: {names}")
    return refuse(label, message.format(names=", ".join(names[:5])))


def _collection(bundle: zipfile.ZipFile, label: str, newer: bool) -> bytes:
    names = set(bundle.namelist())
    found = [NEWER_COLLECTION] if newer else [name for name in COLLECTIONS if name in names]
    if not found:
        raise refuse(label, _("In dit pakket staat geen Anki-verzameling (collection.anki2)."))
    try:
        return read_member(bundle, found[0], MAX_COLLECTION_BYTES, zstd=newer)
    except TooLarge:
        message = _("De Anki-verzameling in het pakket is groter dan 160 MB. Dat is te groot.")
        raise refuse(label, message) from None
    except Broken:
        raise refuse(label, _("De Anki-verzameling in het pakket is kapot.")) from None


def _media_map(bundle: zipfile.ZipFile, label: str, newer: bool) -> dict[str, str]:
    """File name -> zip member; only plain file names that stay inside one folder."""
    if MEDIA_MAP not in bundle.namelist():
        return {}
    try:
        data = read_member(bundle, MEDIA_MAP, MAX_MEDIA_LIST_BYTES, zstd=newer)
        entries = media_entries(data) if newer else json.loads(data)
    except (Broken, TooLarge, ValueError, RecursionError):
        raise refuse(label, _("De lijst met plaatjes en geluid in het pakket is kapot.")) from None
    if not isinstance(entries, dict):
        raise refuse(label, _("De lijst met plaatjes en geluid in het pakket is kapot."))
    unsafe = [str(name) for name in entries.values() if not _is_plain_name(name)]
    if unsafe:
        raise _outside(label, unsafe)
    present = set(bundle.namelist())
    return {name: member for member, name in entries.items() if member in present}


def _is_plain_name(name: object) -> bool:
    """A file name without folders: Anki keeps all media in one folder."""
    return (
        isinstance(name, str)
        and is_safe_path(name)
        and len(PurePosixPath(name.replace("\\", "/")).parts) == 1
        and not name.startswith(".")
    )
