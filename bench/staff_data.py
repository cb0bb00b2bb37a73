"""A workplace for the staff benchmarks: 200 learners × 2,000 cards and 400,000+ reviews.

Four generated decks of 500 terms (every tenth safety-critical), reviews spread over the
last 120 days before NOW. Every card has at least one review (a card is made at its first
answer), so the 400,000 the issue asks for become about 540,000 (1.35 per card): the
figures err on the safe side. Speaking attempts on 5% of the reviews (a
buddy checked and overruled some), and about 6 buddy sessions per learner with notes.
The database is made once per folder and reused: `make_staff_data(folder)`.

Run: .venv/bin/python bench/staff_data.py [FOLDER]   (prints how long it took)
"""

import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import insert, select  # noqa: E402

from generated_deck import write_generated_deck  # noqa: E402
from vaktaal.app import Backend, open_backend  # noqa: E402
from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.core.deckformat import load_deck  # noqa: E402
from vaktaal.storage.tables import (  # noqa: E402
    BuddySessionRow,
    CardRow,
    LearnerRow,
    ReviewLogRow,
    SpeechAttemptRow,
    TermRow,
)

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
LEARNERS = 200
DECKS = 4
TERMS_PER_DECK = 500
REVIEWS = 400_000
DAYS = 120
LANGUAGES = (["ar"], ["ti"], ["tr"], ["fa"], ["uk"], ["en"], ["ar", "en"])
KINDS = ("recall", "choose_picture", "listen", "type", "article")
DONE_MARK = "staff-data-complete"


def make_staff_data(folder: Path, learners: int = LEARNERS, reviews: int = REVIEWS) -> Backend:
    """The workplace in `folder` (made when missing), opened with a clock at NOW."""
    folder.mkdir(parents=True, exist_ok=True)
    made = (folder / DONE_MARK).exists()
    backend = open_backend(folder / "data", env={}, clock=FakeClock(NOW))
    if not made:
        _fill(backend, folder, learners, reviews)
        (folder / DONE_MARK).write_text("ok\n", encoding="utf-8")
    return backend


def _fill(backend: Backend, folder: Path, learners: int, reviews: int) -> None:
    for number in range(1, DECKS + 1):
        deck_dir = write_generated_deck(
            folder / f"deck-{number}", TERMS_PER_DECK, f"bench-{number}"
        )
        toml = deck_dir / "deck.toml"
        toml.write_text(
            toml.read_text(encoding="utf-8").replace("Gegenereerd pakket", f"Pakket {number}"),
            encoding="utf-8",
        )
        backend.decks.import_deck(load_deck(deck_dir, backend.library))
    rng = random.Random(13)
    for number in range(learners):
        backend.learners.add(f"Leerling {number + 1:03d}", LANGUAGES[number % len(LANGUAGES)])
    with backend.engine.begin() as connection:
        learner_ids = (
            connection.execute(select(LearnerRow.id).where(LearnerRow.role == "learner"))
            .scalars()
            .all()
        )
        term_pks = connection.execute(select(TermRow.id)).scalars().all()
        per_card = reviews / (len(learner_ids) * len(term_pks))
        sessions = _buddy_sessions(connection, learner_ids, rng)
        for learner_id in learner_ids:
            _learner_reviews(connection, learner_id, term_pks, per_card, sessions, rng)


def _buddy_sessions(
    connection, learner_ids, rng: random.Random
) -> dict[int, list[tuple[int, datetime]]]:  # type: ignore[no-untyped-def]
    rows = []
    for learner_id in learner_ids:
        for _ in range(6):
            start = NOW - timedelta(days=rng.uniform(0, DAYS), hours=0)
            rows.append({
                "learner_id": learner_id, "buddy_id": None, "buddy_name": "Sanne",
                "minutes": rng.choice((15, 20, 30)), "started_at": start,
                "ended_at": start + timedelta(minutes=20),
                "went_well": "De woorden voor veiligheid gingen goed.",
                "to_practise": "Lidwoorden: de of het.",
                "next_note": "Begin met de woorden van het magazijn.",
            })  # fmt: skip
    connection.execute(insert(BuddySessionRow), rows)
    found: dict[int, list[tuple[int, datetime]]] = {}
    for row in connection.execute(
        select(BuddySessionRow.id, BuddySessionRow.learner_id, BuddySessionRow.started_at)
    ):
        found.setdefault(row.learner_id, []).append((row.id, row.started_at))
    return found


