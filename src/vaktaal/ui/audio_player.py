"""Plays the audio of a term or sentence: fetched off the GUI thread, played by QtMultimedia.

`AudioSpeaker` is a `Speaker` (vaktaal.speech.tts): `speak(text)` returns at once. The clip
comes from an AudioLibrary as an op on the CPU lane of the app's task manager; only the
newest request plays, and a new one stops the clip that is playing. Without an audio device
it logs once and stays quiet.
"""

import logging
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from shiboken6 import isValid

from vaktaal.speech.audio_library import AudioClip
from vaktaal.ui.tasks import Lane, Op, TaskManager

log = logging.getLogger(__name__)

NO_DEVICE = "no-device"
NO_AUDIO = "no-audio"


class ClipSource(Protocol):
    """What AudioSpeaker needs of an AudioLibrary (a fake in tests)."""

    @property
    def available(self) -> bool: ...

    def audio_for(self, text: str, own_recording_ref: str | None = None) -> AudioClip | None: ...


class Playback(Protocol):
    def play(self, clip: AudioClip) -> None: ...
    def stop(self) -> None: ...


class AudioSpeaker(QObject):
    playing = Signal(object)  # the AudioClip that started
    quiet = Signal(str)  # why nothing plays: NO_DEVICE or NO_AUDIO

    def __init__(
        self,
        library: ClipSource,
        tasks: TaskManager,
        parent: QObject | None = None,
        playback: Playback | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.tasks = tasks
        self._playback = playback
        self._request = 0
        self._warned_no_device = False

    @property
    def available(self) -> bool:
        return self.library.available

    def speak(self, text: str) -> None:
        self.speak_clip(text, None)

    def speak_clip(self, text: str, own_recording_ref: str | None) -> None:
        """Say `text`, from the deck's own recording when there is one. Never blocks."""
        self._request += 1
        request = self._request
        self.stop()
        self.tasks.run(
            Op(
                lambda: self._fetch(request, text, own_recording_ref),
                lambda clip: self._deliver(request, clip),
                lane=Lane.CPU,
            )
        )

    def stop(self) -> None:
        if self._playback is not None:
            self._playback.stop()

    def close(self) -> None:
        """Stop playing; requests still waiting or being fetched are dropped."""
        self._request += 1
        self.stop()

    def _fetch(self, request: int, text: str, ref: str | None) -> AudioClip | None:
        """On the CPU lane: the clip, unless a newer request came in while this one waited."""
        if request != self._request:
            return None
        try:
            return self.library.audio_for(text, ref)
        except Exception:
            log.exception("no audio for %r", text)
            return None

    def _deliver(self, request: int, clip: AudioClip | None) -> None:
        if request != self._request or not isValid(self):
            return
        if clip is None:
            self.quiet.emit(NO_AUDIO)
            return
        if not has_output_device():
            if not self._warned_no_device:
                log.warning("no audio output device: clips are not played")
                self._warned_no_device = True
            self.quiet.emit(NO_DEVICE)
            return
        if self._playback is None:
            self._playback = QtPlayback(self)
        self._playback.play(clip)
        self.playing.emit(clip)


def has_output_device() -> bool:
    return bool(QMediaDevices.audioOutputs())


class QtPlayback(QObject):
    """QMediaPlayer on the default output (read again for each clip: headsets come and go)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.output = QAudioOutput(self)
        self.player = QMediaPlayer(self)
        self.player.setAudioOutput(self.output)
        self.player.errorOccurred.connect(self._failed)
        self._buffer: QBuffer | None = None
        self._reported: set[str] = set()

    def play(self, clip: AudioClip) -> None:
        self.stop()
        self.output.setDevice(QMediaDevices.defaultAudioOutput())
        if clip.path is not None:
            self.player.setSource(QUrl.fromLocalFile(str(clip.path)))
        else:  # not on disk (the cache could not be written): play from memory
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(clip.data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.player.setSourceDevice(self._buffer, QUrl(f"clip{clip.suffix}"))
        self.player.play()

    def stop(self) -> None:
        self.player.stop()
        # Clear the source first: going from one source device straight to another (or to
        # None) deadlocks the FFmpeg backend (Qt 6, seen without an audio device).
        self.player.setSource(QUrl())
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _failed(self, _error: QMediaPlayer.Error, message: str) -> None:
        if message not in self._reported:  # once per kind of failure, not once per click
            self._reported.add(message)
            log.warning("audio could not be played: %s", message)
