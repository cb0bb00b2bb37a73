"""Load test: many processes (PCs) answering reviews at once through the real code path
(PracticeService.start_session + record), some learners shared between processes, as when
one learner moves between PCs. Prints answers sent and stored, errors, p50/p95 latency, and
the cards whose stored state is not FSRS replayed over their stored answers (a lost update).
Target: stored == sent, errors 0, lost updates 0.

Run: .venv/bin/python bench/bench_concurrent_answers.py [--database postgresql|sqlite]
     [--processes 20] [--seconds 60]
PostgreSQL: a throwaway server as in the tests (tests/postgres_server.py; fsync off).
"""

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from sqlalchemy import func, select  # noqa: E402

from answering import answer_shown  # noqa: E402
from vaktaal.app import Backend, install_bundled_decks, open_backend  # noqa: E402
from vaktaal.core.practice.plan import SessionOptions  # noqa: E402
from vaktaal.core.scheduling import CardState  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.storage.tables import CardRow, ReviewLogRow, TermRow  # noqa: E402

LEARNERS = 10
DECK = "magazijn-installatie"


def open_here(folder: Path, url: str | None) -> Backend:
    env = {"VAKTAAL_DATABASE_URL": url} if url else {}
    return open_backend(folder, env=env, speaker=FakeSpeaker())


def worker(index: int, folder: Path, url: str | None, seconds: float) -> tuple[int, int, list]:
    """One PC: sessions for two learners in turn (shared with the neighbouring process)."""
    backend = open_here(folder, url)
    learners = [learner.id for learner in backend.learners.all()]
    mine = [learners[index % LEARNERS], learners[(index + 1) % LEARNERS]]
    rng, sent, errors, latencies = random.Random(index), 0, 0, []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        learner_id = mine[sent % 2]
        session = backend.practice.start_session(learner_id, DECK, SessionOptions(6, 3))
        while not session.finished and time.monotonic() < deadline:
            outcome = answer_shown(session, right=rng.random() < 0.8)
            began = time.perf_counter()
            sent += 1
            try:
                backend.practice.record(learner_id, outcome)
            except Exception:  # counted: the target is none
                errors += 1
            latencies.append(time.perf_counter() - began)
    backend.close()
    return sent, errors, latencies


def lost_updates(backend: Backend) -> int:
    """Cards whose stored FSRS state differs from replaying their stored answers in order."""
    srs, lost = backend.reviews.srs, 0
    with backend.engine.connect() as connection:
        cards = connection.execute(
            select(CardRow, TermRow.safety_critical).join(TermRow, TermRow.id == CardRow.term_pk)
        ).all()
        logs: dict[int, list] = {}
        query = select(ReviewLogRow.card_id, ReviewLogRow.rating, ReviewLogRow.reviewed_at)
        for card_id, rating, when in connection.execute(query.order_by(ReviewLogRow.id)):
            logs.setdefault(card_id, []).append((rating, when))
    for card in cards:
        given = logs.get(card.id, [])
        state = CardState(due=given[0][1]) if given else None
        for rating, when in given:
            state = srs.answer(state, rating, when, bool(card.safety_critical))
        if state is not None and abs((state.stability or 0) - (card.stability or 0)) > 1e-6:
            lost += 1
    return lost


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--processes", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vaktaal-load-")) / "data"
    server, url = None, None
    if args.database == "postgresql":
        from postgres_server import PostgresServer, find_bindir

        bindir = find_bindir()
        assert bindir is not None, "PostgreSQL is not installed"
        server = PostgresServer(bindir)
        server.start()
        url = server.create_database()
    backend = open_here(folder, url)
    install_bundled_decks(backend)
    for number in range(LEARNERS):
        backend.learners.add(f"Leerling {number}", ["ar"], decks=[DECK])
    wall, cpu = time.perf_counter(), time.process_time()
    jobs = [(i, folder, url, args.seconds) for i in range(args.processes)]
    with multiprocessing.get_context("spawn").Pool(args.processes) as pool:
        results = pool.starmap(worker, jobs)
    wall = time.perf_counter() - wall
    sent = sum(r[0] for r in results)
    errors = sum(r[1] for r in results)
    latencies = sorted(x for r in results for x in r[2])
    with backend.engine.connect() as connection:
        stored = connection.execute(select(func.count(ReviewLogRow.id))).scalar_one()
    p50 = statistics.median(latencies) * 1000
    p95 = latencies[int(len(latencies) * 0.95)] * 1000
    print(f"{args.database}: {args.processes} processes, {args.seconds:.0f} s, "
          f"{LEARNERS} learners shared by 2 processes each")  # fmt: skip
    print(f"answers sent {sent}, stored {stored}, errors {errors}, "
          f"cards with a lost update {lost_updates(backend)}")  # fmt: skip
    print(f"record latency p50 {p50:.1f} ms, p95 {p95:.1f} ms; wall {wall:.1f} s, "
          f"cpu of the parent {time.process_time() - cpu:.1f} s")  # fmt: skip
    backend.close()
    if server is not None:
        server.remove()


if __name__ == "__main__":
    main()
