"""The yardstick for bench_review.py: Anki itself answering a card and fetching the next one,
on a collection of the same size (review cards due over +-30 days, the same number of review
log rows), with FSRS on as in vaktaal."""

import contextlib
import random
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from anki.collection import AddNoteRequest, Collection

DAY_MS = 86_400_000


@contextlib.contextmanager
def anki_collection(cards: int, logs: int) -> Iterator[Collection]:
    """A throwaway Anki collection of `cards` review cards and `logs` review log rows."""
    with tempfile.TemporaryDirectory() as folder:
        collection = Collection(str(Path(folder) / "collection.anki2"))
        try:
            _fill(collection, cards, logs)
            yield collection
        finally:
            collection.close()


def _fill(collection: Collection, cards: int, logs: int) -> None:
    collection.set_config("fsrs", True)
    deck_id = collection.decks.id("Bench")
    assert deck_id is not None
    config = collection.decks.config_dict_for_deck_id(deck_id)
    config["rev"]["perDay"] = 9999  # Anki's highest
    collection.decks.update_config(config)
    collection.decks.select(deck_id)
    model = collection.models.by_name("Basic")
    assert model is not None
    requests = []
    for number in range(cards):
        note = collection.new_note(model)
        note["Front"], note["Back"] = f"woord {number}", f"uitleg {number}"
        requests.append(AddNoteRequest(note, deck_id))
    collection.add_notes(requests)
    _make_reviews(collection, logs)


def _make_reviews(collection: Collection, logs: int) -> None:
    rng = random.Random(1)
    today = collection.sched.today
    card_ids = collection.db.list("select id from cards")
    collection.db.executemany(
        "update cards set type=2, queue=2, ivl=?, due=?, factor=2500 where id=?",
        [(rng.randint(1, 60), today + rng.randint(-30, 30), cid) for cid in card_ids],
    )
    start = int(time.time() * 1000) - 365 * DAY_MS
    rows = [
        (start + i * 97, rng.choice(card_ids), -1, rng.randint(1, 4), 10, 5, 2500, 4000, 1)
        for i in range(logs)
    ]
    collection.db.executemany(
        "insert into revlog (id,cid,usn,ease,ivl,lastIvl,factor,time,type)"
        " values (?,?,?,?,?,?,?,?,?)",
        rows,
    )


def anki_answer_times(collection: Collection, answers: int) -> list[float]:
    """Seconds per answer + next card, `answers` times."""
    rng = random.Random(2)
    timings = []
    card = collection.sched.getCard()
    for _ in range(answers):
        assert card is not None
        card.start_timer()
        start = time.perf_counter()
        collection.sched.answerCard(card, rng.choice((1, 3, 3, 3, 4)))
        card = collection.sched.getCard()
        timings.append(time.perf_counter() - start)
    return timings
