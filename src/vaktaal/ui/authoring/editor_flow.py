"""Opens the deck editor from the decks page: the selected installed deck, or a new deck."""

from PySide6.QtCore import QObject

from vaktaal.core.deckformat import LoadedDeck
from vaktaal.ui.authoring.editor_actions import EditorActions
from vaktaal.ui.authoring.editor_window import EditorWindow
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.meetings.transcribe_task import RecognizerSource
from vaktaal.ui.tasks import Op
from vaktaal.usecases import Services


class EditorFlow(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: Services,
        parent: QObject,
        recognizers: RecognizerSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.services = services
        self.recognizers = recognizers
        self.editors: list[EditorWindow] = []
        window.edit_requested.connect(self.open_editor)

    def open_editor(self, deck_id: str) -> None:
        """An editor window for the installed deck `deck_id` ("" = a new deck)."""
        if not deck_id:
            self._show(None)
            return
        decks = self.services.decks
        self.window.tasks.run(Op(lambda: decks.installed(deck_id), self._show, self._not_opened))

    def _show(self, loaded: LoadedDeck | None) -> None:
        editor = EditorWindow(self.services.library, self.window.tasks, self.window)
        actions = EditorActions(editor, self.services, self.open_editor, self.recognizers)
        if loaded is not None:
            editor.open_loaded(loaded)
            actions.opened_from_vaktaal()
        self.editors = [e for e in self.editors if e.isVisible()] + [editor]
        editor.show()
        editor.activateWindow()

    def _not_opened(self, _error: Exception) -> None:
        self.window.show_problem(
            self.tr(
                "Dit pakket kan niet geopend worden. Er is niets veranderd. Probeer het nog eens."
            )
        )
