"""Benchmark: the staff dashboard and a learner page, with 200 learners x 2,000 cards and
~540,000 reviews (bench/staff_data.py). Targets: dashboard shown <= 300 ms (overview query +
model filled + table painted), learner page <= 200 ms (detail + charts painted).

The overview of all learners comes from the dashboard's memory of the review log
(storage/dashboard_memory.py): the very first overview reads everything once ("cold", no
memory saved yet); the first after a restart loads the memory saved on disk
(storage/dashboard_snapshot.py) and reads what came since; every later one reads only new
rows ("warm", also measured after new answers).
Yardstick in the same run: the learner's own progress page query (PracticeService.progress).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_dashboard.py [DATA_FOLDER]
"""

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from staff_data import make_staff_data  # noqa: E402
from vaktaal.app import Backend  # noqa: E402
from vaktaal.core.practice.answers import Verdict  # noqa: E402
from vaktaal.core.practice.rating import GOOD  # noqa: E402
from vaktaal.ui.staff.dashboard.dashboard_page import DashboardPage  # noqa: E402
from vaktaal.ui.staff.dashboard.learner_page import LearnerPage  # noqa: E402
from vaktaal.ui.style import apply_style  # noqa: E402

RUNS = 7
SIZE = (1366, 768)


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall, cpu) in milliseconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def report(name: str, timings: list[tuple[float, float]], target: float | None = None) -> None:
    walls = sorted(wall for wall, _cpu in timings)
    cpus = sorted(cpu for _wall, cpu in timings)
    goal = f" (target <= {target:.0f} ms)" if target else ""
    print(
        f"{name}: median wall {statistics.median(walls):.0f} ms, max {walls[-1]:.0f} ms; "
        f"median cpu {statistics.median(cpus):.0f} ms; n={len(timings)}{goal}"
    )


def practise(backend: Backend, learner_id: int, answers: int) -> None:
    """New answers between two overviews (the warm memory reads only these)."""
    session = backend.practice.start_session(learner_id)
    for _ in range(answers):
        exercise = session.show()
        if exercise is None:
            break
        outcome = session.answer(Verdict.RIGHT) if exercise.kind.is_objective else None
        backend.practice.record(learner_id, outcome or session.rate(GOOD))


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/vaktaal-staff-data")
    backend = make_staff_data(folder)
    backend.paths.dashboard_memory_file.unlink(missing_ok=True)  # cold: no saved memory
    app = QApplication.instance() or QApplication(sys.argv)
    apply_style(app)  # type: ignore[arg-type]
    dashboard = backend.services.dashboard
    page, learner_page = DashboardPage(backend.library), LearnerPage(backend.library)
    for widget in (page, learner_page):
        widget.resize(*SIZE)
        widget.show()
    app.processEvents()

    def show_dashboard() -> None:
        page.show_standings(dashboard.table())
        page.repaint()

    report("dashboard shown, cold (first after start)", [timed(show_dashboard)])
    restarted = make_staff_data(folder).services.dashboard  # a new run: the saved memory

    def show_after_restart() -> None:
        page.show_standings(restarted.table())
        page.repaint()

    report("dashboard shown, first after a restart (memory saved on disk)",
           [timed(show_after_restart)], 300)  # fmt: skip
    report("dashboard shown, warm", [timed(show_dashboard) for _ in range(RUNS)], 300)
    learner_id = page.model.rows[0].learner_id
    after_answers = []
    for _ in range(3):
        practise(backend, learner_id, 20)
        after_answers.append(timed(show_dashboard))
    report("dashboard shown, warm after 20 new answers", after_answers, 300)
    filtered = [timed(lambda: page.show_standings(dashboard.table("bench-2")))]
    report("deck filter (one deck)", filtered)

    ids = [row.learner_id for row in page.model.rows[:RUNS]]

    def show_learner(learner: int) -> None:
        learner_page.show_detail(dashboard.learner(learner))
        learner_page.repaint()

    report("learner page shown", [timed(lambda i=i: show_learner(i)) for i in ids], 200)
    report("  of which the query", [timed(lambda i=i: dashboard.learner(i)) for i in ids])
    yardstick = [timed(lambda i=i: backend.practice.progress(i)) for i in ids]
    report("yardstick: a learner's own progress query", yardstick)
    backend.close()


if __name__ == "__main__":
    main()
