"""Deck media and own recordings, stored once by their SHA-256 (the same picture is kept once).

The bytes live in the database (`media_blobs`), so every PC that shares it has them. Each
PC's media folder (`media/<sha[:2]>/<sha256>`) is a cache of them: the pictogram library and
the audio library read files there. `get` and `path_for` check a cached file against its
hash (`path_for` once per run) and fetch it again when it is missing or damaged; for the
screens, `ensure_cached` makes sure the files exist (practice_store.MediaRefs calls it on
the database lane, so a screen never needs the database to draw a picture).
"""

import hashlib
import logging
import weakref
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from sqlalchemy import Connection, Engine, Select, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

from vaktaal.core.files import write_atomically
from vaktaal.storage.tables import DeckMediaRow, MediaBlobRow

log = logging.getLogger(__name__)

_FETCH_BATCH = 20  # blobs per query when the cache is filled: a few MB at most in memory


class MediaMissing(LookupError):
    """A media file that is neither in the cache of this PC nor in the database."""


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class MediaCache:
    """The media folder of one PC: files named by their SHA-256."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def file_for(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.file_for(sha256).is_file()

    def read(self, sha256: str) -> bytes | None:
        """The cached bytes when they match their hash; None when missing or damaged."""
        try:
            data = self.file_for(sha256).read_bytes()
        except FileNotFoundError:
            return None
        if sha256_of(data) != sha256:
            log.warning("media file %s does not match its hash", sha256)
            return None
        return data

    def write(self, sha256: str, data: bytes) -> None:
        target = self.file_for(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)

    def remove(self, sha256: str) -> None:
        self.file_for(sha256).unlink(missing_ok=True)


class MediaStore:
    """Blobs in the database, with this PC's media folder as their cache."""

    def __init__(self, engine: Engine, cache_folder: Path) -> None:
        self.engine = engine
        self.cache = MediaCache(cache_folder)
        self._checked: set[str] = set()  # cached files compared with their hash this run
        self._present: set[str] = set()  # cached files seen to exist this run
        _stores[engine] = self  # what MediaRefs (which sees only a session) fills the cache with

    @property
    def folder(self) -> Path:
        return self.cache.folder

    def put(self, data: bytes) -> str:
        """Store the bytes (once, even when two PCs put them at the same time); their hash."""
        return self.put_all({"": data})[""]

    def put_all(self, files: Mapping[str, bytes]) -> dict[str, str]:
        """Store each file's bytes (one transaction, only those the database lacks); the hash
        of each file, by the same key."""
        hashes = {key: sha256_of(data) for key, data in files.items()}
        blobs = {hashes[key]: data for key, data in files.items()}
        with self.engine.begin() as connection:
            stored = _stored(connection, list(blobs))
            new = sorted(sha for sha in blobs if sha not in stored)  # one order: no deadlock
            if new:
                connection.execute(_insert_once(connection), [_row(sha, blobs[sha]) for sha in new])
        for sha256, data in blobs.items():
            if not self.cache.has(sha256):
                self.cache.write(sha256, data)
                self._checked.add(sha256)
        self._present.update(blobs)
        return hashes

    def get(self, sha256: str) -> bytes:
        """The bytes, from the cache or else the database; MediaMissing when nowhere."""
        data = self.cache.read(sha256)
        return data if data is not None else self._fetch(sha256)

    def path_for(self, sha256: str) -> Path | None:
        """A cached file that exists and is right (fetched when needed); None when nowhere."""
        target = self.cache.file_for(sha256)
        if sha256 in self._checked and target.is_file():
            return target
        try:
            if self.cache.read(sha256) is None:
                self._fetch(sha256)
        except MediaMissing:
            log.warning("media file %s is not in the database", sha256)
            return None
        self._checked.add(sha256)
        return target

    def ensure_cached(self, hashes: Iterable[str]) -> None:
        """Fetch the files this PC lacks, a few per query (the UI then finds them on disk).
        A file seen once this run is not looked at again."""
        unseen = set(hashes) - self._present
        missing = [sha for sha in unseen if not self.cache.has(sha)]
        self._present.update(unseen.difference(missing))
        if missing:
            fetched = _download(self.engine, self.cache, missing)
            self._present.update(fetched)
            self._checked.update(fetched)

    def discard(self, sha256: str) -> None:
        """Delete blob and cached file; the caller made sure no deck refers to it any more."""
        with self.engine.begin() as connection:
            connection.execute(delete(MediaBlobRow).where(MediaBlobRow.sha256 == sha256))
        self.cache.remove(sha256)
        self._checked.discard(sha256)
        self._present.discard(sha256)

    def _fetch(self, sha256: str) -> bytes:
        with self.engine.connect() as connection:
            data = connection.scalar(select(MediaBlobRow.data).where(MediaBlobRow.sha256 == sha256))
        if data is None or sha256_of(data) != sha256:
            raise MediaMissing(sha256)
        self.cache.write(sha256, data)
        self._present.add(sha256)
        return bytes(data)


