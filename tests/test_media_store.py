"""Media blobs in the database with each PC's media folder as a cache: puts at the same moment,
a damaged cached file, the start-up sync (one query when nothing is missing) and files from
before the blobs (schema 0008) that only one PC has."""

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, event, func, select

import deckbuilder
from vaktaal.app import Backend
from vaktaal.storage import media_store
from vaktaal.storage.database import HEAD_REVISION, alembic_config, current_revision
from vaktaal.storage.media_store import MediaMissing, MediaStore, sha256_of, sync_media
from vaktaal.storage.tables import MediaBlobRow

pytestmark = pytest.mark.both_databases

Make = Callable[..., Backend]


@pytest.fixture
def two_pcs(make_services: Make) -> tuple[Backend, Backend]:
    pc1 = make_services("pc1")
    pc2 = make_services("pc2", env={**os.environ, "VAKTAAL_DATABASE_URL": pc1.paths.database_url})
    return pc1, pc2


def blobs(engine: Engine) -> dict[str, bytes]:
    with engine.connect() as connection:
        query = select(MediaBlobRow.sha256, MediaBlobRow.data)
        return {sha256: bytes(data) for sha256, data in connection.execute(query)}


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_two_pcs_putting_the_same_bytes_at_once_both_succeed(
    two_pcs: tuple[Backend, Backend], monkeypatch: pytest.MonkeyPatch
) -> None:
    pc1, pc2 = two_pcs
    monkeypatch.setattr(media_store, "_stored", lambda *_: set())  # both try to insert
    data = b"dezelfde foto" * 1000
    together = threading.Barrier(2)
    results: list[str] = []
    errors: list[BaseException] = []

    def put(store: MediaStore) -> None:
        together.wait()
        try:
            results.append(store.put(data))
        except BaseException as error:  # noqa: BLE001 - reported by the assert below
            errors.append(error)

    threads = [threading.Thread(target=put, args=(pc.decks.media,)) for pc in two_pcs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert results == [sha256_of(data)] * 2
    assert blobs(pc1.engine) == {sha256_of(data): data}
    assert pc2.decks.media.put(data) == sha256_of(data)  # again: nothing changes
    with pc1.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(MediaBlobRow)) == 1


def test_a_damaged_cached_file_is_fetched_again(two_pcs: tuple[Backend, Backend]) -> None:
    pc1, pc2 = two_pcs
    data = deckbuilder.tiny_png()
    sha256 = pc1.decks.media.put(data)
    assert pc2.decks.media.get(sha256) == data  # fetched into PC 2's cache
    cached = pc2.decks.media.cache.file_for(sha256)
    assert cached.read_bytes() == data
    cached.write_bytes(b"other bytes")

    assert pc2.decks.media.get(sha256) == data
    assert MediaStore(pc2.engine, pc2.paths.media_dir).path_for(sha256) == cached
    assert cached.read_bytes() == data


def test_media_that_is_nowhere(two_pcs: tuple[Backend, Backend]) -> None:
    _pc1, pc2 = two_pcs
    nowhere = sha256_of(b"never stored")
    assert pc2.decks.media.path_for(nowhere) is None
    with pytest.raises(MediaMissing):
        pc2.decks.media.get(nowhere)


def test_discard_deletes_the_blob_and_the_cached_file(two_pcs: tuple[Backend, Backend]) -> None:
    pc1, pc2 = two_pcs
    sha256 = pc1.decks.media.put(b"stem van Amal")
    pc2.decks.media.discard(sha256)
    assert blobs(pc1.engine) == {}
    assert not pc2.decks.media.cache.file_for(sha256).exists()
    assert pc1.decks.media.cache.file_for(sha256).exists()  # until PC 1 starts again


def test_sync_is_one_query_when_nothing_is_missing(
    make_services: Make, deck_dir: Path, import_deck: Any
) -> None:
    pc1 = make_services("pc1")
    import_deck(pc1, deck_dir)
    with statements(pc1.engine) as seen:
        assert sync_media(pc1.engine, pc1.paths.media_dir) == (0, 0)
    assert len(seen) == 1

    pc2 = make_services("pc2", env={**os.environ, "VAKTAAL_DATABASE_URL": pc1.paths.database_url})
    file = pc2.decks.media.cache.file_for(sha256_of(deckbuilder.tiny_wav()))
    file.unlink()
    assert sync_media(pc2.engine, pc2.paths.media_dir) == (0, 1)
    assert file.read_bytes() == deckbuilder.tiny_wav()


def test_files_from_before_the_blobs_are_uploaded_by_the_pc_that_has_them(
    make_services: Make, deck_dir: Path, import_deck: Any
) -> None:
    pc1 = make_services("pc1")
    import_deck(pc1, deck_dir)
    back_to_0008(pc1.engine)  # a database of schema 0008: the files are only on PC 1's disk
    (pc1.paths.media_dir / "ab").mkdir()
    (pc1.paths.media_dir / "ab" / ("ab" + "0" * 62)).write_bytes(b"unused, from long ago")
    upgrade_to_head(pc1.engine)
    assert blobs(pc1.engine) == {}

    assert sync_media(pc1.engine, pc1.paths.media_dir) == (4, 0)
    media = deckbuilder.valid_media().values()
    assert blobs(pc1.engine) == {sha256_of(data): data for data in media}
    assert (pc1.paths.media_dir / "ab" / ("ab" + "0" * 62)).exists()  # not uploaded, kept

    pc2 = make_services("pc2", env={**os.environ, "VAKTAAL_DATABASE_URL": pc1.paths.database_url})
    loaded = pc2.services.decks.installed(deckbuilder.DECK_ID)
    assert loaded.media == deckbuilder.valid_media()


def back_to_0008(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    assert current_revision(engine) == "0008"


def upgrade_to_head(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert current_revision(engine) == HEAD_REVISION


def test_a_pc_connecting_to_another_database_keeps_its_own_files(
    make_services: Make, deck_dir: Path, import_deck: Any, tmp_path: Path
) -> None:
    """`vaktaal db connect` before `db copy-from-sqlite`: the files of the PC's own data stay."""
    alone = make_services("alone", env={**os.environ, "VAKTAAL_DATABASE_URL": ""})
    import_deck(alone, deck_dir)
    own = set(alone.decks.media.cache.folder.rglob("*"))
    server = make_services("server")
    make_services("alone", env={**os.environ, "VAKTAAL_DATABASE_URL": server.paths.database_url})
    assert set(alone.decks.media.cache.folder.rglob("*")) == own
    assert blobs(server.engine) == {}
