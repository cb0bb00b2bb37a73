"""Decks as spreadsheets: CSV as Dutch Excel writes it, and XLSX. No Qt here.

Import: `read_spreadsheet` -> Sheet; `guess_mapping(sheet.headers)` -> which column is which
field; `prepare_import(sheet, mapping, target, library)` -> ImportPlan with every row error,
or a LoadedDeck that DeckStore.import_deck takes as a whole, plus the warnings (skipped empty
rows, merged duplicates) and a preview of the first terms. Export: `export_deck`,
`write_template`. See docs/spreadsheets.md.
"""

from vaktaal.core.authoring.spreadsheet.building import (
    DEFAULT_PICTOGRAM,
    DeckTarget,
    ImportPlan,
    prepare_import,
)
from vaktaal.core.authoring.spreadsheet.columns import (
    FIELDS,
    Mapping,
    Target,
    gloss,
    gloss_code,
    guess_mapping,
    target_label,
)
from vaktaal.core.authoring.spreadsheet.files import (
    export_deck,
    read_spreadsheet,
    write_table,
    write_template,
)
from vaktaal.core.authoring.spreadsheet.preview import PreviewRow
from vaktaal.core.authoring.spreadsheet.sheet import RowError, Sheet, SheetRow
from vaktaal.core.authoring.spreadsheet.targets import (
    NewDeckInfo,
    deck_id_for,
    new_deck,
    update_deck,
)

__all__ = [
    "DEFAULT_PICTOGRAM",
    "FIELDS",
    "DeckTarget",
    "ImportPlan",
    "Mapping",
    "NewDeckInfo",
    "PreviewRow",
    "RowError",
    "Sheet",
    "SheetRow",
    "Target",
    "deck_id_for",
    "export_deck",
    "gloss",
    "gloss_code",
    "guess_mapping",
    "new_deck",
    "prepare_import",
    "read_spreadsheet",
    "target_label",
    "update_deck",
    "write_table",
    "write_template",
]
