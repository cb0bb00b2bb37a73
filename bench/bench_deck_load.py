"""Loading and validating a big deck: a generated 50,000-term deck.toml (issue 15: ≤ 3 s).

Prints wall and CPU time of `load_deck` on the folder and on a .vaktaal zip, and of the
TOML reading alone (tomli, which the loader uses, beside the standard library's tomllib).

Run:  .venv/bin/python bench/bench_deck_load.py [TERMS] [--profile]
"""

import cProfile
import pstats
import statistics
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import tomli

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generated_deck import write_generated_deck  # noqa: E402
from vaktaal.core.deckformat import load_deck, validate_deck  # noqa: E402
from vaktaal.core.pictograms import PictogramLibrary  # noqa: E402
from vaktaal.paths import Paths  # noqa: E402

RUNS = 3


def timed(name: str, work: Callable[[], object]) -> None:
    walls, cpus = [], []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    print(
        f"{name}: wall median {statistics.median(walls):.2f} s (min {min(walls):.2f}), "
        f"CPU median {statistics.median(cpus):.2f} s"
    )


def zipped(folder: Path) -> Path:
    archive = folder.with_suffix(".vaktaal")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.write(folder / "deck.toml", "deck.toml")
    return archive


def main() -> None:
    terms = int(next((a for a in sys.argv[1:] if a.isdigit()), "50000"))
    library = PictogramLibrary(Paths.create(Path(tempfile.mkdtemp())).assets_dir)
    folder = write_generated_deck(Path(tempfile.mkdtemp()) / "deck", terms)
    text = (folder / "deck.toml").read_text(encoding="utf-8")
    print(f"{terms:,} terms, deck.toml {len(text.encode()) / 1e6:.1f} MB, {RUNS} runs each")
    assert validate_deck(folder, library) == [], "the generated deck must be valid"
    if "--profile" in sys.argv:
        profile = cProfile.Profile()
        profile.runcall(load_deck, folder, library)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(15)
        return
    timed("load_deck, folder", lambda: load_deck(folder, library))
    timed("load_deck, .vaktaal zip", lambda: load_deck(zipped(folder), library))
    timed("TOML alone, tomli (used)", lambda: tomli.loads(text))
    timed("TOML alone, tomllib (before)", lambda: tomllib.loads(text))


if __name__ == "__main__":
    main()