def _learner_reviews(connection, learner_id, term_pks, per_card, sessions, rng) -> None:  # type: ignore[no-untyped-def]
    cards = [_card(learner_id, pk, rng) for pk in term_pks]
    first_id = connection.execute(insert(CardRow).returning(CardRow.id), cards[:1]).scalar_one()
    connection.execute(insert(CardRow), cards[1:])
    card_ids = range(first_id, first_id + len(cards))
    logs = list(_logs(card_ids, cards, per_card, sessions.get(learner_id, []), rng))
    connection.execute(insert(ReviewLogRow), logs)
    spoken = (
        connection.execute(
            select(ReviewLogRow.id)
            .join(CardRow, CardRow.id == ReviewLogRow.card_id)
            .where(CardRow.learner_id == learner_id, ReviewLogRow.exercise_kind == "speak")
        )
        .scalars()
        .all()
    )
    if spoken:
        connection.execute(insert(SpeechAttemptRow), [_attempt(log, rng) for log in spoken])


def _card(learner_id: int, term_pk: int, rng: random.Random) -> dict[str, object]:
    last = NOW - timedelta(days=rng.uniform(0, DAYS))
    stability = rng.uniform(0.5, 60)
    return {
        "learner_id": learner_id, "term_pk": term_pk, "state": 2, "step": None,
        "stability": stability, "difficulty": rng.uniform(1, 10),
        "due": last + timedelta(days=stability), "last_review": last,
    }  # fmt: skip


def _logs(card_ids, cards, per_card, sessions, rng) -> Iterator[dict[str, object]]:  # type: ignore[no-untyped-def]
    for card_id, card in zip(card_ids, cards, strict=True):
        count = max(1, round(rng.expovariate(1 / per_card)))
        last: datetime = card["last_review"]
        for step in range(count):
            when = last - timedelta(days=step * rng.uniform(1, 8))
            yield {
                "card_id": card_id,
                "rating": 1 if rng.random() < 0.15 else rng.choice((2, 3, 3, 3, 4)),
                "reviewed_at": when,
                "duration_ms": rng.randint(1500, 9000),
                "exercise_kind": "speak" if rng.random() < 0.05 else rng.choice(KINDS),
                "buddy_session_id": _session_at(when, sessions),
            }


def _session_at(when: datetime, sessions: list[tuple[int, datetime]]) -> int | None:
    for session_id, start in sessions:
        if start <= when <= start + timedelta(minutes=30):
            return session_id
    return None


def _attempt(log_id: int, rng: random.Random) -> dict[str, object]:
    machine = rng.choice(("right", "right", "almost", "wrong"))
    overruled = rng.random() < 0.2
    final = rng.choice(("right", "almost", "wrong")) if overruled else machine
    return {
        "review_log_id": log_id, "heard": "woord", "machine_verdict": machine,
        "final_verdict": final, "overruled": overruled and final != machine,
    }  # fmt: skip


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/vaktaal-staff-data")
    wall, cpu = time.perf_counter(), time.process_time()
    opened = make_staff_data(target)
    with opened.engine.connect() as check:
        total = check.execute(select(ReviewLogRow.id).order_by(ReviewLogRow.id.desc())).first()
    print(f"staff data in {target}: last review id {total[0] if total else 0}")
    print(f"wall {time.perf_counter() - wall:.1f} s, cpu {time.process_time() - cpu:.1f} s")
