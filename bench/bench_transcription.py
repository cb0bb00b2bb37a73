"""Transcription of a meeting recording: a 2-minute Korean espeak-ng WAV (and MP3) through
the use case the meeting editor and `vaktaal meeting transcribe` share (decoding, the silence
check and a free Vosk pass with the Korean test model), with peak memory.
Run: .venv/bin/python bench/bench_transcription.py
"""

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "meetings_authoring"))

from meeting_audio import korean_recognizer, speech_with_pauses, write_mp3, write_wav  # noqa: E402

from vaktaal.usecases.meeting_authoring import MeetingAuthoring  # noqa: E402

MINUTES = 2


def main() -> None:
    pcm, rate = speech_with_pauses()
    repeats = int(MINUTES * 60 / (len(pcm) / 2 / rate)) + 1
    long_pcm = pcm * repeats
    started = time.perf_counter()
    recognizer = korean_recognizer()
    print(f"model load + warm-up: {time.perf_counter() - started:.1f} s")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory() as folder:
        for kind, write in (("wav", write_wav), ("mp3", write_mp3)):
            path = write(Path(folder) / f"bench.{kind}", long_pcm, rate)
            result = MeetingAuthoring().transcribe(path, lambda: recognizer)
            speed = result.audio_seconds / result.elapsed_seconds
            print(f"{kind}: {result.audio_seconds:.0f} s audio in {result.elapsed_seconds:.1f} s "
                  f"({speed:.1f}x real time), {len(result.meeting.lines)} lines")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"peak RSS {peak / 1024:.0f} MB (grew {(peak - before) / 1024:.0f} MB while transcribing)"
    )


if __name__ == "__main__":
    main()
