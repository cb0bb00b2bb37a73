"""Speaking the summary with the app's speech engine: a free transcript (no grammar)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from vaktaal.speech.engine import SpeechEngine
from vaktaal.ui.meetings.summary_view import SummarySpeech
from vaktaal.ui.speaking.capture import Listener, QtMicrophone

SUMMARY_MAX_MS = 120_000  # two minutes of talking; push-to-talk ends it sooner


class SpeechUnavailable(Exception):
    """The transcript cannot be made; the message says why, in Dutch."""


def summary_listener() -> Listener:
    """The default microphone, listening until the learner clicks Stop."""
    return Listener(QtMicrophone(), max_ms=SUMMARY_MAX_MS)


def summary_speech(
    engine: SpeechEngine, listener_factory: Callable[[], Listener] = summary_listener
) -> SummarySpeech:
    """Transcribe with the engine's recognizer, when a Dutch model is loaded."""

    def transcribe(pcm: bytes) -> str:
        checker = engine.checker
        if checker is None or engine.state.other_language:
            raise SpeechUnavailable(
                QCoreApplication.translate(
                    "SummarySpeech", "De spraakherkenning voor Nederlands is er nog niet."
                )
            )
        return checker.recognizer.transcribe(pcm).text

    return SummarySpeech(listener_factory, transcribe)
