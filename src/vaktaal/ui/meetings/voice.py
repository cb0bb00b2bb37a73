"""Says one line of a meeting and tells when it is done.

`MeetingVoice` is what the player needs. `QtMeetingVoice` plays, in this order: the line's
own recording, its part of the meeting's recording (by its start and end; a meeting made
from a recording sounds like that recording), or the speaker's espeak-ng voice at the
chosen rate, cached like every other clip. A recording plays slower or faster through the
player's playback rate. The clip is fetched (cut, decoded, synthesised) on the CPU lane of
the app's task manager, never on the GUI thread.
Without an audio device (or audio) it waits as long as the line would take, so the
subtitles still move on. `FakeMeetingVoice` runs on a fake clock for tests; a fake
`LinePlayer` records which clips were played.
"""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtMultimedia import QMediaPlayer

from vaktaal.core.meetings.playback import PlayItem, estimated_seconds, words_per_minute
from vaktaal.core.pictograms import STORED
from vaktaal.speech.audio_library import AudioClip, AudioLibrary
from vaktaal.speech.meeting_recording import RecordingProblem, RecordingSlicer
from vaktaal.speech.synthesis import EspeakSynthesizer
from vaktaal.ui.audio_player import QtPlayback, has_output_device
from vaktaal.ui.tasks import Lane, Op, TaskManager

log = logging.getLogger(__name__)

Done = Callable[[], None]
ClipFetcher = Callable[[PlayItem, float], AudioClip | None]  # may block: runs off the GUI


class MeetingVoice(Protocol):
    def say(self, item: PlayItem, speed: float, on_done: Done) -> None:
        """Start saying the line; call `on_done` once it was said. Never blocks."""

    def stop(self) -> None:
        """Stop at once; the `on_done` of the line being said is never called."""


class LinePlayer(Protocol):
    """Plays one clip at a rate (1.0 normal) and calls `on_end` when it ended by itself, or
    `on_error` when it cannot be played."""

    def play(self, clip: AudioClip, rate: float, on_end: Done, on_error: Done) -> None: ...

    def stop(self) -> None: ...


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
    """The line's own recording, else its part of the meeting's recording, else the
    speaker's espeak-ng voice at that speed (cached)."""
    slicer = RecordingSlicer(audio.cache_dir)

    def fetch(item: PlayItem, speed: float) -> AudioClip | None:
        if item.audio:
            recording = audio.recording(item.audio)
            if recording is not None:
                return recording
        part = recorded_part(audio, slicer, item)
        if part is not None:
            return part
        voice = EspeakSynthesizer(item.voice, words_per_minute(speed))
        return AudioLibrary(audio.cache_dir, [voice], audio.media).audio_for(item.text)

    return fetch


def recorded_part(audio: AudioLibrary, slicer: RecordingSlicer, item: PlayItem) -> AudioClip | None:
    """The line's part of the meeting's recording; None without one (or when unreadable:
    the voice says the line, and the log says why)."""
    if not item.recording or item.start is None:
        return None
    path = (
        audio.media(item.recording) if item.recording.startswith(STORED) else Path(item.recording)
    )
    if path is None or not path.is_absolute():
        return None
    try:
        return slicer.clip(path, item.start, item.end)
    except RecordingProblem:
        log.warning("meeting recording %s cannot be played", path, exc_info=True)
        return None


class QtLinePlayer(QObject):
    """A LinePlayer on QtMultimedia (QMediaPlayer on the default output)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._playback: QtPlayback | None = None
        self._on_end: Done | None = None
        self._on_error: Done | None = None

    def play(self, clip: AudioClip, rate: float, on_end: Done, on_error: Done) -> None:
        playback = self._player()
        self._on_end, self._on_error = on_end, on_error
        playback.play(clip)
        playback.player.setPlaybackRate(rate)

    def stop(self) -> None:
        self._on_end = self._on_error = None
        if self._playback is not None:
            self._playback.stop()

    def _player(self) -> QtPlayback:
        if self._playback is None:
            self._playback = QtPlayback(self)
            self._playback.player.mediaStatusChanged.connect(self._status)
            self._playback.player.errorOccurred.connect(self._failed)
        return self._playback

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self._on_end is not None:
            QTimer.singleShot(0, self._on_end)  # not inside the media player's own signal

    def _failed(self, *_error: object) -> None:
        if self._on_error is not None:
            self._on_error()


class QtMeetingVoice(QObject):
    def __init__(
        self,
        fetch: ClipFetcher,
        tasks: TaskManager,
        parent: QObject | None = None,
        player: LinePlayer | None = None,
        has_output: Callable[[], bool] = has_output_device,
    ) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.tasks = tasks
        self.player: LinePlayer = player if player is not None else QtLinePlayer(self)
        self.has_output = has_output
        self._request = 0
        self._pending: tuple[PlayItem, float, Done] | None = None
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
        self.player.stop()

    def close(self) -> None:
        self.stop()

    def _deliver(self, request: int, clip: AudioClip | None) -> None:
        if request != self._request or self._pending is None:
            return
        item, speed, _done = self._pending
        if clip is None or not self.has_output():
            self._wait_for(item, speed)
            return
        rate = speed if clip.source == "recording" else 1.0  # a voice was made at that speed
        self.player.play(clip, rate, lambda: self._ended(request), lambda: self._failed(request))

    def _ended(self, request: int) -> None:
        if request == self._request:
            self._done()

    def _failed(self, request: int) -> None:
        """A clip that cannot be played: wait as long as the line takes, then go on."""
        if request == self._request and self._pending is not None:
            item, speed, _done = self._pending
            self._wait_for(item, speed)

    def _wait_for(self, item: PlayItem, speed: float) -> None:
        seconds = estimated_seconds(item.text, speed)
        if item.start is not None and item.end is not None:
            seconds = (item.end - item.start) / speed
        self._wait.start(round(seconds * 1000))

    def _done(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self._request += 1
            pending[2]()
