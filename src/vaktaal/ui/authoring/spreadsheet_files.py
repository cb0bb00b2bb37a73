"""The spreadsheet work the dialogs hand to the TaskRunner, and export with a save dialog."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vaktaal.app import Services
from vaktaal.core.authoring.spreadsheet import (
    ImportPlan,
    Mapping,
    NewDeckInfo,
    RowError,
    Sheet,
    deck_id_for,
    export_deck,
    new_deck,
    prepare_import,
    update_deck,
    write_template,
)
from vaktaal.core.problems import DeckProblems

FILE_FILTER = "Excel / CSV (*.xlsx *.csv *.txt);;Excel (*.xlsx);;CSV (*.csv)"
SAVE_FILTER = "Excel (*.xlsx);;CSV (*.csv)"


def plan_import(
    services: Services, sheet: Sheet, mapping: Mapping, update_id: str | None, title: str
) -> ImportPlan:
    """Checks the sheet for an installed deck (`update_id`) or a new deck called `title`."""
    if update_id is not None:
        existing = services.decks.load(update_id)
        if existing is not None:
            return prepare_import(
                sheet, mapping, update_deck(existing, None, None), services.library
            )
    deck_id = deck_id_for(title or "pakket")
    if not title or services.decks.load(deck_id) is not None:
        message = QCoreApplication.translate(
            "SpreadsheetFiles",
            "Kies een andere naam voor het nieuwe pakket. Deze naam is al bezet of leeg.",
        )
        return ImportPlan(mapping, (RowError(None, None, message),), None)
    target = new_deck(deck_id, NewDeckInfo(title), None)
    return prepare_import(sheet, mapping, target, services.library)


def export_spreadsheet(parent: QWidget | None, services: Services, deck_id: str) -> Path | None:
    """Asks where, then writes the deck as .xlsx or .csv; the path, or None when cancelled."""
    loaded = services.decks.load(deck_id)
    if loaded is None:
        return None
    out = _ask_path(parent, loaded.deck.id)
    if out is None:
        return None
    return out if _write(parent, lambda: export_deck(loaded.deck, out)) else None


def save_template(parent: QWidget | None) -> Path | None:
    """Asks where, then writes the empty template with two example rows."""
    out = _ask_path(parent, "vaktaal-sjabloon")
    if out is None:
        return None
    return out if _write(parent, lambda: write_template(out)) else None


def _ask_path(parent: QWidget | None, name: str) -> Path | None:
    chosen, kind = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SpreadsheetFiles", "Opslaan als"),
        f"{name}.xlsx",
        SAVE_FILTER,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in kind.lower() else ".xlsx")
    return path


def _write(parent: QWidget | None, write: Callable[[], None]) -> bool:
    try:
        write()
    except (DeckProblems, OSError) as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("SpreadsheetFiles", "Niet opgeslagen"),
            _message(error),
        )
        return False
    return True


def _message(error: Exception) -> str:
    if isinstance(error, DeckProblems):
        return "\n".join(problem.message for problem in error.problems)
    return QCoreApplication.translate(
        "SpreadsheetFiles", "Het bestand kon niet worden opgeslagen. Kies een andere map."
    )
