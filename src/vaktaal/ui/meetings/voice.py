"""Says one line of a meeting with its speaker's voice and tells when it is done.

`MeetingVoice` is what the player needs. `QtMeetingVoice` plays the line's own recording
(faster or slower through QMediaPlayer's playback rate) or the speaker's espeak-ng voice at
the chosen rate, cached like every other clip; the clip is fetched on the CPU lane of the
app's task manager.
Without an audio device (or audio) it waits as long as the line would take, so the
subtitles still move on. `FakeMeetingVoice` runs on a fake clock for tests.
"""

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtMultimedia import QMediaPlayer

from vaktaal.core.meetings.playback import PlayItem, estimated_seconds, words_per_minute
from vaktaal.speech.audio_library import AudioClip, AudioLibrary
from vaktaal.speech.synthesis import EspeakSynthesizer
from vaktaal.ui.audio_player import QtPlayback, has_output_device
from vaktaal.ui.tasks import Lane, Op, TaskManager

Done = Callable[[], None]
ClipFetcher = Callable[[PlayItem, float], AudioClip | None]  # may block: runs off the GUI


class MeetingVoice(Protocol):
    def say(self, item: PlayItem, speed: float, on_done: Done) -> None:
        """Start saying the line; call `on_done` once it was said. Never blocks."""

    def stop(self) -> None:
        """Stop at once; the `on_done` of the line being said is never called."""


class FakeMeetingVoice:
    """A voice on a fake clock: `advance(seconds)` lets time pass, `finish()` ends a line."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str, float]] = []  # (text, voice, speed)
        self._on_done: Done | None = None
        self._left = 0.0

    @property
    def speaking(self) -> bool:
        return self._on_done is not None

    def say(self, item: PlayItem, speed: float, on_done: Done) -> None:
        self.said.append((item.text, item.voice, speed))
        self._on_done = on_done
        self._left = estimated_seconds(item.text, speed)

    def stop(self) -> None:
        self._on_done = None

    def advance(self, seconds: float) -> None:
        while self._on_done is not None and seconds >= self._left:
            seconds -= self._left
            self.finish()

    def finish(self) -> None:
        done, self._on_done = self._on_done, None
        if done is not None:
            done()


def library_fetcher(audio: AudioLibrary) -> ClipFetcher:
    """The line's own recording, else the speaker's espeak-ng voice at that speed (cached)."""

    def fetch(item: PlayItem, speed: float) -> AudioClip | None:
        if item.audio:
            recording = audio.recording(item.audio)
            if recording is not None:
                return recording
        voice = EspeakSynthesizer(item.voice, words_per_minute(speed))
        return AudioLibrary(audio.cache_dir, [voice], audio.media).audio_for(item.text)

    return fetch


class QtMeetingVoice(QObject):
    def __init__(
        self, fetch: ClipFetcher, tasks: TaskManager, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.tasks = tasks
        self._request = 0
        self._pending: tuple[PlayItem, float, Done] | None = None
        self._playback: QtPlayback | None = None
        self._wait = QTimer(self)  # stands in for the audio when none can be played
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._done)

    def say(self, item: PlayItem, speed: float, on_done: Done) -> None:
        self.stop()
        request = self._request
        self._pending = (item, speed, on_done)
        self.tasks.run(
            Op(
                lambda: self.fetch(item, speed),
                lambda clip: self._deliver(request, clip),
                lambda _error: self._deliver(request, None),  # logged by the task manager
                Lane.CPU,
            )
        )

    def stop(self) -> None:
        self._request += 1
        self._pending = None
        self._wait.stop()
        if self._playback is not None:
            self._playback.stop()

    def close(self) -> None:
        self.stop()

    def _deliver(self, request: int, clip: AudioClip | None) -> None:
        if request != self._request or self._pending is None:
            return
        item, speed, _done = self._pending
        if clip is None or not has_output_device():
            self._wait.start(round(estimated_seconds(item.text, speed) * 1000))
            return
        playback = self._player()
        playback.play(clip)
        playback.player.setPlaybackRate(speed if clip.source == "recording" else 1.0)

    def _player(self) -> QtPlayback:
        if self._playback is None:
            self._playback = QtPlayback(self)
            self._playback.player.mediaStatusChanged.connect(self._status)
            self._playback.player.errorOccurred.connect(self._failed)
        return self._playback

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            QTimer.singleShot(0, self._done)  # not inside the media player's own signal

    def _failed(self, *_error: object) -> None:
        """A clip that cannot be played: wait as long as the line takes, then go on."""
        if self._pending is not None:
            item, speed, _done = self._pending
            self._wait.start(round(estimated_seconds(item.text, speed) * 1000))

    def _done(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self._request += 1
            pending[2]()
