"""Benchmark: answer a card and fetch the next due one, for a learner with 10,000 cards and
200,000 review logs. Targets at the 95th percentile: <= 2 ms on SQLite, <= 5 ms on
PostgreSQL over localhost. Anki answering on a collection of the same size is the yardstick.

Run: .venv/bin/python bench/bench_review.py [--database sqlite|postgresql] [--durable]
     [--no-anki]
PostgreSQL: a throwaway local server as in the tests (tests/postgres_server.py; fsync off,
or with --durable PostgreSQL's own settings: every commit on disk).
"""

import argparse
import contextlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from sqlalchemy import insert, select, text  # noqa: E402

from anki_review_yardstick import anki_answer_times, anki_collection  # noqa: E402
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
    if services.engine.dialect.name == "postgresql":  # as autovacuum would within a minute
        with services.engine.connect() as connection:
            connection.execute(text("ANALYZE"))
            connection.commit()
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
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--no-anki", action="store_true", help="skip the Anki yardstick")
    parser.add_argument(
        "--durable", action="store_true", help="PostgreSQL with its own settings (fsync on)"
    )
    args = parser.parse_args()
    target = 2 if args.database == "sqlite" else 5
    with tempfile.TemporaryDirectory() as folder, _database(args.database, args.durable) as url:
        env = {"VAKTAAL_DATABASE_URL": url} if url else {}
        services = open_backend(Path(folder) / "data", env=env)
        started = time.perf_counter()
        learner_id = fill(services, Path(folder) / "deck")
        print(f"{args.database}: filled {CARDS} cards and {LOGS} review logs "
              f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
        ours = _report("vaktaal", lambda: measure(services, learner_id), target)
        services.close()
    if not args.no_anki:
        with anki_collection(CARDS, LOGS) as collection:
            anki = _report("Anki", lambda: anki_answer_times(collection, ANSWERS), None)
        print(f"vaktaal/Anki at p95: {ours / anki:.2f}")


@contextlib.contextmanager
def _database(kind: str, durable: bool) -> Iterator[str | None]:
    if kind == "sqlite":
        yield None
        return
    from postgres_server import FAST, PostgresServer, find_bindir

    bindir = find_bindir()
    assert bindir is not None, "PostgreSQL is not installed"
    server = PostgresServer(bindir, "" if durable else FAST)
    server.start()
    try:
        yield server.create_database()
    finally:
        server.remove()


def _report(name: str, run: Callable[[], list[float]], target: float | None) -> float:
    """Prints median/p95/p99 of `run`'s timings with its wall and CPU time; returns p95."""
    wall, cpu = time.perf_counter(), time.process_time()
    timings = sorted(t * 1000 for t in run())
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    p95 = timings[int(len(timings) * 0.95)]
    p99 = timings[int(len(timings) * 0.99)]
    goal = f" (target p95 <= {target} ms)" if target else ""
    print(
        f"{name}: answer + next due, {len(timings)} times: median "
        f"{statistics.median(timings):.3f} ms, p95 {p95:.3f} ms, p99 {p99:.3f} ms, "
        f"max {timings[-1]:.3f} ms{goal}; wall {wall:.2f} s, cpu {cpu:.2f} s"
    )
    return p95


if __name__ == "__main__":
    main()
