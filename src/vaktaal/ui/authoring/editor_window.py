"""The deck editor: the deck's details, its terms (search, filter, form), undo, open and save.

Every change makes a new draft (vaktaal.core.authoring.editing); the undo stack keeps the
draft before and after, so undo and redo are exact. Checks use the deck loader's own rules.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from vaktaal.core.authoring.editing import (
    Draft,
    Publication,
    draft_from_loaded,
    new_draft,
    version_to_save,
    with_deck_field,
    with_media,
    with_new_term,
    with_term_field,
    without_term,
)
from vaktaal.core.authoring.validation import Check, DraftChecker
from vaktaal.core.deckformat import LoadedDeck, load_deck
from vaktaal.core.model import Deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import DeckProblems
from vaktaal.ui.authoring import editor_files as files
from vaktaal.ui.authoring.editor_layout import EditorLayout
from vaktaal.ui.authoring.pictogram_picker import PictogramPicker, warm_up_index
from vaktaal.ui.authoring.undo import DraftUndo
from vaktaal.ui.busy import BusyNote
from vaktaal.ui.tasks import TaskManager
from vaktaal.ui.text_size import set_relative_font

FULL_CHECK_DELAY_MS = 250


class EditorWindow(QMainWindow):
    def __init__(
        self, library: PictogramLibrary, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.tasks = tasks  # the app's: slow work of the editor and of its dialogs
        self.busy = BusyNote(self, tasks)
        self.checker = DraftChecker(library)
        self.undo = DraftUndo(self._show_draft, self)
        self.draft, self.saved = new_draft(), new_draft()
        self.publication: Publication | None = None
        self.path: Path | None = None
        self.current: int | None = None
        self.view = EditorLayout(library, self)
        self.setCentralWidget(self.view)
        self.tabs: QTabWidget = self.view.tabs
        self.status = QLabel()
        set_relative_font(self.status, 1.1, bold=True)
        self.statusBar().addWidget(self.status, 1)
        self._full_check = QTimer(self, singleShot=True, interval=FULL_CHECK_DELAY_MS)
        self._full_check.timeout.connect(self._check_all)
        self._connect()
        self.file_menu = self._file_menu()
        self._edit_menu()
        self.resize(1366, 768)
        warm_up_index(library, tasks)
        self._show_draft(self.draft, None)

    # --- public: what other parts of the app call -------------------------------------
    def open_loaded(self, loaded: LoadedDeck, path: Path | None = None) -> None:
        """Edit a deck that exists (a file, folder or installed deck): it counts as published."""
        draft = draft_from_loaded(loaded)
        self._start(draft, path, Publication.of(draft))

    def open_path(self, path: Path) -> bool:
        try:
            loaded = load_deck(path, self.library)
        except DeckProblems as error:
            lines = "\n".join(f"• {p.message} ({p.location()})" for p in error.problems[:8])
            files.tell(
                self, self.tr("Openen lukt niet"), self.tr("Dit pakket kan niet open:\n") + lines
            )
            return False
        self.open_loaded(loaded, path)
        return True

    def replace_draft(self, draft: Draft, description: str) -> None:
        """A change from outside the form (e.g. an import), as one step that can be undone."""
        self.undo.change(self.draft, draft, description)

    def add_file_action(self, action: QAction) -> None:
        """Room for import, export and print actions, above 'Sluiten' in the Bestand menu."""
        self.file_menu.insertAction(self._close_action, action)

    def save_to(self, path: Path) -> bool:
        """Check the deck, raise its version if it was published and changed, and write it."""
        deck = self.publishable_deck()
        if deck is None:
            return False
        try:
            files.write_deck(deck, dict(self.draft.media), path)
        except OSError:
            files.tell(self, self.tr("Opslaan lukt niet"), self.tr(
                "Opslaan is niet gelukt. Kies een andere plek of een andere naam."
            ))  # fmt: skip
            return False
        self._saved_as(path)
        return True

    def publishable_deck(self) -> Deck | None:
        """The checked deck, its version raised if it was published and changed; None (and
        the problems shown) while it has problems."""
        version = version_to_save(self.draft, self.publication)
        if version != self.draft.deck.get("version"):
            self.undo.change(self.draft, with_deck_field(self.draft, "version", version),
                             self.tr("Versie {n}").format(n=version))  # fmt: skip
        check = self.checker.check(self.draft)
        if check.deck is None:
            self._show_full_check(check)
            files.tell(self, self.tr("Nog niet klaar"), self.tr(
                "Het pakket heeft nog {n} problemen. Kies 'Alleen met problemen' en los ze op."
            ).format(n=check.count))  # fmt: skip
        return check.deck

    def mark_published(self) -> None:
        """The deck as it is now was handed out (installed in Vaktaal): a change raises it."""
        self.publication = Publication.of(self.draft)

    # --- building ----------------------------------------------------------------------
    def _connect(self) -> None:
        v = self.view
        v.details.edited.connect(self._deck_edited)
        v.form.edited.connect(self._term_edited)
        v.form.pictogram_requested.connect(self.pick_pictogram)
        v.terms.term_chosen.connect(self._choose_term)
        v.add_term.clicked.connect(self.add_term)
        v.remove_term.clicked.connect(self.remove_term)

    def _file_menu(self) -> QMenu:
        menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self._action(menu, self.tr("Nieuw"), "Ctrl+N", self.new_deck)
        self._action(menu, self.tr("Openen…"), "Ctrl+O", self.ask_open)
        self._action(menu, self.tr("Opslaan"), "Ctrl+S", self.save)
        self._action(menu, self.tr("Opslaan als…"), "Ctrl+Shift+S", self.save_as)
        menu.addSeparator()
        self._close_action = self._action(menu, self.tr("Sluiten"), "Ctrl+W", self.close)
        return menu

    def _edit_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("B&ewerken"))
        undo = self._action(menu, self.tr("Ongedaan maken"), "Ctrl+Z", self.undo.stack.undo)
        redo = self._action(menu, self.tr("Opnieuw doen"), "Ctrl+Y", self.undo.stack.redo)
        self.undo.stack.canUndoChanged.connect(undo.setEnabled)
        self.undo.stack.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        menu.addSeparator()
        self._action(menu, self.tr("Nieuwe term"), "Ctrl+T", self.add_term)
        self._action(menu, self.tr("Term verwijderen"), "Ctrl+Delete", self.remove_term)
        self._action(menu, self.tr("Pictogram kiezen…"), "Ctrl+K", self.pick_pictogram)
        self._action(menu, self.tr("Zoeken"), "Ctrl+F", self._focus_search)

    def _action(self, menu: QMenu, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # --- changes -------------------------------------------------------------------------
    def _deck_edited(self, key: str, value: object) -> None:
        after = with_deck_field(self.draft, key, value)
        self.undo.change(self.draft, after, self.tr("Pakket veranderd"), ("deck", key))

    def _term_edited(self, key: str, value: object) -> None:
        if self.current is None:
            return
        after = with_term_field(self.draft, self.current, key, value)
        self.undo.change(self.draft, after, self.tr("Term veranderd"), (self.current, key),
                         self.current)  # fmt: skip

    def add_term(self) -> None:
        after, index = with_new_term(self.draft)
        self.undo.change(self.draft, after, self.tr("Nieuwe term"), focus=index)
        self.tabs.setCurrentWidget(self.view.terms_tab)
        self.view.form.first_editor().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def remove_term(self) -> None:
        if self.current is None or not self.draft.terms:
            return
        after = without_term(self.draft, self.current)
        focus = min(self.current, len(after.terms) - 1) if after.terms else None
        self.undo.change(self.draft, after, self.tr("Term verwijderd"), focus=focus)

    def pick_pictogram(self) -> None:
        if self.current is None:
            return
        term = self.draft.terms[self.current]
        picker = PictogramPicker(self.library, self.tasks, str(term.get("term") or ""), self)
        if not picker.exec() or picker.chosen is None:
            return
        after = self.draft
        if picker.photo is not None:
            after = with_media(after, picker.chosen, picker.photo.data)
        after = with_term_field(after, self.current, "pictogram", picker.chosen)
        self.undo.change(self.draft, after, self.tr("Pictogram gekozen"), focus=self.current)

    def _choose_term(self, index: int) -> None:
        self.current = index
        self._show_current()

    # --- showing -----------------------------------------------------------------------------
    def _show_draft(self, draft: Draft, focus: int | None) -> None:
        self.draft = draft
        if focus is not None or self.current is None or self.current >= len(draft.terms):
            self.current = focus if focus is not None else (0 if draft.terms else None)
        self.view.form.set_languages(draft.gloss_languages, draft.unchecked_languages)
        self.view.details.show_deck(draft.deck)
        self.view.terms.show_terms(draft.terms, self.view.terms.problems, self.current or 0)
        self._show_current()
        deck_only = self.checker.check(Draft(draft.deck, (), draft.media)).deck_problems
        deck_only.pop("terms", None)
        self.view.details.show_problems(deck_only)
        self._full_check.start()
        self._show_title()

    def _show_current(self) -> None:
        form = self.view.form
        form.setEnabled(self.current is not None)
        self.view.remove_term.setEnabled(self.current is not None)
        if self.current is None:
            form.show_term({}, {})
            form.show_problems({})
            return
        form.show_term(self.draft.terms[self.current], self.draft.media)
        form.show_problems(self.checker.check_term(self.draft, self.current))

    def _check_all(self) -> None:
        self._show_full_check(self.checker.check(self.draft))

    def _show_full_check(self, check: Check) -> None:
        self.view.terms.show_terms(self.draft.terms, check.term_problems, self.current or 0)
        if check.count:
            self.status.setText(self.tr("Nog op te lossen: {n}").format(n=check.count))
        else:
            self.status.setText(self.tr("Alles is in orde"))

    def _show_title(self) -> None:
        name = self.draft.deck.get("title") or self.tr("Nieuw pakket")
        changed = "*" if self.is_changed() else ""
        self.setWindowTitle(
            self.tr("{name}{changed} – Pakket maken").format(name=name, changed=changed)
        )

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.view.terms_tab)
        self.view.terms.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- files -------------------------------------------------------------------------------
    def is_changed(self) -> bool:
        return self.draft != self.saved

    def _start(self, draft: Draft, path: Path | None, publication: Publication | None) -> None:
        self.undo.stack.clear()
        self.saved, self.path, self.publication, self.current = draft, path, publication, None
        self._show_draft(draft, 0 if draft.terms else None)

    def _saved_as(self, path: Path) -> None:
        self.saved, self.path = self.draft, path
        if files.is_archive(path):  # a .vaktaal file is what gets handed out: published
            self.publication = Publication.of(self.draft)
        self.status.setText(self.tr("Opgeslagen: {name}").format(name=path.name))
        self._show_title()

    def new_deck(self) -> None:
        if self._may_leave():
            self._start(new_draft(), None, None)

    def ask_open(self) -> None:
        if self._may_leave():
            path = files.ask_open_path(self)
            if path is not None:
                self.open_path(path)

    def save(self) -> bool:
        return self.save_to(self.path) if self.path is not None else self.save_as()

    def save_as(self) -> bool:
        path = files.ask_save_path(self, str(self.draft.deck.get("id") or "pakket"))
        return path is not None and self.save_to(path)

    def _may_leave(self) -> bool:
        """True when nothing unsaved would be lost (saved, or the author chose to drop it)."""
        if not self.is_changed():
            return True
        answer = files.ask_unsaved(self)
        if answer is files.Unsaved.SAVE:
            return self.save()
        return answer is files.Unsaved.DISCARD

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_leave():
            event.accept()
        else:
            event.ignore()
