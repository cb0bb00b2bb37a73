"""Fuzz every importer with hostile and damaged files; print the outcomes per importer.

    .venv/bin/python scripts/fuzz_importers.py [--count 10000] [--seed N] [--workers 2]

Each input runs in a worker process limited to 1 GB of address space, against a fresh copy
of a data folder (SQLite); see tests/fuzz/ for the inputs and how each outcome is judged.
Exit status 1 when any input ended other than in success or a specific Dutch message.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "fuzz"))

from fuzz_pool import OUTCOMES, run_pool  # noqa: E402

IMPORTERS = ("deck-folder", "vaktaal", "csv", "xlsx", "apkg", "meeting", "model-zip")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="inputs in all")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", choices=IMPORTERS, action="append", help="these importers")
    arguments = parser.parse_args()
    started = time.monotonic()
    importers = tuple(arguments.only or IMPORTERS)
    results = run_pool(arguments.count, arguments.seed, importers, arguments.workers, progress=True)
    print(f"{arguments.count} inputs, seed {arguments.seed}, {time.monotonic() - started:.0f} s")
    print(results.table())
    bad = results.bad()
    for (importer, outcome), sample in sorted(bad.items()):
        print(f"- {importer} {outcome}: {sample}")
    print("outcomes:", ", ".join(OUTCOMES))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
