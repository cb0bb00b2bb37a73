"""Benchmark: validate and import a generated 5,000-term deck into a fresh database.

Target: <= 2 s. Run: .venv/bin/python bench/bench_import.py
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generated_deck import write_generated_deck  # noqa: E402
from vaktaal.app import open_backend  # noqa: E402
from vaktaal.core.deckformat import load_deck  # noqa: E402

TERMS = 5_000
RUNS = 5


def one_run(deck_folder: Path) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as data_dir:
        services = open_backend(data_dir)
        start = time.perf_counter()
        loaded = load_deck(deck_folder, services.library)
        loaded_at = time.perf_counter()
        services.decks.import_deck(loaded)
        done = time.perf_counter()
        assert services.decks.list_decks()[0].terms == TERMS
        services.close()
    return loaded_at - start, done - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        deck = write_generated_deck(Path(folder) / "deck", TERMS)
        size_mb = (deck / "deck.toml").stat().st_size / 1e6
        runs = [one_run(deck) for _ in range(RUNS)]
    parse = [r[0] for r in runs]
    total = [r[1] for r in runs]
    print(f"deck: {TERMS} terms, deck.toml {size_mb:.1f} MB, {RUNS} runs")
    print(f"read + validate: median {statistics.median(parse):.3f} s")
    print(
        f"read + validate + import: median {statistics.median(total):.3f} s, "
        f"max {max(total):.3f} s (target <= 2 s)"
    )


if __name__ == "__main__":
    main()
