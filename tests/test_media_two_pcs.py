"""Two PCs share one database, each with its own data folder: media imported or recorded on
one PC are exported, practised, printed and played on the other, which never saw them."""

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import deckbuilder
from vaktaal.app import Backend
from vaktaal.core.deckformat import load_deck
from vaktaal.core.pictograms import STORED
from vaktaal.storage.media_store import sha256_of
from vaktaal.storage.recordings import deck_voices, pcm_to_wav
from vaktaal.storage.tables import MediaBlobRow
from vaktaal.usecases.printing import PrintRequest

pytestmark = pytest.mark.both_databases

DECK = deckbuilder.DECK_ID
Make = Callable[..., Backend]


@pytest.fixture
def two_pcs(make_services: Make) -> tuple[Backend, Backend]:
    """PC 2 starts before PC 1 imports anything: its media folder stays empty until asked."""
    pc1 = make_services("pc1")
    shared = {**os.environ, "VAKTAAL_DATABASE_URL": pc1.paths.database_url}
    pc2 = make_services("pc2", env=shared)
    return pc1, pc2


def cached(backend: Backend) -> set[str]:
    return {path.name for path in backend.paths.media_dir.rglob("*") if path.is_file()}


def empty_cache(backend: Backend) -> None:
    for path in backend.paths.media_dir.rglob("*"):
        if path.is_file():
            path.unlink()


def blob_count(backend: Backend, sha256: str) -> int:
    query = select(func.count()).where(MediaBlobRow.sha256 == sha256)
    with backend.engine.connect() as connection:
        return int(connection.scalar(query) or 0)


def test_a_deck_from_pc1_is_exported_practised_and_printed_on_pc2(
    qapp: Any, two_pcs: tuple[Backend, Backend], deck_dir: Path, import_deck: Any, tmp_path: Path
) -> None:  # qapp: printing needs the (offscreen) QApplication made first
    pc1, pc2 = two_pcs
    import_deck(pc1, deck_dir)
    assert cached(pc2) == set()

    learner = pc2.services.learners.add("Amal", ["ar"])
    items = pc2.practice_store.pools([DECK])[DECK]
    heftruck = next(item.term for item in items if item.term.id == "heftruck")
    assert heftruck.pictogram.startswith(STORED) and heftruck.audio is not None
    picture, sound = pc2.library.file_for(heftruck.pictogram), pc2.library.file_for(heftruck.audio)
    assert picture is not None and picture.read_bytes() == deckbuilder.tiny_png()
    assert sound is not None and sound.read_bytes() == deckbuilder.tiny_wav()
    session = pc2.practice.start_session(learner.id, DECK)
    for exercise in session.exercises:
        pictogram = exercise.item.term.pictogram
        assert not pictogram.startswith(STORED) or pc2.library.file_for(pictogram) is not None

    empty_cache(pc2)  # the export reads from the database too
    out = tmp_path / "export.vaktaal"
    pc2.services.decks.export_installed(DECK, out, with_audio=False)
    exported = load_deck(out, pc2.library)
    for name, data in deckbuilder.valid_media().items():
        assert exported.media[name] == data

    empty_cache(pc2)  # and so does printing
    pdf = tmp_path / "handboek.pdf"
    assert pc2.services.printing.print_pdf(DECK, PrintRequest(), pdf) >= 1
    assert pdf.stat().st_size > 0


def test_a_recording_made_on_pc1_plays_on_pc2_and_deleting_it_there_removes_it_everywhere(
    make_services: Make, two_pcs: tuple[Backend, Backend], deck_dir: Path, import_deck: Any
) -> None:
    pc1, pc2 = two_pcs
    import_deck(pc1, deck_dir)
    take = pcm_to_wav(bytes(range(256)) * 64, 16_000)
    pc1.services.recordings.attach(DECK, "helm", take, ".wav")
    sha256 = sha256_of(take)
    assert blob_count(pc1, sha256) == 1
    assert sha256 in cached(pc1) and sha256 not in cached(pc2)

    helm = next(t for t in deck_voices(pc2.engine, DECK).terms if t.term_id == "helm")
    assert helm.own and helm.audio == f"{STORED}{sha256}"
    played = pc2.audio.audio_for(helm.display, helm.audio)
    assert played is not None and played.source == "recording" and played.data == take

    pc2.services.recordings.remove(DECK, "helm")
    assert blob_count(pc2, sha256) == 0
    assert sha256 not in cached(pc2)
    make_services("pc1", env={**os.environ, "VAKTAAL_DATABASE_URL": pc1.paths.database_url})
    assert blob_count(pc1, sha256) == 0  # PC 1's cached copy is not uploaded again


def test_pc2_starting_later_fetches_the_media_at_start_up(
    make_services: Make, deck_dir: Path, import_deck: Any
) -> None:
    pc1 = make_services("pc1")
    import_deck(pc1, deck_dir)
    shared = {**os.environ, "VAKTAAL_DATABASE_URL": pc1.paths.database_url}
    pc2 = make_services("pc2", env=shared)
    hashes = {sha256_of(data) for data in deckbuilder.valid_media().values()}
    assert cached(pc2) == hashes == cached(pc1)
