"""Import an Anki package (.apkg): note types, a role for each field, a preview, problems.

Nothing is imported until "Importeren" is pressed, and that button stays off while there is
a problem. Reading, checking and importing are ops on the app's task manager (the use case
usecases/anki), never work on the GUI thread.
The editor calls `open_anki_import(parent, services, tasks)` and `export_anki_deck(...)`.
"""

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from vaktaal.core.model import Term
from vaktaal.ui.authoring.anki_export import export_anki_deck
from vaktaal.ui.authoring.anki_fields import FieldMappingView
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
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, heading, text_label
from vaktaal.usecases import Services
from vaktaal.usecases.anki import AnkiImport, AnkiSource, ImportSettings

__all__ = ["AnkiImportDialog", "export_anki_deck", "open_anki_import"]

ANKI_ICON = "mdi:cards-outline"
PREVIEW_TERMS = 30


def open_anki_import(parent: QWidget | None, services: Services, tasks: TaskManager) -> str | None:
    """Shows the import dialog (modal); the id of the imported deck, or None."""
    dialog = AnkiImportDialog(services, tasks, parent)
    imported: list[str] = []
    dialog.imported.connect(imported.append)
    dialog.exec()
    return imported[0] if imported else None


class AnkiImportDialog(DeckImportDialog):
    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, tasks, parent)
        self.source: AnkiSource | None = None
        self.prepared: AnkiImport | None = None
        self.setWindowTitle(self.tr("Termen uit Anki"))
        self._build()
        self._connect()
        self._show_status(self.tr("Kies een Anki-pakket (.apkg)."), None)

    def _build(self) -> None:
        library = self.services.library
        self.icon = PictogramLabel(library, 56)
        self.icon.show_pictogram(ANKI_ICON, self.tr("Anki"))
        self.file_button, self.import_button, self.cancel_button = dialog_buttons(
            library, self.tr("&Bestand kiezen"), self.tr("&Importeren"), self.tr("Annuleren")
        )
        self.file_label = text_label("", 1.1)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Naam van het nieuwe pakket"))
        self.title_edit.setPlaceholderText(self.tr("Naam van het nieuwe pakket"))
        set_relative_font(self.title_edit, 1.1)
        self.fields = FieldMappingView()
        self.preview = message_list(self.tr("Voorbeeld van de termen"))
        self.preview.setIconSize(QSize(40, 40))
        self.status_icon = PictogramLabel(library, 32)
        self.status = text_label("", 1.2, bold=True)
        self.problems = message_list(self.tr("Problemen en meldingen"))
        self._lay_out()

    def _lay_out(self) -> None:
        top = side_by_side(self.icon, heading(self.tr("Termen uit Anki"), 1.6))
        file_row = side_by_side(self.file_button, self.file_label)  # one row: fits 1024x600
        file_row.addWidget(text_label(self.tr("Naam:"), 1.1, bold=True))
        file_row.addWidget(self.title_edit, stretch=2)
        middle = QHBoxLayout()
        middle.addWidget(self.fields, stretch=5)  # the samples need the width
        middle.addWidget(self.preview, stretch=2)
        status_row = side_by_side(self.status_icon, self.status)
        buttons = buttons_on_the_right(self.cancel_button, self.import_button)
        layout = dialog_layout(self)
        for part in (top, file_row):
            layout.addLayout(part)
        layout.addLayout(middle, stretch=3)
        layout.addLayout(status_row)
        layout.addWidget(self.problems, stretch=1)
        layout.addLayout(buttons)
        self._tab_order()

    def _tab_order(self) -> None:
        order = (self.file_button, self.title_edit, *self.fields.choices, self.preview,
                 self.problems, self.import_button, self.cancel_button)  # fmt: skip
        chain_tab_order(self, order)

    def _connect(self) -> None:
        self.file_button.clicked.connect(self.choose_file)
        self.title_edit.textEdited.connect(lambda _text: self.check())
        self.fields.mapping_changed.connect(self.check)
        self.import_button.clicked.connect(self.import_now)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file)

    # -- reading and checking, in the background ---------------------------------------------

    def choose_file(self) -> None:
        filter_text = self.tr("Anki-pakketten (*.apkg *.colpkg)")
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Kies een bestand"), "", filter_text
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        self.source, self.prepared = None, None
        self.file_label.setText(path.name)
        self._busy(self.tr("Bezig met lezen…"))
        request, anki = self._next_request(), self.services.anki
        self.tasks.run(
            Op(
                lambda: anki.read(path),
                lambda source: self._source_read(request, source),
                lambda error: self._failed(error, request),
                Lane.CPU,
            )
        )

    def _source_read(self, request: int, source: AnkiSource) -> None:
        if request != self._request:
            return  # another file was chosen since
        self.source = source
        if not self.title_edit.text():
            self.title_edit.setText(source.title)
        self.fields.show_source(source, self.services.anki.guess_mapping(source))
        self._tab_order()
        self.check()

    def check(self) -> None:
        source = self.source
        if source is None:
            return
        request, mapping, anki = self._next_request(), self.fields.mapping(), self.services.anki
        settings = ImportSettings(title=self.title_edit.text().strip() or source.title)
        self._busy(self.tr("Bezig met controleren…"))
        self.tasks.run(
            Op(
                lambda: anki.prepare(source, mapping, settings),
                lambda prepared: self._checked(request, prepared),
                lambda error: self._failed(error, request),
            )
        )

    def _next_request(self) -> int:
        self._request += 1
        return self._request

    def _checked(self, request: int, prepared: AnkiImport) -> None:
        if request != self._request:
            return  # the user changed something since; a newer check is on its way
        self.prepared = prepared
        self._show_preview(prepared)
        self.problems.clear()
        self.problems.addItems(prepared.notices)
        n = len(prepared.loaded.deck.terms)
        ready = self.tr("Klaar om te importeren. Termen: {n}").replace("{n}", str(n))
        self._show_status(ready, True)

    def _show_preview(self, prepared: AnkiImport) -> None:
        self.preview.clear()
        media, library = prepared.loaded.media, self.services.library
        for term in prepared.loaded.deck.terms[:PREVIEW_TERMS]:
            item = QListWidgetItem(_preview_text(term))
            pixmap = pictogram_pixmap(term.pictogram, library, 80, media.get(term.pictogram))
            item.setIcon(QIcon(pixmap))
            self.preview.addItem(item)

    def _failed(self, error: Exception, request: int | None = None) -> None:
        if request is not None and request != self._request:
            return
        self.prepared = None
        failed = self.tr("Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.")
        show_failure(self.problems, error, failed)
        self._show_status(self.tr("Zo kan het niet. Kijk bij de problemen."), False)

    # -- importing ---------------------------------------------------------------------------

    def import_now(self) -> None:
        prepared = self.prepared
        if prepared is None or self.working:
            return
        anki = self.services.anki
        self._import(lambda: anki.import_prepared(prepared))


def _preview_text(term: Term) -> str:
    """The term and its glosses; each gloss isolated so Arabic keeps its own direction."""
    glosses = "  ·  ".join(f"\u2068{text}\u2069" for text in term.glosses.values())
    return f"{term.display}  —  {glosses}"
