"""Print a deck: word cards or the handbook of terms, saved as PDF or sent to a printer.

The deck is read as an op, the PDF is written by the use case (usecases/printing) with the
CPU work (QPdfWriter and QPainter may work off the GUI thread); printing on a QPrinter runs
on the GUI thread, as Qt asks.
The editor calls `open_print_dialog(parent, services, tasks, deck_id)`.
"""

import errno
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.languages import LANGUAGES
from vaktaal.printing import print_on
from vaktaal.ui.home.parts import PRIMARY_DISABLED
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label
from vaktaal.usecases import Services
from vaktaal.usecases.errors import DeckNotFound, UseCaseError
from vaktaal.usecases.printing import ALPHABET, CARDS, CATEGORY, HANDBOOK, PrintRequest

__all__ = ["PrintDialog", "open_print_dialog"]

KIND_ICONS = ("mdi:card-text-outline", "mdi:book-open-variant")

PRINT_ICON = "mdi:printer-outline"
OK_ICON, PROBLEM_ICON, BUSY_ICON = (
    "mdi:check-circle-outline",
    "mdi:alert-circle-outline",
    "mdi:timer-sand",
)


def open_print_dialog(
    parent: QWidget | None, services: Services, tasks: TaskManager, deck_id: str
) -> None:
    """Shows the print dialog (modal) for one installed deck."""
    PrintDialog(services, tasks, deck_id, parent).exec()


