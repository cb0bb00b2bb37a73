"""Benchmark: plan a buddy session for one learner with 2,000 cards, in the workplace of
200 learners × 2,000 cards and 400,000 reviews (bench/staff_data.py). Target: <= 100 ms.

Yardstick in the same run: the learner's own session plan (PracticeService.start_session).

Run: .venv/bin/python bench/bench_buddy_plan.py [FOLDER]   (default /tmp/vaktaal-staff-data;
the data is made there on the first run)
"""

import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from staff_data import NOW, make_staff_data  # noqa: E402
from vaktaal.core.practice.buddy_plan import OVERRULE_DAYS  # noqa: E402

RUNS = 30


def timed(work: Callable[[], object], runs: int = RUNS) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each run (after one warm-up run)."""
    work()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return walls, cpus


def report(name: str, walls: list[float], cpus: list[float]) -> None:
    p95 = sorted(walls)[int(len(walls) * 0.95) - 1]
    print(
        f"{name:<46} wall median {statistics.median(walls):6.1f} ms, p95 {p95:6.1f} ms, "
        f"max {max(walls):6.1f} ms | cpu median {statistics.median(cpus):6.1f} ms"
    )


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/vaktaal-staff-data")
    backend = make_staff_data(folder)
    services = backend.services
    learners = services.learners.all()
    learner = learners[len(learners) // 2]
    since = NOW - timedelta(days=OVERRULE_DAYS)
    cards = backend.buddies.card_stats(learner.id, since)
    print(f"{len(learners)} learners; {learner.name}: {len(cards)} cards, {RUNS} runs each")
    for minutes in (15, 30):
        session = services.buddy.plan(learner.id, minutes, speaking=True)
        kinds = sorted({e.kind.value for e in session.exercises})
        print(f"  {minutes} min: {len(session.exercises)} exercises, kinds {', '.join(kinds)}")
        report(
            f"buddy plan, {minutes} minutes (speaking on)",
            *timed(lambda m=minutes: services.buddy.plan(learner.id, m, speaking=True)),
        )
    report(
        "  of which: card statistics (2 queries)",
        *timed(lambda: backend.buddies.card_stats(learner.id, since)),
    )
    report(
        "yardstick: learner's own session plan",
        *timed(lambda: services.practice.start_session(learner.id)),
    )
    backend.close()


if __name__ == "__main__":
    main()
