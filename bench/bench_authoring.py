"""Deck editor speed: live check of one term per key press, full check of a 1,000-term deck,
pictogram index build and search, and preparing a 12-megapixel phone photo.

Run:  .venv/bin/python bench/bench_authoring.py
"""

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generated_deck import write_generated_deck  # noqa: E402
from vaktaal.core.authoring.editing import draft_from_loaded, with_term_field  # noqa: E402
from vaktaal.core.authoring.photos import prepare_photo  # noqa: E402
from vaktaal.core.authoring.pictogram_search import build_index  # noqa: E402
from vaktaal.core.authoring.validation import DraftChecker  # noqa: E402
from vaktaal.core.deckformat import load_deck  # noqa: E402
from vaktaal.core.pictograms import PictogramLibrary  # noqa: E402
from vaktaal.paths import Paths  # noqa: E402


def timed(work: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float]) -> None:
    ms = [t * 1000 for t in times]
    print(f"{name}: median {statistics.median(ms):.1f} ms, min {min(ms):.1f}, max {max(ms):.1f}")


def main() -> None:
    paths = Paths.create(Path(tempfile.mkdtemp()))
    library = PictogramLibrary(paths.assets_dir)
    folder = write_generated_deck(Path(tempfile.mkdtemp()) / "deck", 1000)
    draft = draft_from_loaded(load_deck(folder, library))
    checker = DraftChecker(library)
    typed = with_term_field(draft, 500, "explanation", "Nieuwe uitleg")
    report("check one term (1,000-term deck, per key press)",
           timed(lambda: checker.check_term(typed, 500), 50))  # fmt: skip
    report("full check of 1,000 terms", timed(lambda: checker.check(typed), 10))
    report("pictogram index build", timed(lambda: build_index(paths.assets_dir,
           paths.bundled_decks_dir), 5))  # fmt: skip
    index = build_index(paths.assets_dir, paths.bundled_decks_dir)
    report("pictogram search 'fire extinguisher'",
           timed(lambda: index.search("fire extinguisher"), 20))  # fmt: skip
    buffer = io.BytesIO()
    Image.effect_noise((4000, 3000), 60).convert("RGB").save(buffer, "JPEG", quality=90)
    report("prepare a 12 MP photo", timed(lambda: prepare_photo(buffer.getvalue()), 5))


if __name__ == "__main__":
    main()
