"""Anki packages (.apkg): import notes of any note type as a deck, export a deck for Anki."""

from vaktaal.core.authoring.anki.export import ExportSummary, export_apkg
from vaktaal.core.authoring.anki.importer import (
    AnkiImport,
    AnkiSource,
    ImportSettings,
    import_apkg,
    prepare_import,
    read_apkg,
)
from vaktaal.core.authoring.anki.mapping import ROLES, FieldMapping, guess_mapping, parse_map_option

__all__ = [
    "ROLES",
    "AnkiImport",
    "AnkiSource",
    "ExportSummary",
    "FieldMapping",
    "ImportSettings",
    "export_apkg",
    "guess_mapping",
    "import_apkg",
    "parse_map_option",
    "prepare_import",
    "read_apkg",
]
