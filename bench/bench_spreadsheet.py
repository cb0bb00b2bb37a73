"""Benchmark: a 5,000-term spreadsheet (CSV and XLSX) read, checked and imported.

Export a generated 5,000-term deck as CSV and XLSX, then time the use case the app and the
command line share (usecases/spreadsheets): read, plan (every check, the deck format's own
validation included) and the import into a fresh database. Target: a preview with every row
error in <= 2 s for 5,000 rows.
Run: .venv/bin/python bench/bench_spreadsheet.py
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generated_deck import write_generated_deck  # noqa: E402
from vaktaal.app import open_services  # noqa: E402
from vaktaal.core.authoring.spreadsheet import export_deck  # noqa: E402
from vaktaal.core.deckformat import load_deck  # noqa: E402
from vaktaal.usecases.spreadsheets import ImportTarget  # noqa: E402

TERMS = 5_000
RUNS = 5


def one_run(sheet_file: Path) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as data_dir:
        services = open_services(data_dir)
        spreadsheets = services.spreadsheets
        start = time.perf_counter()
        sheet = spreadsheets.read(sheet_file)
        read_at = time.perf_counter()
        target = ImportTarget("bench-sheet", "Bench")
        plan = spreadsheets.plan(sheet, spreadsheets.guess_mapping(sheet), target)
        checked_at = time.perf_counter()
        assert plan.loaded is not None, plan.errors[:3]
        spreadsheets.import_plan(plan)
        done = time.perf_counter()
        services.close()
        return read_at - start, checked_at - read_at, done - checked_at


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        deck_folder = write_generated_deck(Path(folder) / "deck", TERMS)
        deck = load_deck(deck_folder, open_services(Path(folder) / "d").library).deck
        for suffix in (".csv", ".xlsx"):
            out = Path(folder) / f"bench{suffix}"
            export_deck(deck, out)
            runs = [one_run(out) for _ in range(RUNS)]
            read, check, store = (statistics.median(r[i] for r in runs) for i in range(3))
            total = [sum(r) for r in runs]
            print(
                f"{suffix}: {TERMS} rows, {out.stat().st_size / 1e6:.1f} MB: read {read:.2f} s, "
                f"check {check:.2f} s, import {store:.2f} s; total median "
                f"{statistics.median(total):.2f} s (min {min(total):.2f}, max {max(total):.2f})"
            )


if __name__ == "__main__":
    main()
