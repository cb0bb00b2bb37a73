"""Benchmark: print a 200-term handbook and 200 word cards (both sizes) of a generated deck.

Target: handbook <= 5 s. Run: .venv/bin/python bench/bench_print.py
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generated_deck import write_generated_deck  # noqa: E402
from vaktaal.core.deckformat import load_deck  # noqa: E402
from vaktaal.core.pictograms import PictogramLibrary  # noqa: E402
from vaktaal.paths import Paths  # noqa: E402
from vaktaal.printing import (  # noqa: E402
    CATEGORY,
    HANDBOOK,
    PrintRequest,
    ensure_gui_application,
    write_pdf,
)

TERMS = 200
RUNS = 5
JOBS = {
    "handboek (alfabet)": PrintRequest(HANDBOOK),
    "handboek (categorie)": PrintRequest(HANDBOOK, order=CATEGORY),
    "kaartjes groot + Arabisch": PrintRequest(gloss_language="ar"),
    "kaartjes label + Farsi": PrintRequest(card_format="label", gloss_language="fa"),
}


def timed(job: PrintRequest, folder: Path, library: PictogramLibrary) -> tuple[float, int, int]:
    """Seconds from the deck folder to the PDF on disk (reading the deck included)."""
    out = folder / "out.pdf"
    start = time.perf_counter()
    loaded = load_deck(folder / "deck", library)
    pages = write_pdf(loaded, library, job, out)
    return time.perf_counter() - start, pages, out.stat().st_size


def main() -> None:
    ensure_gui_application()
    library = PictogramLibrary(Paths.create(None).assets_dir)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write_generated_deck(folder / "deck", TERMS)
        print(f"deck: {TERMS} terms, {RUNS} runs each (first run includes font loading)")
        for label, job in JOBS.items():
            runs = [timed(job, folder, library) for _ in range(RUNS)]
            seconds = [run[0] for run in runs]
            _, pages, size = runs[-1]
            target = " (target <= 5 s)" if job.kind == HANDBOOK else ""
            print(
                f"{label}: median {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s, "
                f"{pages} pages, {size / 1e6:.1f} MB{target}"
            )


if __name__ == "__main__":
    main()