class PrintDialog(QDialog):
    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        deck_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.loaded: LoadedDeck | None = None
        self.setWindowTitle(self.tr("Afdrukken"))
        self.setObjectName("page")
        self.setStyleSheet(PRIMARY_DISABLED)
        self.setMinimumWidth(760)
        self._build()
        self._connect()
        self._set_busy(True)
        self._show_status(self.tr("Het pakket wordt gelezen..."), BUSY_ICON)
        printing = services.printing
        self.tasks.run(Op(lambda: printing.deck(deck_id), self._deck_loaded, self._failed))

    def _build(self) -> None:
        library = self.services.library
        self.icon = PictogramLabel(library, 56)
        self.icon.show_pictogram(PRINT_ICON, self.tr("Printer"))
        self.title = heading(self.tr("Afdrukken"), 1.6)
        kinds = [(self.tr("Woordkaartjes"), CARDS), (self.tr("Handboek vaktermen"), HANDBOOK)]
        self.kind_box = self._combo(self.tr("Wat"), kinds)
        for index, icon in enumerate(KIND_ICONS):
            self.kind_box.setItemIcon(index, QIcon(pictogram_pixmap(icon, library, 64)))
        self.kind_box.setIconSize(QSize(32, 32))
        sizes = [
            (self.tr("Groot: 8 op een A4"), "groot"),
            (self.tr("Klein: 24 op een A4"), "label"),
        ]
        self.size_box = self._combo(self.tr("Formaat"), sizes)
        none: list[tuple[str, str | None]] = [(self.tr("Geen vertaling"), None)]
        self.language_box = self._combo(self.tr("Vertaling"), none)
        orders = [(self.tr("Van A tot Z"), ALPHABET), (self.tr("Per onderwerp"), CATEGORY)]
        self.order_box = self._combo(self.tr("Volgorde"), orders)
        self.status_icon = PictogramLabel(library, 32)
        self.status = text_label("", 1.1, bold=True)
        self.pdf_button = big_button(
            self.tr("&Opslaan als PDF"), library, "mdi:file-pdf-box", icon_size=32
        )
        self.pdf_button.setProperty("role", "primary")
        self.print_button = big_button(self.tr("&Printen"), library, PRINT_ICON, icon_size=32)
        self.close_button = big_button(self.tr("Sluiten"), library, "mdi:close-thick", icon_size=32)
        self._lay_out()

    def _combo(self, name: str, items: Sequence[tuple[str, str | None]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        set_relative_font(combo, 1.15)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.title, stretch=1)
        choices = QGridLayout()
        choices.setHorizontalSpacing(16)
        choices.setColumnStretch(1, 1)
        self._labels: dict[QComboBox, QLabel] = {}
        for row, combo in enumerate(
            (self.kind_box, self.size_box, self.language_box, self.order_box)
        ):
            label = text_label(combo.accessibleName() + ":", 1.15, bold=True)
            label.setBuddy(combo)
            self._labels[combo] = label
            choices.addWidget(label, row, 0)
            choices.addWidget(combo, row, 1)
        status = QHBoxLayout()
        status.addWidget(self.status_icon)
        status.addWidget(self.status, stretch=1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.close_button, self.print_button, self.pdf_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addLayout(status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        order = (
            self.kind_box,
            self.size_box,
            self.language_box,
            self.order_box,
            self.pdf_button,
            self.print_button,
            self.close_button,
        )
        for first, then in zip(order, order[1:], strict=False):
            self.setTabOrder(first, then)

    def _connect(self) -> None:
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.print_button.clicked.connect(self.print_now)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.choose_pdf)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_now)
        self._kind_changed()

    def _kind_changed(self) -> None:
        cards = self.kind_box.currentData() == CARDS
        for combo, shown in (
            (self.size_box, cards),
            (self.language_box, cards),
            (self.order_box, not cards),
        ):
            combo.setVisible(shown)
            self._labels[combo].setVisible(shown)

    def _deck_loaded(self, loaded: LoadedDeck) -> None:
        self.loaded = loaded
        self.title.setText(self.tr("Afdrukken: {title}").replace("{title}", loaded.deck.title))
        for code in loaded.deck.gloss_languages:
            language = LANGUAGES.get(code)
            name = f"{language.dutch_name} ({language.autonym})" if language else code
            self.language_box.addItem(name, code)
        self._set_busy(False)
        self._show_status(self.tr("Kies wat je wilt afdrukken."), None)

    def request(self) -> PrintRequest:
        return PrintRequest(
            self.kind_box.currentData(),
            card_format=self.size_box.currentData(),
            gloss_language=self.language_box.currentData(),
            order=self.order_box.currentData(),
        )

    # -- PDF in the background, printer on the GUI thread ------------------------------------

    def choose_pdf(self) -> None:
        if self.loaded is None or not self.pdf_button.isEnabled():
            return
        suggested = str(Path.home() / f"{self.loaded.deck.id}-{self.kind_box.currentData()}.pdf")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Opslaan als PDF"), suggested, "PDF (*.pdf)"
        )
        if name:
            self.save_pdf(Path(name if name.lower().endswith(".pdf") else name + ".pdf"))

    def save_pdf(self, target: Path) -> None:
        loaded, request, printing = self.loaded, self.request(), self.services.printing
        if loaded is None:
            return
        self._set_busy(True)
        busy = self.tr("Bezig met de PDF...")
        self._show_status(busy, BUSY_ICON)
        self.tasks.run(
            Op(
                lambda: printing.write_pdf(loaded, request, target),
                lambda pages: self._saved(target, pages),
                self._failed,
                Lane.CPU,
                busy,
            )
        )

    def _saved(self, target: Path, pages: int) -> None:
        self._set_busy(False)
        message = self.tr("Opgeslagen: {file} ({pages} pagina's)")
        self._show_status(
            message.replace("{file}", target.name).replace("{pages}", str(pages)), OK_ICON
        )

    def print_now(self) -> None:
        if self.loaded is None or not self.print_button.isEnabled():
            return
        printer = self.ask_printer()
        if printer is None:
            return
        try:
            pages = print_on(printer, self.loaded, self.services.library, self.request())
        except (UseCaseError, OSError) as error:
            self._failed(error)
            return
        message = self.tr("Naar de printer gestuurd ({pages} pagina's).")
        self._show_status(message.replace("{pages}", str(pages)), OK_ICON)

    def ask_printer(self) -> QPrinter | None:
        """The printer the user chose, or None when they cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _failed(self, error: Exception) -> None:
        self._set_busy(self.loaded is None)
        self._show_status(self._explain(error), PROBLEM_ICON)

    def _explain(self, error: Exception) -> str:
        if isinstance(error, DeckNotFound):
            return self.tr("Dit pakket bestaat niet meer.")
        if isinstance(error, UseCaseError):
            return str(error)
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return self.tr("De schijf is vol. Maak ruimte vrij en probeer het opnieuw.")
        if isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return self.tr("Hier mag Vaktaal niet opslaan. Kies een andere map.")
        return self.tr("Afdrukken lukte niet. Probeer het opnieuw of vraag IT.")

    def _set_busy(self, busy: bool) -> None:
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(not busy)

    def _show_status(self, text: str, icon: str | None) -> None:
        self.status.setText(text)
        self.status_icon.setVisible(icon is not None)
        if icon is not None:
            self.status_icon.show_pictogram(icon, text)
