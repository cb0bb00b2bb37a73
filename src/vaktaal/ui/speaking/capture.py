"""Microphone audio, event-driven: a real microphone, a fake one, and a Listener for one word.

Audio arrives as chunks of PCM (16-bit signed little-endian, mono, 16 kHz). The real
microphone's QAudioSource lives in a worker thread and is read on readyRead; chunks reach
the GUI thread as queued signals, so nothing here ever blocks the event loop.

QAudioSource.stateChanged is never connected: PySide6 6.7-6.11 cannot hand its
QAudio::State to any Python callable ("Cannot call meta function ... cannot be converted",
raised on the microphone thread at every start and stop). The worker asks the source for
its error() instead, on every piece of audio and on a timer. The thread runs only while
recording, so a microphone that is thrown away never takes a running thread with it.
"""

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QIODevice,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices

from vaktaal.speech.endpointing import DONE, SPEAKING, Endpointer
from vaktaal.speech.recognition import SAMPLE_RATE
from vaktaal.ui.signals import emit

log = logging.getLogger(__name__)

_HARMLESS_ERRORS = ("NoError", "UnderrunError")  # QtAudio.Error names (QAudio before 6.7)
WATCH_MS = 250  # how often the worker asks the source whether it still works


def no_microphone_message() -> str:
    return QCoreApplication.translate(
        "Microphone", "Er is geen microfoon gevonden. Sluit een microfoon of headset aan."
    )


def not_allowed_message() -> str:
    return QCoreApplication.translate(
        "Microphone", "De microfoon mag niet gebruikt worden. Vraag IT om toestemming te geven."
    )


def speech_format(sample_rate: int = SAMPLE_RATE) -> QAudioFormat:
    audio_format = QAudioFormat()
    audio_format.setSampleRate(sample_rate)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return audio_format


class AudioInput(QObject):
    """Where audio comes from: `chunk(bytes)` while started, `problem(str)` when it cannot."""

    chunk = Signal(object)  # bytes of PCM
    problem = Signal(str)  # a Dutch message for the learner

    sample_rate = SAMPLE_RATE

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def shutdown(self) -> None:
        """Stop for good and free what the input holds (threads, devices)."""
        self.stop()


class _MicrophoneWorker(QObject):
    """Owns the QAudioSource; lives in the microphone thread."""

    chunk = Signal(object)
    problem = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._source: QAudioSource | None = None
        self._watch = QTimer(self)  # moves to the microphone thread with the worker
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._check)

    @Slot(object)
    def open(self, device: QAudioDevice) -> None:
        self.close()
        audio_format = speech_format()
        if not device.isFormatSupported(audio_format):
            log.warning("%s may not record 16 kHz mono; trying anyway", device.description())
        source = QAudioSource(device, audio_format, self)
        self._source = source
        stream = source.start()
        if stream is None or _broken(source):
            self._fail(f"could not open the microphone: {source.error().name}")
            return
        stream.readyRead.connect(lambda: self._read(stream))
        self._watch.start()

    def _read(self, stream: QIODevice) -> None:
        data = stream.readAll().data()
        if data:
            emit(self.chunk, bytes(data))
        self._check()

    def _check(self) -> None:
        source = self._source
        if source is not None and _broken(source):
            self._fail(f"the microphone stopped: {source.error().name}")

    def _fail(self, reason: str) -> None:
        log.warning(reason)
        self.close()
        emit(self.problem, not_allowed_message())

    @Slot()
    def close(self) -> None:
        self._watch.stop()
        source, self._source = self._source, None
        if source is not None:
            source.stop()
            source.deleteLater()


def _broken(source: QAudioSource) -> bool:
    return source.error().name not in _HARMLESS_ERRORS


class QtMicrophone(AudioInput):
    """The default microphone of the system, read in its own thread."""

    _open = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("vaktaal-microphone")
        self._worker = _MicrophoneWorker()
        self._worker.moveToThread(self._thread)
        queued = Qt.ConnectionType.QueuedConnection
        self._open.connect(self._worker.open, queued)
        self._worker.chunk.connect(self.chunk, queued)
        self._worker.problem.connect(self.problem, queued)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def active(self) -> bool:
        """True while the microphone thread runs: from start() until stop()."""
        return self._thread.isRunning()

    def start(self) -> None:
        if _microphone_denied():
            emit(self.problem, not_allowed_message())
            return
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            emit(self.problem, no_microphone_message())
            return
        if not self._thread.isRunning():
            self._thread.start()
        emit(self._open, device)

    def stop(self) -> None:
        """Close the device and end the thread; waits the few milliseconds that takes."""
        if self._thread.isRunning():
            QMetaObject.invokeMethod(
                self._worker, "close", Qt.ConnectionType.BlockingQueuedConnection
            )
            self._thread.quit()
            self._thread.wait()

    def shutdown(self) -> None:
        self.stop()


def _microphone_denied() -> bool:
    """True when the system says no (macOS, Windows privacy settings); Linux always allows."""
    app = QCoreApplication.instance()
    try:
        from PySide6.QtCore import QMicrophonePermission

        status = app.checkPermission(QMicrophonePermission()) if app is not None else None
    except (ImportError, AttributeError, RuntimeError):
        return False
    return status is Qt.PermissionStatus.Denied


