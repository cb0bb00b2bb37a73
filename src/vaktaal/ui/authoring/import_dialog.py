"""What the spreadsheet and Anki import dialogs share: the last step, putting the checked
deck into Vaktaal as one op, and the status line with the import button."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from vaktaal.ui.authoring.dialog_parts import show_status
from vaktaal.ui.home.parts import PRIMARY_DISABLED
from vaktaal.ui.tasks import Op, TaskManager
from vaktaal.ui.widgets import PictogramLabel
from vaktaal.usecases import Services
from vaktaal.usecases.changes import DECKS
from vaktaal.usecases.decks import ImportResult


class DeckImportDialog(QDialog):
    """The subclass builds `import_button`, `status_icon` and `status`, and has `_failed`."""

    imported = Signal(str)  # the deck id, once it is in the database
    import_button: QPushButton
    status_icon: PictogramLabel
    status: QLabel

    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self._request = 0  # only the newest check counts
        self.working = False  # reading, checking or importing in the background
        self.setObjectName("page")
        self.setStyleSheet(PRIMARY_DISABLED)
        self.resize(1200, 760)

    def _failed(self, error: Exception, request: int | None = None) -> None:
        raise NotImplementedError

    def _import(self, work: Callable[[], ImportResult]) -> None:
        """Put the checked deck into Vaktaal (all or nothing); the dialog closes after."""
        text = QCoreApplication.translate("DeckImportDialog", "Bezig met importeren…")
        self._busy(text)
        self.tasks.run(Op(work, self._imported, self._failed, busy=text, changes=DECKS))

    def _imported(self, result: ImportResult) -> None:
        self.imported.emit(result.deck_id)
        self.accept()

    def _busy(self, text: str) -> None:
        self.working = True
        self.import_button.setEnabled(False)
        show_status(self.status_icon, self.status, text, None)

    def _show_status(self, text: str, ok: bool | None) -> None:
        self.working = False
        self.import_button.setEnabled(bool(ok))
        show_status(self.status_icon, self.status, text, ok)
