"""Packages made by Anki itself (the `anki` package, a dev dependency): ImportError without it."""

import tempfile
from pathlib import Path

from anki.collection import (
    AddNoteRequest,
    Collection,
    DeckIdLimit,
    ExportAnkiPackageOptions,
)


def anki_package(
    path: Path,
    type_name: str,
    fields: list[str],
    rows: list[list[str]],
    media: dict[str, bytes],
    legacy: bool = False,
    deck: str = "Groot magazijn",
) -> Path:
    """An .apkg of `rows` (one note each) as Anki exports it; legacy=False: collection.anki21b."""
    with tempfile.TemporaryDirectory() as folder:
        col = Collection(str(Path(folder) / "collection.anki2"))
        try:
            deck_id = col.decks.id(deck)
            assert deck_id is not None
            note_type = _note_type(col, type_name, fields)
            for name, data in media.items():
                col.media.write_data(name, data)
            requests = []
            for row in rows:
                note = col.new_note(note_type)
                for name, value in zip(fields, row, strict=True):
                    note[name] = value
                requests.append(AddNoteRequest(note, deck_id))
            col.add_notes(requests)
            options = ExportAnkiPackageOptions(
                with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy
            )
            col.export_anki_package(out_path=str(path), options=options, limit=DeckIdLimit(deck_id))
        finally:
            col.close()
    return path


def collection_package(path: Path, rows: list[list[str]], legacy: bool = False) -> Path:
    """A .colpkg (the whole collection) of Basic notes."""
    with tempfile.TemporaryDirectory() as folder:
        col = Collection(str(Path(folder) / "collection.anki2"))
        basic = col.models.by_name("Basic")
        assert basic is not None
        deck_id = col.decks.id("Bouw")
        assert deck_id is not None
        for front, back in rows:
            note = col.new_note(basic)
            note["Front"], note["Back"] = front, back
            col.add_note(note, deck_id)
        col.export_collection_package(str(path), include_media=True, legacy=legacy)
        col.close(downgrade=False)
    return path


def _note_type(col: Collection, name: str, fields: list[str]) -> dict:  # type: ignore[type-arg]
    models = col.models
    note_type = models.new(name)
    for field_name in fields:
        models.add_field(note_type, models.new_field(field_name))
    template = models.new_template("Kaart 1")
    template["qfmt"] = "{{" + fields[0] + "}}"
    template["afmt"] = "{{FrontSide}}<hr>{{" + fields[-1] + "}}"
    models.add_template(note_type, template)
    models.add(note_type)
    return note_type
