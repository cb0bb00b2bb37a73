"""The data are damaged: offer the newest good backup ("Terugzetten van <datum>"), or, without
one, say what to do. Putting it back is an op on the database lane (usecases/restore.py);
the damaged file is kept aside, never deleted. Then the app starts again (`again`)."""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.i18n import latin_digits, ui_locale
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label
from vaktaal.usecases.restore import DatabaseDamaged, restore

__all__ = ["RestoreDialog", "offer_restore"]

DAMAGED_ICON = "mdi:database-alert-outline"
PROBLEM_ICON = "mdi:alert-circle-outline"
BACK_ICON = "mdi:backup-restore"
CLOSE_ICON = "mdi:close-circle-outline"


def offer_restore(
    parent: QWidget,
    library: PictogramLibrary,
    tasks: TaskManager,
    damage: DatabaseDamaged,
    again: Callable[[], None],
) -> "RestoreDialog":
    """Open the dialog over `parent` (it does not block); `again` runs after the restore."""
    dialog = RestoreDialog(library, tasks, damage, again, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def when(moment: datetime) -> str:
    """A date and time as people read it, in this PC's time and language."""
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return latin_digits(ui_locale().toString(shown, "d MMMM yyyy, HH:mm"))


class RestoreDialog(QDialog):
    def __init__(
        self,
        library: PictogramLibrary,
        tasks: TaskManager,
        damage: DatabaseDamaged,
        again: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.damage, self.again = tasks, damage, again
        self.busy = False  # putting the backup back: the dialog stays until it is done
        self.setWindowTitle(self.tr("De gegevens zijn kapot"))
        self.setObjectName("page")
        self.setMinimumWidth(720)
        self.icon = PictogramLabel(library, 72)
        self.icon.show_pictogram(DAMAGED_ICON, self.tr("Kapot"))
        self.title = heading(self.tr("De gegevens zijn kapot"), 1.6)
        self.status = text_label("", 1.2)
        self.status.hide()
        self.restore_button = big_button(self._restore_text(), library, BACK_ICON, icon_size=40)
        no_text = self.tr("Niet nu") if damage.backup is not None else self.tr("Sluiten")
        self.close_button = big_button(no_text, library, CLOSE_ICON, icon_size=40)
        self.restore_button.setVisible(damage.backup is not None)
        self.restore_button.clicked.connect(self.put_back)
        self.close_button.clicked.connect(self.reject)
        self._lay_out(self._explanation())
        primary = self.restore_button if damage.backup is not None else self.close_button
        primary.setDefault(True)
        primary.setFocus()

    def _restore_text(self) -> str:
        backup = self.damage.backup
        return self.tr("Terugzetten van {date}").format(date=when(backup.made)) if backup else ""

    def _explanation(self) -> list[str]:
        backup = self.damage.backup
        if backup is None:
            return [
                self.tr("Vaktaal kan de gegevens niet lezen."),
                self.tr("Er is geen reservekopie. Vraag hulp aan IT."),
                self.tr("Voor IT: vaktaal db restore"),
            ]
        return [
            self.tr("Vaktaal kan de gegevens niet lezen."),
            self.tr("Er is een reservekopie van {date}.").format(date=when(backup.made)),
            self.tr("Wat na die tijd is geoefend, is weg."),
        ]

    def _lay_out(self, lines: list[str]) -> None:
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button, 2)
        buttons.addWidget(self.close_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addLayout(top)
        self.lines = [text_label(line, 1.3) for line in lines]
        for label in self.lines:
            layout.addWidget(label)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def put_back(self) -> None:
        backup = self.damage.backup
        if backup is None:
            return
        self.busy = True
        self.restore_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self._say(self.tr("Bezig met terugzetten…"))
        database = self.damage.database
        self.tasks.run(
            Op(lambda: restore(database, backup.path), self._put_back, self._not_put_back,
               lane=Lane.DATABASE, busy=self.tr("Bezig met terugzetten…"))
        )  # fmt: skip

    def reject(self) -> None:
        if not self.busy:  # Esc or closing the window while it works: wait
            super().reject()

    def _put_back(self, _kept: object) -> None:
        self.busy = False
        self.accept()
        self.again()

    def _not_put_back(self, _error: Exception) -> None:
        self.busy = False
        self.icon.show_pictogram(PROBLEM_ICON, self.tr("Probleem"))
        self._say(self.tr("Terugzetten lukte niet. Vraag hulp aan IT."))
        self.close_button.setEnabled(True)
        self.close_button.setFocus()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
