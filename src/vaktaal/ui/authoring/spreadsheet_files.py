"""Export an installed deck as a spreadsheet from the app: ask where, write it as an op."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vaktaal.core.problems import DeckProblems
from vaktaal.ui.tasks import Op, TaskManager
from vaktaal.usecases import Services
from vaktaal.usecases.errors import UseCaseError

FILE_FILTER = "Excel / CSV (*.xlsx *.csv *.txt);;Excel (*.xlsx);;CSV (*.csv)"
SAVE_FILTER = "Excel (*.xlsx);;CSV (*.csv)"


def export_spreadsheet(
    parent: QWidget | None,
    services: Services,
    tasks: TaskManager,
    deck_id: str,
    on_saved: Callable[[Path], None] | None = None,
) -> None:
    """Asks where, then writes the deck as .xlsx or .csv in the background; a problem is
    shown in a message box, `on_saved` hears where the file went."""
    out = _ask_path(parent, deck_id)
    if out is None:
        return
    spreadsheets = services.spreadsheets
    tasks.run(
        Op(
            lambda: spreadsheets.export(deck_id, out),
            on_saved or (lambda _out: None),
            lambda error: _not_saved(parent, error),
            busy=QCoreApplication.translate("SpreadsheetFiles", "Bezig met opslaan…"),
        )
    )


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


def _not_saved(parent: QWidget | None, error: Exception) -> None:
    title = QCoreApplication.translate("SpreadsheetFiles", "Niet opgeslagen")
    QMessageBox.warning(parent, title, _message(error))


def _message(error: Exception) -> str:
    if isinstance(error, DeckProblems):
        return "\n".join(problem.message for problem in error.problems)
    if isinstance(error, UseCaseError):
        return str(error)
    return QCoreApplication.translate(
        "SpreadsheetFiles", "Het bestand kon niet worden opgeslagen. Kies een andere map."
    )
