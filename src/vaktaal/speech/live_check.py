"""Judge a spoken word while it is being said.

Decoding after the end of speech takes longer than the learner should wait (the free pass
alone is about as slow as real time). A LiveCheck therefore decodes both passes of the
PronunciationChecker while the audio comes in, each in a thread of its own (Vosk releases
the GIL, so two cores work at once). After the end of speech only the final results and the
phonetic comparison remain.

`feed` never blocks: call it from the GUI thread with each new piece of the utterance.
`finish` blocks until the verdict is there: call it in the background.
"""

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import replace

from vaktaal.speech.pronunciation import (
    PronunciationChecker,
    PronunciationVerdict,
    restricted_grammar,
)
from vaktaal.speech.recognition import Cancelled, RecognitionStream, Transcript

log = logging.getLogger(__name__)

FINISH_TIMEOUT_SECONDS = 30.0
_END = b""  # put on a pass's queue: no more audio


class _Pass:
    """One decoding pass in its own thread: audio goes in through a queue."""

    def __init__(self, name: str, open_stream: Callable[[], RecognitionStream]) -> None:
        self.transcript: Future[Transcript] = Future()
        self._audio: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._cancelled = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(open_stream,), name=f"vaktaal-{name}-pass", daemon=True
        )
        self._thread.start()

    def feed(self, pcm: bytes) -> None:
        if pcm:
            self._audio.put(pcm)

    def end(self) -> None:
        self._audio.put(_END)

    def cancel(self) -> None:
        self._cancelled.set()
        self._audio.put(_END)

    def _run(self, open_stream: Callable[[], RecognitionStream]) -> None:
        try:
            stream = open_stream()
            while (pcm := self._audio.get()) != _END:
                if not self._cancelled.is_set():
                    stream.feed(pcm)
            if self._cancelled.is_set():
                stream.close()
                raise Cancelled()
            self.transcript.set_result(stream.result())
        except BaseException as error:  # noqa: BLE001 - handed to whoever waits for it
            if not isinstance(error, Cancelled):
                log.warning("a decoding pass failed", exc_info=True)
            self.transcript.set_exception(error)


class LiveCheck:
    """One attempt at saying `target`, decoded while it is spoken."""

    def __init__(
        self,
        checker: PronunciationChecker,
        target: str,
        similar_words: Callable[[], Sequence[str]] = tuple,
    ) -> None:
        self.checker = checker
        self.target = target
        self.similar: Sequence[str] = ()
        self._fed = bytearray()
        recognizer = checker.recognizer
        self._free = _Pass("free", lambda: recognizer.stream(None))

        def open_restricted() -> RecognitionStream:
            self.similar = list(similar_words())  # reading the deck's sounds takes a while
            checker.prepare(target, self.similar)
            return recognizer.stream(restricted_grammar(target, self.similar))

        self._restricted = _Pass("restricted", open_restricted)

    def feed(self, pcm: bytes) -> None:
        """The next piece of the utterance; returns at once."""
        self._fed.extend(pcm)
        self._free.feed(pcm)
        self._restricted.feed(pcm)

    def cancel(self) -> None:
        """Stop decoding; `finish` then raises Cancelled."""
        self._free.cancel()
        self._restricted.cancel()

    def finish(self, utterance: bytes | None = None) -> PronunciationVerdict:
        """The verdict, once both passes have decoded everything fed (blocks).

        With `utterance`, the whole recording as the app kept it: if that is not exactly the
        audio fed, it is checked from scratch instead, so the verdict is always about it."""
        started = time.perf_counter()
        if utterance is not None and utterance != self._fed:
            log.warning("the live audio differs from the utterance; checking it again")
            self.cancel()
            return self.checker.check(utterance, self.target, self.similar)
        self._free.end()
        self._restricted.end()
        free = self._free.transcript.result(FINISH_TIMEOUT_SECONDS)
        free_seconds = time.perf_counter() - started
        restricted = self._restricted.transcript.result(FINISH_TIMEOUT_SECONDS)
        restricted_seconds = time.perf_counter() - started
        verdict = self.checker.judge(free, restricted, self.target, self.similar)
        timings = {
            "free": free_seconds,
            "restricted": restricted_seconds,
            "phonetic": verdict.timings.get("phonetic", 0.0),
            "total": time.perf_counter() - started,
        }
        return replace(verdict, timings=timings)
