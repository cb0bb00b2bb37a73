"""An Anki package (.apkg) opened safely: its collection database and its media files.

An .apkg is a zip with `collection.anki21` or `collection.anki2` (SQLite, schema 11), a
`media` file (JSON: zip member number -> file name) and the media files named 0, 1, 2, ...
Newer Anki writes `collection.anki21b` (zstd) instead; we ask for the older form then.
"""

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from vaktaal.core.deckformat.sources import MAX_FILES, MAX_UNPACKED_BYTES, READ_ERRORS
from vaktaal.core.deckformat.sources import is_safe_member as is_safe_path
from vaktaal.core.i18n import _
from vaktaal.core.problems import DeckProblems, Problem

COLLECTIONS = ("collection.anki21", "collection.anki2")  # the first one present is used
NEWER_COLLECTION = "collection.anki21b"
MEDIA_MAP = "media"


@dataclass
class AnkiPackage:
    label: str
    collection: bytes
    media: dict[str, str]  # file name as the notes use it -> zip member
    bundle: zipfile.ZipFile

    def read_media(self, name: str) -> bytes | None:
        member = self.media.get(name)
        if member is None:
            return None
        try:
            return self.bundle.read(member)
        except READ_ERRORS:
            return None


def refuse(label: str, message: str) -> DeckProblems:
    return DeckProblems([Problem(label, message)])


def open_apkg(path: Path) -> AnkiPackage:
    """The package, or DeckProblems saying in plain Dutch why it cannot be used."""
    label = str(path)
    if not path.is_file():
        raise refuse(label, _("Dit bestand bestaat niet. Kies een .apkg-bestand uit Anki."))
    try:
        bundle = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        message = _("Dit is geen Anki-pakket: het is geen zip-bestand. Kies een .apkg uit Anki.")
        raise refuse(label, message) from None
    _check_limits(bundle, label)
    return AnkiPackage(label, _collection(bundle, label), _media_map(bundle, label), bundle)


def _check_limits(bundle: zipfile.ZipFile, label: str) -> None:
    infos = bundle.infolist()
    if len(infos) > MAX_FILES:
        raise refuse(label, _("Het pakket heeft te veel bestanden (meer dan 20.000)."))
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise refuse(label, _("Het pakket is uitgepakt groter dan 2 GB. Dat is te groot."))
    unsafe = [info.filename for info in infos if not is_safe_path(info.filename)]
    if unsafe:
        raise _outside(label, unsafe)


def _outside(label: str, names: list[str]) -> DeckProblems:
    message = _("Het pakket wil bestanden buiten zijn eigen map schrijven: {names}")
    return refuse(label, message.format(names=", ".join(names[:5])))


def _collection(bundle: zipfile.ZipFile, label: str) -> bytes:
    names = set(bundle.namelist())
    if COLLECTIONS[0] not in names and NEWER_COLLECTION in names:
        message = _(
            "Dit pakket is gemaakt met een nieuwe Anki-versie. Exporteer het in Anki opnieuw, "
            "met 'Ondersteuning voor oudere Anki-versies' aangevinkt."
        )
        raise refuse(label, message)
    for name in COLLECTIONS:
        if name in names:
            try:
                return bundle.read(name)
            except READ_ERRORS:
                raise refuse(label, _("De Anki-verzameling in het pakket is kapot.")) from None
    raise refuse(label, _("In dit pakket staat geen Anki-verzameling (collection.anki2)."))


def _media_map(bundle: zipfile.ZipFile, label: str) -> dict[str, str]:
    """File name -> zip member; only plain file names that stay inside one folder."""
    if MEDIA_MAP not in bundle.namelist():
        return {}
    try:
        entries = json.loads(bundle.read(MEDIA_MAP))
    except (*READ_ERRORS, ValueError):
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