class FakeMicrophone(AudioInput):
    """Plays recordings in chunks on a timer (tests and demos), then silence until stopped.

    Each start() plays the next recording; the last one is played again after that. With
    `problem`, start() only reports that problem, as a real microphone without a device."""

    def __init__(
        self,
        *recordings: bytes,
        chunk_ms: int = 50,
        interval_ms: int = 0,
        problem: str | None = None,
        sample_rate: int = SAMPLE_RATE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.recordings = list(recordings) or [b""]
        self.sample_rate = sample_rate
        self.chunk_bytes = sample_rate * chunk_ms // 1000 * 2
        self.problem_text = problem
        self.starts = 0
        self.running = False
        self._data = b""
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        if self.problem_text is not None:
            QTimer.singleShot(0, self, lambda: emit(self.problem, self.problem_text))
            return
        self._data = self.recordings[min(self.starts, len(self.recordings) - 1)]
        self.starts += 1
        self.running = True
        self._timer.start()

    def stop(self) -> None:
        self.running = False
        self._timer.stop()

    def _tick(self) -> None:
        piece, self._data = self._data[: self.chunk_bytes], self._data[self.chunk_bytes :]
        emit(self.chunk, piece or bytes(self.chunk_bytes))


class Listener(QObject):
    """Listens for one word: an AudioInput cut into an utterance by an Endpointer.

    start() listens until the learner stops speaking (automatic) or, push-to-talk, until
    stop(); stop() keeps recording `tail_ms` more so the last syllable is kept. While the
    word is said, `speech_audio` hands out its pieces (for decoding as it comes); joined they are
    exactly the `utterance` that follows."""

    level = Signal(float)  # 0..1, for a level meter
    speech_started = Signal()
    speech_audio = Signal(object)  # bytes of PCM: the next piece of the utterance, while it is said
    utterance = Signal(object)  # bytes of PCM: the word, with a little silence around it
    problem = Signal(str)  # the microphone cannot be used; a Dutch message

    def __init__(
        self,
        audio: AudioInput,
        settle_ms: int = 300,
        tail_ms: int = 500,
        silence_ms: int = 800,
        max_ms: int = 6000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.audio = audio
        self.timing = {
            "settle_ms": settle_ms,
            "tail_ms": tail_ms,
            "silence_ms": silence_ms,
            "max_ms": max_ms,
        }
        self.endpointer: Endpointer | None = None
        self._watchdog = QTimer(self)  # ends a recording when the audio stops coming
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._give_up_waiting)
        audio.chunk.connect(self._on_chunk)
        audio.problem.connect(self._on_problem)

    @property
    def listening(self) -> bool:
        return self.endpointer is not None

    def start(self, push_to_talk: bool = False) -> None:
        """Start listening (again); a recording in progress is dropped."""
        self.cancel()
        self.endpointer = Endpointer(
            self.audio.sample_rate, end_on_silence=not push_to_talk, **self.timing
        )
        self._watchdog.start(self.timing["settle_ms"] + self.timing["max_ms"] + 2000)
        self.audio.start()

    def hold(self) -> None:
        """The learner holds the key down: only stop() ends this recording (or max_ms)."""
        if self.endpointer is not None:
            self.endpointer.end_on_silence = False

    def stop(self) -> None:
        """Push-to-talk released: record `tail_ms` more, then deliver the utterance."""
        if self.endpointer is not None:
            self.endpointer.release()
            self._watchdog.start(self.timing["tail_ms"] + 1500)
            if self.endpointer.state == DONE:
                self._deliver()

    def cancel(self) -> None:
        """Stop without delivering anything."""
        self._watchdog.stop()
        if self.endpointer is not None:
            self.endpointer = None
            self.audio.stop()

    def shutdown(self) -> None:
        self.cancel()
        self.audio.shutdown()

    def _on_chunk(self, chunk: bytes) -> None:
        endpointer = self.endpointer
        if endpointer is None:
            return
        before = endpointer.state
        state = endpointer.feed(chunk)
        emit(self.level, endpointer.level)
        if before != SPEAKING and endpointer.speech_detected:
            emit(self.speech_started)
        self._hand_out_audio(endpointer)
        if state == DONE:
            self._deliver()

    def _give_up_waiting(self) -> None:
        if self.endpointer is not None:
            log.info("no more audio came from the microphone; using what there is")
            self.endpointer.finish()
            self._deliver()

    def _deliver(self) -> None:
        endpointer = self.endpointer
        if endpointer is None:
            return
        self.cancel()
        emit(self.level, 0.0)
        self._hand_out_audio(endpointer)
        emit(self.utterance, endpointer.utterance())

    def _hand_out_audio(self, endpointer: Endpointer) -> None:
        piece = endpointer.take_new_audio()
        if piece:
            emit(self.speech_audio, piece)

    def _on_problem(self, message: str) -> None:
        if self.endpointer is not None:  # a late report after cancel() is not news
            self.cancel()
            emit(self.problem, message)


def microphone_listener() -> Listener:
    """A Listener on the system's default microphone (SpeakingSupport.listener_factory)."""
    return Listener(QtMicrophone())
