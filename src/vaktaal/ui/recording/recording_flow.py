"""Wires the recording screen to the recordings use case: every read and write is an op."""

from collections.abc import Callable

from PySide6.QtCore import QObject

from vaktaal.speech.tts import Speaker
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.tasks import Op
from vaktaal.usecases import Services
from vaktaal.usecases.changes import RECORDINGS
from vaktaal.usecases.recordings import BadRecording, DeckVoices


class RecordingFlow(QObject):
    """Opens a deck on the recording screen; stores and deletes what the screen asks for."""

    def __init__(
        self, window: MainWindow, services: Services, speaker: Speaker, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.tasks = window.tasks
        self.recordings = services.recordings
        self.page = window.recording
        self.page.speaker = speaker
        window.recording_requested.connect(self.show_deck)
        self.page.save_requested.connect(self.save)
        self.page.remove_requested.connect(self.remove)

    def show_deck(self, deck_id: str) -> None:
        recordings = self.recordings
        self.tasks.run(
            Op(lambda: recordings.deck_voices(deck_id), self._deck_ready, self._not_opened)
        )

    def _not_opened(self, _error: Exception) -> None:
        self.window.show_problem(
            self.tr("Er ging iets mis. Wat je al gedaan hebt, is bewaard. Start Vaktaal opnieuw.")
        )

    def _deck_ready(self, voices: DeckVoices) -> None:
        self.page.show_deck(voices)
        self.window.show_page(self.page)
        self.page.terms.setFocus()

    def save(self, deck_id: str, term_id: str, take: bytes, sample_rate: int) -> None:
        recordings = self.recordings
        self._change(
            lambda: recordings.save_take(deck_id, term_id, take, sample_rate),
            lambda voices: self.page.recording_saved(voices, term_id),
        )

    def remove(self, deck_id: str, term_id: str) -> None:
        recordings = self.recordings
        self._change(
            lambda: recordings.remove(deck_id, term_id),
            lambda voices: self.page.recording_removed(voices, term_id),
        )

    def _change(self, work: Callable[[], DeckVoices], done: Callable[[DeckVoices], None]) -> None:
        self.tasks.run(Op(work, done, self._failed, changes=RECORDINGS))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, BadRecording):  # the take itself: the message says what to do
            self.page.store_failed(str(error))
            return
        self.page.store_failed(
            self.tr("Dat lukte niet. Er is niets veranderd. Probeer het nog eens.")
        )
