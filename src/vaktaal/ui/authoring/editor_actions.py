"""The deck editor's links with the rest of Vaktaal: put the deck in Vaktaal for learners,
import a deck from a spreadsheet or Anki, export it, and print word cards or the handbook.

Export and print work on the deck as it is in Vaktaal, so the editor's deck must be put in
Vaktaal first (Ctrl+I) when it has changes; the author is told so, nothing is done silently.
"""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from vaktaal.core.authoring.editing import Draft
from vaktaal.core.deckformat import LoadedDeck
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.model import used_media
from vaktaal.ui.authoring.anki_dialog import AnkiImportDialog
from vaktaal.ui.authoring.anki_export import export_anki_deck
from vaktaal.ui.authoring.editor_window import EditorWindow
from vaktaal.ui.authoring.print_dialog import open_print_dialog
from vaktaal.ui.authoring.spreadsheet_dialog import SpreadsheetImportDialog
from vaktaal.ui.authoring.spreadsheet_files import export_spreadsheet
from vaktaal.ui.meetings.transcribe_task import RecognizerSource
from vaktaal.ui.tasks import Op
from vaktaal.usecases import Services
from vaktaal.usecases.changes import DECKS
from vaktaal.usecases.decks import ImportResult

OpenDeck = Callable[[str], None]  # opens an installed deck in an editor


