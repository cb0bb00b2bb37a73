"""Benchmark: answer a card and fetch the next due one, for a learner with 10,000 cards and
200,000 review logs. Target: <= 2 ms at the 95th percentile.

Run: .venv/bin/python bench/bench_review.py
"""

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import insert, select  # noqa: E402

from generated_deck import write_generated_deck  # noqa: E402
from vaktaal.app import Backend, open_backend  # noqa: E402
from vaktaal.core.deckformat import load_deck  # noqa: E402
from vaktaal.storage.tables import CardRow, ReviewLogRow, TermRow  # noqa: E402

CARDS = 10_000
LOGS = 200_000
ANSWERS = 2_000
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def fill(services: Backend, folder: Path) -> int:
    services.decks.import_deck(load_deck(write_generated_deck(folder, CARDS), services.library))
    learner = services.learners.add("Bench", ["ar"])
    rng = random.Random(1)
    with services.engine.begin() as connection:
        term_pks = connection.execute(select(TermRow.id)).scalars().all()
        connection.execute(insert(CardRow), [_card(learner.id, pk, rng) for pk in term_pks])
        card_ids = connection.execute(select(CardRow.id)).scalars().all()
        logs = [_log(rng.choice(card_ids), rng) for _ in range(LOGS)]
        connection.execute(insert(ReviewLogRow), logs)
    return learner.id


def _card(learner_id: int, term_pk: int, rng: random.Random) -> dict[str, object]:
    due = NOW + timedelta(days=rng.uniform(-30, 30))
    return {
        "learner_id": learner_id, "term_pk": term_pk, "state": 2, "step": None,
        "stability": rng.uniform(1, 60), "difficulty": rng.uniform(1, 10), "due": due,
        "last_review": due - timedelta(days=rng.uniform(1, 30)),
    }  # fmt: skip


def _log(card_id: int, rng: random.Random) -> dict[str, object]:
    when = NOW - timedelta(days=rng.uniform(0, 365))
    return {
        "card_id": card_id, "rating": rng.randint(1, 4), "reviewed_at": when,
        "duration_ms": rng.randint(1500, 9000), "exercise_kind": "recall",
    }  # fmt: skip


def measure(services: Backend, learner_id: int) -> list[float]:
    rng = random.Random(2)
    timings = []
    due = services.reviews.next_due(learner_id, NOW)
    for i in range(ANSWERS):
        assert due is not None
        when = NOW + timedelta(seconds=i)
        start = time.perf_counter()
        services.reviews.answer(due.card_id, rng.choice((1, 3, 3, 3, 4)), when, 4000, "recall")
        due = services.reviews.next_due(learner_id, when)
        timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = open_backend(Path(folder) / "data")
        started = time.perf_counter()
        learner_id = fill(services, Path(folder) / "deck")
        print(
            f"filled {CARDS} cards and {LOGS} review logs in {time.perf_counter() - started:.1f} s"
        )
        timings = sorted(t * 1000 for t in measure(services, learner_id))
        services.close()
    p95 = timings[int(len(timings) * 0.95)]
    p99 = timings[int(len(timings) * 0.99)]
    print(
        f"answer + next due, {ANSWERS} times: median {statistics.median(timings):.3f} ms, "
        f"p95 {p95:.3f} ms, p99 {p99:.3f} ms, max {timings[-1]:.3f} ms (target p95 <= 2 ms)"
    )


if __name__ == "__main__":
    main()
