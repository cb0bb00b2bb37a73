"""Benchmark: the report for all learners over 30 days, in the workplace of 200 learners ×
2,000 cards and 400,000 reviews (bench/staff_data.py). Target: PDF <= 5 s (figures read
from the database and the file written). Also XLSX and CSV, and one learner's PDF.

Yardstick in the same run: the handbook PDF of a bundled deck (vaktaal print handboek).

Run: .venv/bin/python bench/bench_report.py [FOLDER]   (default /tmp/vaktaal-staff-data;
the data is made there on the first run)
"""

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from staff_data import make_staff_data  # noqa: E402
from vaktaal.core.deckformat import load_deck  # noqa: E402
from vaktaal.printing import HANDBOOK, PrintRequest, ensure_gui_application, write_pdf  # noqa: E402
from vaktaal.usecases import Services  # noqa: E402

RUNS = 5
BUNDLED_DECK = Path(__file__).resolve().parents[1] / "decks" / "magazijn-installatie"


def timed(work: Callable[[], object], runs: int = RUNS) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each run (after one warm-up run: fonts, caches)."""
    work()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus


def report(name: str, walls: list[float], cpus: list[float], extra: str = "") -> None:
    print(
        f"{name:<44} wall median {statistics.median(walls):5.2f} s, max {max(walls):5.2f} s"
        f" | cpu median {statistics.median(cpus):5.2f} s{extra}"
    )


def all_learners(services: Services, out: Path) -> Callable[[], object]:
    reports = services.reports
    return lambda: reports.write(reports.group_report(), out)


def first_report(services: Services, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of the first report of a run (e.g. `vaktaal report all`)."""
    wall, cpu = time.perf_counter(), time.process_time()
    services.reports.write(services.reports.group_report(), out)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/vaktaal-staff-data")
    backend = make_staff_data(folder)
    for kept in backend.paths.data_dir.glob("dashboard-*.pickle"):
        kept.unlink()  # the very first report: nothing kept on disk yet
    services = backend.services
    ensure_gui_application()
    with tempfile.TemporaryDirectory() as name:
        first = first_report(services, Path(name) / "first.pdf")
        restarted = make_staff_data(folder).services  # a new run: figures kept on disk
        after_restart = first_report(restarted, Path(name) / "again.pdf")
        group = services.reports.group_report()
    print(f"{len(group.learners)} learners, {sum(x.reviews for x in group.learners)} answers "
          f"in {group.period.since} .. {group.period.until}; {RUNS} runs each")  # fmt: skip
    with tempfile.TemporaryDirectory() as name:
        out = Path(name)
        pages = services.reports.write(group, out / "alle.pdf").pages
        report("all learners, PDF, the very first", [first[0]], [first[1]])
        report("all learners, PDF, first after a restart", [after_restart[0]], [after_restart[1]])
        report("all learners, PDF (target <= 5 s)", *timed(all_learners(services, out / "a.pdf")),
               f" | {pages} pages")  # fmt: skip
        report("  of which: figures from the dashboard", *timed(services.reports.group_report))
        report("  of which: drawing and writing the PDF",
               *timed(lambda: services.reports.write(group, out / "b.pdf")))  # fmt: skip
        report("all learners, XLSX", *timed(all_learners(services, out / "alle.xlsx")))
        report("all learners, CSV", *timed(all_learners(services, out / "alle.csv")))
        learner = group.learners[len(group.learners) // 2].learner_id
        reports, library = services.reports, services.library
        one = reports.learner_report
        report("one learner, PDF", *timed(lambda: reports.write(one(learner), out / "l.pdf")))
        loaded = load_deck(BUNDLED_DECK, library)
        request = PrintRequest(HANDBOOK)
        report(f"yardstick: handbook PDF ({len(loaded.deck.terms)} terms)",
               *timed(lambda: write_pdf(loaded, library, request, out / "h.pdf")))  # fmt: skip
    backend.close()


if __name__ == "__main__":
    main()
