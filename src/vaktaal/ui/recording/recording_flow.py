"""Wires the recording screen to the database: every read and write on the background queue."""

from collections.abc import Callable

from PySide6.QtCore import QObject

from vaktaal.app import Services
from vaktaal.speech.tts import Speaker
from vaktaal.storage.recordings import (
    DeckVoices,
    attach_recording,
    deck_voices,
    remove_recording,
)
from vaktaal.ui.main_window import MainWindow


class RecordingFlow(QObject):
    """Opens a deck on the recording screen; stores and deletes what the screen asks for."""

    def __init__(
        self, window: MainWindow, services: Services, speaker: Speaker, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.services = services
        self.page = window.recording
        self.page.speaker = speaker
        window.recording_requested.connect(self.show_deck)
        self.page.save_requested.connect(self.save)
        self.page.remove_requested.connect(self.remove)

    def show_deck(self, deck_id: str) -> None:
        self.window.tasks.run(
            lambda: deck_voices(self.services.engine, deck_id), self._deck_ready, self._not_opened
        )

    def _not_opened(self, _error: Exception) -> None:
        self.window.show_problem(
            self.tr("Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.")
        )

    def _deck_ready(self, voices: DeckVoices) -> None:
        self.page.show_deck(voices)
        self.window.show_page(self.page)
        self.page.terms.setFocus()

    def save(self, deck_id: str, term_id: str, wav: bytes) -> None:
        engine, media = self.services.engine, self.services.decks.media

        def work() -> DeckVoices:
            attach_recording(engine, media, deck_id, term_id, wav, ".wav")
            return deck_voices(engine, deck_id)

        self._run(work, lambda voices: self.page.recording_saved(voices, term_id))

    def remove(self, deck_id: str, term_id: str) -> None:
        engine, media = self.services.engine, self.services.decks.media

        def work() -> DeckVoices:
            remove_recording(engine, media, deck_id, term_id)
            return deck_voices(engine, deck_id)

        self._run(work, lambda voices: self.page.recording_removed(voices, term_id))

    def _run(self, work: Callable[[], DeckVoices], done: Callable[[DeckVoices], None]) -> None:
        self.window.tasks.run(work, done, self._failed)

    def _failed(self, _error: Exception) -> None:
        self.page.store_failed(
            self.tr("Dat lukte niet. Er is niets veranderd. Probeer het nog eens.")
        )
