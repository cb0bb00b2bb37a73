"""Spreadsheets (CSV, Excel): read, check, import as a new or updated deck, export.

The rule for which deck a sheet goes into lives here only, for the app and the command line:
`ImportTarget.deck_id` names an installed deck to update (no such deck: a new deck with that
id); without it the sheet becomes a new deck called `title` (default: the file name), and
when that name's id is taken, `DeckNameTaken` says so; nothing is ever replaced by accident.
"""

from dataclasses import dataclass
from pathlib import Path

from vaktaal.core.authoring.spreadsheet import (
    DeckTarget,
    ImportPlan,
    Mapping,
    NewDeckInfo,
    Sheet,
    deck_id_for,
    export_deck,
    guess_mapping,
    new_deck,
    prepare_import,
    read_spreadsheet,
    update_deck,
    write_template,
)
from vaktaal.core.i18n import _
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.usecases.decks import Decks, ImportResult
from vaktaal.usecases.errors import UseCaseError

__all__ = [
    "DeckNameTaken",
    "ImportPlan",
    "ImportResult",
    "ImportTarget",
    "Mapping",
    "PlanNotReady",
    "Sheet",
    "Spreadsheets",
]


@dataclass(frozen=True)
class ImportTarget:
    """Where a sheet goes; the details are for a new deck only."""

    deck_id: str | None = None  # update this installed deck (or make a new one with this id)
    title: str | None = None  # a new deck's name (None or blank: the file name)
    languages: tuple[str, ...] | None = None  # None: every language column of the sheet
    organisation: str = NewDeckInfo.organisation
    level: str = NewDeckInfo.level
    author: str = NewDeckInfo.author


class DeckNameTaken(UseCaseError):
    """A new deck would get the id of an installed deck."""

    def __init__(self, deck_id: str) -> None:
        message = _(
            "Er is al een pakket met id '{id}'. Kies een andere naam voor het nieuwe pakket, "
            "of werk dat pakket bij."
        )
        super().__init__(message.format(id=deck_id))
        self.deck_id = deck_id


class PlanNotReady(UseCaseError):
    def __init__(self) -> None:
        super().__init__(_("Er zijn nog problemen. Er is niets geïmporteerd."))


class Spreadsheets:
    def __init__(self, decks: Decks, library: PictogramLibrary) -> None:
        self._decks = decks
        self._library = library

    def read(self, path: Path) -> Sheet:
        """The file's rows (DeckProblems says why a file cannot be read)."""
        return read_spreadsheet(path)

    def guess_mapping(self, sheet: Sheet) -> Mapping:
        """Which field each column holds, guessed from the headers."""
        return guess_mapping(sheet.headers)

    def plan(self, sheet: Sheet, mapping: Mapping, target: ImportTarget) -> ImportPlan:
        """Every row error, or the checked deck to import; nothing is stored."""
        return prepare_import(sheet, mapping, self._deck_target(sheet, target), self._library)

    def import_plan(self, plan: ImportPlan) -> ImportResult:
        """Store the checked deck of `plan`, all or nothing."""
        if not plan.ok or plan.loaded is None:
            raise PlanNotReady()
        return self._decks.import_deck(plan.loaded)

    def export(self, deck_id: str, out: Path) -> Path:
        """The installed deck as .xlsx or .csv (by the suffix of `out`)."""
        export_deck(self._decks.installed(deck_id).deck, out)
        return out

    def write_template(self, out: Path) -> Path:
        """An empty sheet with the headers and two example rows."""
        write_template(out)
        return out

    def _deck_target(self, sheet: Sheet, target: ImportTarget) -> DeckTarget:
        title = (target.title or "").strip() or Path(sheet.source).stem
        deck_id = target.deck_id or deck_id_for(title)
        existing = self._decks.load(deck_id)
        if existing is not None and target.deck_id:
            return update_deck(existing, target.title, target.languages)
        if existing is not None:
            raise DeckNameTaken(deck_id)
        info = NewDeckInfo(title, target.organisation, level=target.level, author=target.author)
        return new_deck(deck_id, info, target.languages)
