"""Import terms from a spreadsheet (CSV or Excel): the terms as they will be imported, the
file with a column choice, every row error and every warning ("Let op").

Nothing is imported until "Importeren" is pressed, and that button stays off while there is
any problem; warnings (skipped empty rows, merged duplicates) do not stop it. Listing the
decks, reading, checking and importing are ops on the app's task
manager, never work on the GUI thread; the rules are the use case's (usecases/spreadsheets).
The editor calls `open_spreadsheet_import(parent, services, tasks)` and `export_spreadsheet`.
"""

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QTabWidget,
    QWidget,
)

from vaktaal.ui.authoring.dialog_parts import (
    buttons_on_the_right,
    chain_tab_order,
    dialog_buttons,
    dialog_layout,
    message_list,
    show_failure,
    side_by_side,
)
from vaktaal.ui.authoring.import_dialog import DeckImportDialog
from vaktaal.ui.authoring.spreadsheet_files import FILE_FILTER, export_spreadsheet
from vaktaal.ui.authoring.spreadsheet_preview import SheetPreview
from vaktaal.ui.authoring.spreadsheet_result import ImportedPreview
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, heading, text_label
from vaktaal.usecases import Services
from vaktaal.usecases.decks import DeckSummary
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.spreadsheets import ImportPlan, ImportTarget, Sheet

__all__ = ["SpreadsheetImportDialog", "export_spreadsheet", "open_spreadsheet_import"]

SHEET_ICON = "mdi:file-excel-outline"


def open_spreadsheet_import(parent: QWidget | None, services: Services, tasks: TaskManager) -> None:
    """Shows the import dialog (modal); a deck is imported only when the user confirms."""
    SpreadsheetImportDialog(services, tasks, parent).exec()