class EditorActions(QObject):
    """Adds the actions to an editor's Bestand menu; `installed` is the draft as it is in
    Vaktaal (None: not in Vaktaal, or changed since). Slow work goes to the editor's tasks."""

    def __init__(
        self,
        editor: EditorWindow,
        services: Services,
        open_deck: OpenDeck,
        recognizers: RecognizerSource | None = None,  # the speech model, for transcribing
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.services = services
        self.open_deck = open_deck
        self.recognizers = recognizers
        self.tasks = editor.tasks
        self.installed: Draft | None = None
        self._add(self.tr("In Vaktaal zetten voor leerlingen"), "Ctrl+I", self.install)
        self._add(self.tr("Printen: woordkaartjes of handboek…"), "Ctrl+P", self.print_deck)
        self._add(self.tr("Importeren uit Excel of CSV…"), "", self.import_spreadsheet)
        self._add(self.tr("Importeren uit Anki…"), "", self.import_anki)
        self._add(self.tr("Exporteren naar Excel of CSV…"), "", self.export_spreadsheet)
        self._add(self.tr("Exporteren voor Anki…"), "", self.export_anki)
        self._add(self.tr("Vergadering maken…"), "", self.make_meeting)
        self._add(self.tr("Vergadering bewerken…"), "", self.edit_meeting)

    def _add(self, text: str, keys: str, slot: Callable[[], None]) -> None:
        action = QAction(text, self.editor)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.editor.add_file_action(action)

    def opened_from_vaktaal(self) -> None:
        """The editor shows a deck just as it is installed."""
        self.installed = self.editor.draft

    # --- into Vaktaal -------------------------------------------------------------------------

    def install(self) -> None:
        """Check the deck and put it in Vaktaal (all or nothing); learners can then practise."""
        deck = self.editor.publishable_deck()
        if deck is None:
            return
        draft, decks = self.editor.draft, self.services.decks
        loaded = LoadedDeck(deck, used_media(deck, draft.media))
        self.tasks.run(
            Op(
                lambda: decks.import_deck(loaded),
                lambda result: self._installed(draft, result),
                self._not_installed,
                busy=self.tr("Bezig met in Vaktaal zetten…"),
                changes=DECKS,
            )
        )

    def _installed(self, draft: Draft, _result: ImportResult) -> None:
        self.installed = draft
        self.editor.mark_published()
        text = self.tr("Het pakket staat in Vaktaal. Leerlingen kunnen ermee oefenen.")
        self.editor.status.setText(text)

    def _not_installed(self, error: Exception) -> None:
        _tell(self.editor, self.tr("Niet gelukt"), _plain_reason(error) or self.tr(
            "Het pakket kon niet in Vaktaal gezet worden. Er is niets veranderd."
        ))  # fmt: skip

    # --- import, export, print ----------------------------------------------------------------

    def import_spreadsheet(self) -> None:
        dialog = SpreadsheetImportDialog(self.services, self.tasks, self.editor)
        dialog.imported.connect(self.open_deck)
        dialog.exec()

    def import_anki(self) -> None:
        dialog = AnkiImportDialog(self.services, self.tasks, self.editor)
        dialog.imported.connect(self.open_deck)
        dialog.exec()

    def export_spreadsheet(self) -> None:
        deck_id = self._deck_in_vaktaal()
        if deck_id:
            export_spreadsheet(self.editor, self.services, self.tasks, deck_id, self._saved)

    def _saved(self, out: Path) -> None:
        self.editor.status.setText(self.tr("Opgeslagen: {name}").format(name=out.name))

    def export_anki(self) -> None:
        deck_id = self._deck_in_vaktaal()
        if deck_id:
            export_anki_deck(self.editor, self.services, self.tasks, deck_id)

    def print_deck(self) -> None:
        deck_id = self._deck_in_vaktaal()
        if deck_id:
            open_print_dialog(self.editor, self.services, self.tasks, deck_id)

    def make_meeting(self) -> None:
        """A meeting editor window: a meeting by hand or from a recording (WAV/MP3), which it
        can put in this deck."""
        from vaktaal.ui.meetings.meeting_editor import open_meeting_editor

        open_meeting_editor(
            self.editor, self.services, self.tasks, deck=self, source=self.recognizers
        )

    def edit_meeting(self) -> None:
        """One of the deck's meetings in the meeting editor; it goes back into the deck."""
        from vaktaal.ui.meetings.meeting_editor import open_meeting_editor

        meetings = self.editor.draft.meetings
        if not meetings:
            _tell(self.editor, self.tr("Geen vergaderingen"), self.tr(
                "Dit pakket heeft nog geen vergaderingen. Kies 'Vergadering maken…'."
            ))  # fmt: skip
            return
        meeting = self.choose_meeting(meetings)
        if meeting is not None:
            window = open_meeting_editor(
                self.editor, self.services, self.tasks, deck=self, source=self.recognizers
            )
            window.load(meeting, of_deck=True)

    def choose_meeting(self, meetings: tuple[Meeting, ...]) -> Meeting | None:
        titles = [m.title for m in meetings]
        title, chosen = QInputDialog.getItem(
            self.editor, self.tr("Vergadering bewerken"), self.tr("Welke vergadering?"),
            titles, 0, False,
        )  # fmt: skip
        return meetings[titles.index(title)] if chosen and title in titles else None

    def term_ids(self) -> set[str]:
        return self.editor.draft.term_ids()

    def add_meeting(self, meeting: Meeting) -> None:
        """Into the deck's draft (one step to undo); a meeting with the same id is replaced."""
        draft = self.editor.draft
        others = tuple(m for m in draft.meetings if m.id != meeting.id)
        changed = replace(draft, meetings=(*others, meeting))
        self.editor.replace_draft(
            changed, self.tr("Vergadering {title}").format(title=meeting.title)
        )

    def _deck_in_vaktaal(self) -> str | None:
        """The deck's id when Vaktaal has it as the editor shows it; else say what to do."""
        if self.installed is not None and self.installed == self.editor.draft:
            return str(self.editor.draft.deck.get("id"))
        _tell(self.editor, self.tr("Eerst in Vaktaal zetten"), self.tr(
            "Zet het pakket eerst in Vaktaal (Ctrl+I). Daarna kun je het printen of exporteren."
        ))  # fmt: skip
        return None


def _plain_reason(error: Exception) -> str:
    """Vaktaal's own errors (an older version, problems) carry a Dutch message."""
    module = type(error).__module__
    return str(error) if module.startswith("vaktaal.") else ""


def _tell(parent: EditorWindow, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