_stores: "weakref.WeakKeyDictionary[Engine, MediaStore]" = weakref.WeakKeyDictionary()


def media_store_of(engine: object) -> MediaStore | None:
    """The media store on this engine, if one was made (an app always makes one)."""
    return _stores.get(engine) if isinstance(engine, Engine) else None


def sync_media(engine: Engine, media_dir: Path) -> tuple[int, int]:
    """Upload the files of this PC that the database refers to but has no blob of (data from
    before blobs, or from this PC only); download the blobs this PC lacks. One query when
    nothing is missing. Returns (uploaded, downloaded)."""
    cache = MediaCache(media_dir)
    with engine.connect() as connection:
        referred = {sha: bool(stored) for sha, stored in connection.execute(_referred_blobs())}
    no_blob = [sha for sha, stored in referred.items() if not stored]
    not_here = [sha for sha, stored in referred.items() if stored and not cache.has(sha)]
    uploaded = _upload(engine, cache, no_blob) if no_blob else 0
    downloaded = len(_download(engine, cache, not_here)) if not_here else 0
    if uploaded or downloaded:
        log.info("media: %d uploaded, %d downloaded", uploaded, downloaded)
    return uploaded, downloaded


def _referred_blobs() -> Select[str, bool]:
    """Every hash a deck refers to, and whether the database has its blob."""
    return (
        select(DeckMediaRow.sha256, MediaBlobRow.sha256.is_not(None))
        .outerjoin(MediaBlobRow, MediaBlobRow.sha256 == DeckMediaRow.sha256)
        .distinct()
    )


def _upload(engine: Engine, cache: MediaCache, hashes: list[str]) -> int:
    uploaded = 0
    for sha256 in hashes:
        data = cache.read(sha256)
        if data is None:
            log.warning("media file %s is neither in the database nor on this PC", sha256)
            continue
        with engine.begin() as connection:
            connection.execute(_insert_once(connection), [_row(sha256, data)])
        uploaded += 1
    return uploaded


def _download(engine: Engine, cache: MediaCache, hashes: list[str]) -> list[str]:
    """Write the blobs into the cache, a batch per query; the hashes written."""
    written = []
    for batch in _batches(hashes, _FETCH_BATCH):
        query = select(MediaBlobRow.sha256, MediaBlobRow.data).where(MediaBlobRow.sha256.in_(batch))
        with engine.connect() as connection:
            blobs = connection.execute(query).all()
        for sha256, data in blobs:
            if sha256_of(data) != sha256:
                log.warning("media blob %s in the database is damaged", sha256)
                continue
            cache.write(sha256, data)
            written.append(sha256)
    return written


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _stored(connection: Connection, hashes: list[str]) -> set[str]:
    """Which of these blobs the database has."""
    found: set[str] = set()
    for batch in _batches(hashes, 500):
        query = select(MediaBlobRow.sha256).where(MediaBlobRow.sha256.in_(batch))
        found.update(connection.scalars(query))
    return found


def _row(sha256: str, data: bytes) -> dict[str, object]:
    return {"sha256": sha256, "size": len(data), "data": data}


def _insert_once(connection: Connection) -> Insert:
    """An insert that does nothing when another PC stored the same bytes first."""
    name = connection.dialect.name
    if name == "postgresql":
        return postgresql.insert(MediaBlobRow).on_conflict_do_nothing()
    if name == "sqlite":
        return sqlite.insert(MediaBlobRow).on_conflict_do_nothing()
    return insert(MediaBlobRow)