class SpreadsheetImportDialog(DeckImportDialog):
    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, tasks, parent)
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Termen uit Excel of CSV"))
        self._build()
        self._connect()
        self._show_status(self.tr("Kies een bestand (CSV of Excel)."), None)
        self.tasks.run(Op(services.decks.list_decks, self._show_decks, self._decks_not_listed))

    def _build(self) -> None:
        library = self.services.library
        icon = PictogramLabel(library, 56)
        icon.show_pictogram(SHEET_ICON, self.tr("Spreadsheet"))
        self.file_button, self.import_button, self.cancel_button = dialog_buttons(
            library, self.tr("&Bestand kiezen"), self.tr("&Importeren"), self.tr("Annuleren")
        )
        self.file_label = text_label("", 1.1)
        self.deck_choice = QComboBox()
        self.deck_choice.setAccessibleName(self.tr("Pakket"))
        set_relative_font(self.deck_choice, 1.1)
        self.deck_choice.addItem(self.tr("Nieuw pakket"), None)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Naam van het nieuwe pakket"))
        self.title_edit.setAccessibleName(self.tr("Naam van het nieuwe pakket"))
        set_relative_font(self.title_edit, 1.1)
        self.preview = SheetPreview()
        self.terms_view = ImportedPreview()
        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Voorbeeld"))
        set_relative_font(self.views, 1.05)
        self.views.addTab(self.terms_view, self.tr("Zo wordt het"))
        self.views.addTab(self.preview, self.tr("Kolommen in het bestand"))
        self.status_icon = PictogramLabel(library, 32)
        self.status = text_label("", 1.2, bold=True)
        self.errors = message_list(self.tr("Problemen"))
        self._lay_out(icon)

    def _lay_out(self, icon: PictogramLabel) -> None:
        title = heading(self.tr("Termen uit Excel of CSV"), 1.6)
        title.setWordWrap(False)
        top = side_by_side(icon, title)
        top.setStretch(1, 0)
        top.addSpacing(16)
        top.addWidget(self.file_button)
        top.addWidget(self.file_label, stretch=1)  # one line: room for the terms on 600 px
        deck_row = QHBoxLayout()
        deck_row.addWidget(text_label(self.tr("Pakket:"), 1.1, bold=True))
        deck_row.addWidget(self.deck_choice, stretch=1)
        deck_row.addWidget(self.title_edit, stretch=1)
        status_row = side_by_side(self.status_icon, self.status)
        buttons = buttons_on_the_right(self.cancel_button, self.import_button)
        layout = dialog_layout(self)
        for part in (top, deck_row):
            layout.addLayout(part)
        layout.addWidget(self.views, stretch=3)
        layout.addLayout(status_row)
        layout.addWidget(self.errors, stretch=1)
        layout.addLayout(buttons)
        self._tab_order()

    def _tab_order(self) -> None:
        """Top to bottom: file, deck, each column's choice, the preview, problems, buttons."""
        order = (self.file_button, self.deck_choice, self.title_edit, self.views.tabBar(),
                 self.terms_view, *self.preview.choices, self.preview, self.errors,
                 self.import_button, self.cancel_button)  # fmt: skip
        chain_tab_order(self, order)

    def _connect(self) -> None:
        self.file_button.clicked.connect(self.choose_file)
        self.deck_choice.currentIndexChanged.connect(self._deck_changed)
        self.title_edit.textEdited.connect(lambda _text: self.check())
        self.preview.mapping_changed.connect(self.check)
        self.import_button.clicked.connect(self.import_now)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file)

    def _show_decks(self, decks: list[DeckSummary]) -> None:
        """The installed decks, each one a deck the sheet can update."""
        for deck in decks:
            self.deck_choice.addItem(
                self.tr("Bijwerken: {title}").replace("{title}", deck.title), deck.id
            )

    def _decks_not_listed(self, _error: Exception) -> None:
        self.errors.addItem(
            self.tr(
                "De pakketten in Vaktaal konden niet gelezen worden. Alleen een nieuw pakket kan."
            )
        )

    # -- reading and checking, in the background ---------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Kies een bestand"), "", FILE_FILTER
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        self.sheet, self.plan = None, None
        self.file_label.setText(path.name)
        if not self.title_edit.text():
            self.title_edit.setText(path.stem)
        self._busy(self.tr("Bezig met lezen…"))
        request, spreadsheets = self._next_request(), self.services.spreadsheets
        self.tasks.run(
            Op(
                lambda: spreadsheets.read(path),
                lambda sheet: self._sheet_read(request, sheet),
                lambda error: self._failed(error, request),
                Lane.CPU,
            )
        )

    def _sheet_read(self, request: int, sheet: Sheet) -> None:
        if request != self._request:
            return  # another file was chosen since
        self.sheet = sheet
        self.preview.show_sheet(sheet, self.services.spreadsheets.guess_mapping(sheet))
        self._tab_order()
        self.check()

    def _deck_changed(self) -> None:
        self.title_edit.setEnabled(self.deck_choice.currentData() is None)
        self.check()

    def target(self) -> ImportTarget:
        """The deck chosen to update, else a new deck with the name typed."""
        update_id: str | None = self.deck_choice.currentData()
        if update_id is not None:
            return ImportTarget(deck_id=update_id)
        return ImportTarget(title=self.title_edit.text().strip() or None)

    def check(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        request, mapping, target = self._next_request(), self.preview.mapping(), self.target()
        spreadsheets = self.services.spreadsheets
        self._busy(self.tr("Bezig met controleren…"))
        self.tasks.run(
            Op(
                lambda: spreadsheets.plan(sheet, mapping, target),
                lambda plan: self._checked(request, plan),
                lambda error: self._failed(error, request),
            )
        )

    def _next_request(self) -> int:
        self._request += 1
        return self._request

    def _checked(self, request: int, plan: ImportPlan) -> None:
        if request != self._request:
            return  # the user changed something since; a newer check is on its way
        self.plan = plan
        self._show_messages(plan)
        self.terms_view.show_plan(plan)
        self.views.setCurrentWidget(self.terms_view if plan.preview else self.preview)
        if plan.ok and plan.loaded is not None:
            n = str(len(plan.loaded.deck.terms))
            text = self.tr("Alles is goed. Aantal termen: {n}.")
            if plan.warnings:
                text = self.tr("Klaar om te importeren: {n} termen. Lees wat bij 'Let op' staat.")
            self._show_status(text.replace("{n}", n), True)
        else:
            text = self.tr("Aantal problemen: {n}. Verbeter het bestand.")
            self._show_status(text.replace("{n}", str(len(plan.errors))), False)

    def _show_messages(self, plan: ImportPlan) -> None:
        """Problems first, then the warnings, each starting with 'Let op:'."""
        self.errors.clear()
        self.errors.addItems([str(error) for error in plan.errors])
        for warning in plan.warnings:
            item = QListWidgetItem(self.tr("Let op: {text}").replace("{text}", str(warning)))
            self.errors.addItem(item)

    def _failed(self, error: Exception, request: int | None = None) -> None:
        if request is not None and request != self._request:
            return
        self.plan = None
        failed = self.tr("Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.")
        show_failure(self.errors, error, failed)
        if isinstance(error, UseCaseError):
            self._show_status(self.tr("Zo kan het niet. Kijk bij de problemen."), False)
        else:
            self._show_status(self.tr("Dit bestand kan niet gebruikt worden."), False)

    # -- importing ---------------------------------------------------------------------------

    def import_now(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok or self.working:
            return
        spreadsheets = self.services.spreadsheets
        self._import(lambda: spreadsheets.import_plan(plan))
