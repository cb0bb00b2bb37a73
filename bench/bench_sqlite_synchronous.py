"""Benchmark: what an answer costs with SQLite's `synchronous=FULL` (each commit on disk
before the answer shows as saved, so it survives a power cut) against `NORMAL` (WAL: the last
commits may be lost on a power cut). Answers go through the real code path
(PracticeService.start_session + record) on one database file in a data folder on disk;
the two settings take turns (NORMAL, FULL, FULL, NORMAL, ...) so drift hits both alike.
Prints, per setting, the wall and CPU time of `record` per answer: p50, p95 and mean.

Run: .venv/bin/python bench/bench_sqlite_synchronous.py [--answers 500] [--rounds 2]
     [--folder DIR]  (default: a temporary folder below the current one, on its disk)
"""

import argparse
import random
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from answering import answer_shown
from vaktaal.app import Backend, install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.plan import SessionOptions
from vaktaal.speech.tts import FakeSpeaker

DECK = "magazijn-installatie"
SETTINGS = ("NORMAL", "FULL")
DAY = 24 * 3600


def open_with(folder: Path, setting: str, clock: FakeClock) -> Backend:
    """The app's backend; its connections then set `synchronous` to `setting`."""
    backend = open_backend(folder, env={}, clock=clock, speaker=FakeSpeaker())

    def choose(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA synchronous={setting}")

    event.listen(backend.engine, "connect", choose)  # after the app's own pragmas
    backend.engine.dispose()  # connections made before use the new setting too
    with backend.engine.connect() as connection:
        chosen = connection.execute(text("PRAGMA synchronous")).scalar()
    assert chosen == {"NORMAL": 1, "FULL": 2}[setting], chosen
    return backend


def answer(
    backend: Backend, clock: FakeClock, learner_id: int, count: int, seed: int
) -> list[tuple[float, float]]:
    """`count` answers in sessions of 9, a day apart; (wall, cpu) seconds of each `record`."""
    rng, timings = random.Random(seed), []
    while len(timings) < count:
        clock.advance(DAY)
        session = backend.practice.start_session(learner_id, DECK, SessionOptions(6, 3))
        while not session.finished and len(timings) < count:
            outcome = answer_shown(session, right=rng.random() < 0.8)
            wall, cpu = time.perf_counter(), time.process_time()
            backend.practice.record(learner_id, outcome)
            timings.append((time.perf_counter() - wall, time.process_time() - cpu))
    return timings


def figures(seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[int(len(ms) * 0.95)]
    p50, mean = statistics.median(ms), statistics.mean(ms)
    return f"p50 {p50:6.2f} ms, p95 {p95:6.2f} ms, mean {mean:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=500, help="per setting and round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--folder", type=Path, default=Path.cwd())
    args = parser.parse_args()
    workspace = Path(tempfile.mkdtemp(prefix="vaktaal-sync-", dir=args.folder))
    data = workspace / "data"
    clock = FakeClock(datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    backend = open_backend(data, env={}, clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    learner_id = backend.learners.add("Bench", ["ar"], decks=[DECK]).id
    backend.close()
    results: dict[str, list[tuple[float, float]]] = {setting: [] for setting in SETTINGS}
    for round_number in range(args.rounds):
        order = SETTINGS if round_number % 2 == 0 else SETTINGS[::-1]
        for setting in order:
            backend = open_with(data, setting, clock)
            results[setting] += answer(backend, clock, learner_id, args.answers, round_number)
            backend.close()
    shutil.rmtree(workspace)
    print(f"record() per answer, {args.answers} answers x {args.rounds} rounds per setting, "
          f"data folder on the disk of {args.folder}")  # fmt: skip
    for setting in SETTINGS:
        wall = [w for w, _ in results[setting]]
        cpu = [c for _, c in results[setting]]
        print(f"{setting:6}  wall {figures(wall)} | cpu {figures(cpu)}")
    normal = [w for w, _ in results["NORMAL"]]
    full = [w for w, _ in results["FULL"]]
    extra = statistics.median(full) - statistics.median(normal)
    ratio = statistics.mean(full) / statistics.mean(normal)
    print(f"FULL - NORMAL: {extra * 1000:+.2f} ms per answer at the median "
          f"({ratio:.2f}x the mean wall time)")  # fmt: skip


if __name__ == "__main__":
    main()
