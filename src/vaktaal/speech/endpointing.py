"""Where a spoken word starts and ends in a stream of microphone audio (no Qt, no numpy).

Audio is fed in chunks of PCM (16-bit signed little-endian, mono) as it arrives. The first
`settle_ms` are dropped while the device settles, but measured: they give the noise floor.
Speech starts when the short-time energy stays above a threshold (a few times the noise
floor, which keeps adapting while nobody speaks); it ends after `silence_ms` of quiet, of
which `tail_ms` is kept so the last syllable is not cut off; or at `max_ms` of listening.
"""

import math
import statistics
import sys
from array import array
from typing import Final, Literal

State = Literal["waiting", "speaking", "done"]
WAITING: Final = "waiting"
SPEAKING: Final = "speaking"
DONE: Final = "done"

FRAME_MS = 20  # the energy is measured per frame of this length
START_MS = 60  # this much loud audio in a row starts speech (a click does not)
PREROLL_MS = 200  # kept before the first loud frame: the soft start of the word
SPEECH_FACTOR = 3.0  # speech is this many times louder (RMS) than the noise floor
KEEP_FACTOR = 0.7  # once speaking, a frame counts as speech down to this part of it
MIN_THRESHOLD = 150.0  # RMS (about -47 dBFS): quieter than this is never speech
FLOOR_ADAPT = 0.05  # how fast the noise floor follows quiet frames while waiting
METER_FLOOR_DB = -60.0  # the level meter shows -60..0 dBFS as 0..1
SAMPLE_WIDTH = 2


def frame_rms(frame: bytes) -> float:
    """Root-mean-square amplitude of 16-bit little-endian samples."""
    samples = array("h")
    samples.frombytes(frame[: len(frame) - len(frame) % SAMPLE_WIDTH])
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def meter_level(rms: float) -> float:
    """An RMS amplitude as 0..1 for a level meter (logarithmic, like the ear)."""
    if rms <= 0:
        return 0.0
    decibels = 20 * math.log10(rms / 32768)
    return min(1.0, max(0.0, 1 - decibels / METER_FLOOR_DB))


class Endpointer:
    """Finds one utterance in audio fed chunk by chunk; see the module docstring."""

    def __init__(
        self,
        sample_rate: int = 16_000,
        settle_ms: int = 300,
        tail_ms: int = 500,
        silence_ms: int = 800,
        max_ms: int = 6000,
        end_on_silence: bool = True,
    ) -> None:
        if tail_ms > silence_ms:
            raise ValueError("tail_ms cannot be longer than silence_ms")
        self.sample_rate = sample_rate
        self.end_on_silence = end_on_silence  # False: push-to-talk, the learner ends it
        self.frame_bytes = sample_rate * FRAME_MS // 1000 * SAMPLE_WIDTH
        self._settle_frames = _frames(settle_ms)
        self._tail_frames = _frames(tail_ms)
        self._silence_frames = _frames(silence_ms)
        self._max_frames = _frames(max_ms)
        self.state: State = WAITING
        self.level = 0.0
        self.noise_floor: float | None = None
        self.speech_detected = False
        self._settle_energies: list[float] = []
        self._pending = b""
        self._frames: list[bytes] = []  # kept audio, after the settle period
        self._start = 0  # first kept frame of the utterance
        self._end: int | None = None  # one past its last frame, once done
        self._loud_run = 0
        self._quiet_run = 0
        self._release_left: int | None = None  # frames still to record after release()
        self._handed_out: int | None = None  # frames given by take_new_audio, from _start

    @property
    def threshold(self) -> float:
        return max(MIN_THRESHOLD, SPEECH_FACTOR * (self.noise_floor or 0.0))

    @property
    def done(self) -> bool:
        return self.state == DONE

    def feed(self, chunk: bytes) -> State:
        """Take the next chunk of audio; the state after it."""
        if self.state == DONE:
            return DONE
        data = self._pending + chunk
        whole = len(data) - len(data) % self.frame_bytes
        self._pending = data[whole:]
        loudest = None
        for offset in range(0, whole, self.frame_bytes):
            rms = self._frame(data[offset : offset + self.frame_bytes])
            loudest = rms if loudest is None else max(loudest, rms)
            if self.done:
                break
        if loudest is not None:
            self.level = meter_level(loudest)
        return self.state

    def release(self) -> None:
        """Push-to-talk let go: record `tail_ms` more, then stop (with or without speech)."""
        if self.state != DONE and self._release_left is None:
            self._release_left = self._tail_frames
            if self._release_left == 0:
                self._finish(len(self._frames))

    def finish(self) -> None:
        """Stop now, keeping everything recorded so far."""
        if self.state != DONE:
            self._finish(len(self._frames))

    def utterance(self) -> bytes:
        """The audio of the utterance: everything kept when no speech was found."""
        end = len(self._frames) if self._end is None else self._end
        return b"".join(self._frames[self._start : end])

    def take_new_audio(self) -> bytes:
        """The part of the utterance not taken before, for decoding while the learner speaks.

        Nothing while waiting for speech; quiet after speech is held back until it is clear
        whether it belongs to the utterance. Joined, all pieces are exactly `utterance()`."""
        if self.state == WAITING:
            return b""
        first = self._start if self._handed_out is None else self._handed_out
        if self._end is not None:
            last = self._end
        else:
            last = len(self._frames) - max(0, self._quiet_run - self._tail_frames)
        self._handed_out = max(first, last)
        return b"".join(self._frames[first:last])

    def _frame(self, frame: bytes) -> float:
        rms = frame_rms(frame)
        if self._settle_frames > 0:
            self._settle_frames -= 1
            self._settle_energies.append(rms)
            if self._settle_frames == 0:
                self.noise_floor = statistics.median(self._settle_energies)
            return rms
        self._frames.append(frame)
        if self.state == WAITING:
            self._wait(rms)
        else:
            self._speak(rms)
        self._check_limits()
        return rms

    def _wait(self, rms: float) -> None:
        if rms >= self.threshold:
            self._loud_run += 1
            if self._loud_run * FRAME_MS >= START_MS:
                first_loud = len(self._frames) - self._loud_run
                self._start = max(0, first_loud - _frames(PREROLL_MS))
                self.state = SPEAKING
                self.speech_detected = True
            return
        self._loud_run = 0
        floor = rms if self.noise_floor is None else self.noise_floor
        self.noise_floor = floor + FLOOR_ADAPT * (rms - floor)

    def _speak(self, rms: float) -> None:
        if rms >= self.threshold * KEEP_FACTOR:
            self._quiet_run = 0
            return
        self._quiet_run += 1
        if self.end_on_silence and self._quiet_run >= self._silence_frames:
            self._finish(len(self._frames) - self._quiet_run + self._tail_frames)

    def _check_limits(self) -> None:
        if self.state == DONE:
            return
        if self._release_left is not None:
            self._release_left -= 1
            if self._release_left <= 0:
                self._finish(len(self._frames))
                return
        if len(self._frames) >= self._max_frames:
            self._finish(len(self._frames))

    def _finish(self, end: int) -> None:
        self._end = end
        self.state = DONE


def _frames(ms: int) -> int:
    return math.ceil(ms / FRAME_MS)
