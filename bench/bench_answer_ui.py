"""Benchmark: answer -> next card shown (widgets updated and painted), for a learner with
10,000 cards and 200,000 review logs. Target: <= 16 ms at the 95th percentile (one frame).

Two figures: the GUI path (click -> next exercise painted; the review is written on the
background thread meanwhile), and the whole path including that database write.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_answer_ui.py
"""

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_review import fill  # noqa: E402
from vaktaal.app import open_backend  # noqa: E402
from vaktaal.core.practice.exercises import ExerciseKind  # noqa: E402
from vaktaal.core.practice.plan import SessionOptions  # noqa: E402
from vaktaal.core.practice.rating import GOOD  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.launcher import prepare_application  # noqa: E402
from vaktaal.ui.practice.practice_page import PracticePage  # noqa: E402
from vaktaal.ui.tasks import Op, TaskManager  # noqa: E402
from vaktaal.usecases.changes import PROGRESS  # noqa: E402

SESSIONS = 6
SESSION_SIZE = 60


def answer(page: PracticePage) -> None:
    """Answer the exercise on screen rightly, with the same clicks a learner makes."""
    exercise = page.session.current
    kind = exercise.kind
    if kind is ExerciseKind.RECALL:
        if page.recall.reveal_button.isVisible():
            page.recall.reveal_button.click()
        page.recall.rating_buttons[GOOD].click()
        return
    if kind in (ExerciseKind.CHOOSE_PICTURE, ExerciseKind.LISTEN):
        view = page.choice
        view.buttons[view.correct].click()
    elif kind is ExerciseKind.TYPE:
        view = page.typing
        view.entry.setText(exercise.item.term.term)
        view.check_button.click()
    else:
        view = page.article
        view.buttons[exercise.item.term.article].click()
    view.feedback.next_button.click()


def main() -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    run_sessions()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"whole benchmark: wall {wall:.2f} s, CPU {cpu:.2f} s (CPU above wall: both threads)")


def run_sessions() -> None:
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    with tempfile.TemporaryDirectory() as folder:
        services = open_backend(Path(folder) / "data", speaker=FakeSpeaker())
        learner_id = fill(services, Path(folder) / "deck")
        tasks = TaskManager()  # the app's: database lane, change notices
        tasks.changed.connect(lambda _changes: None)  # as the controller's refresh
        practice = services.services.practice  # the use case the app calls
        gui, whole = [], []
        for _ in range(SESSIONS):
            written = threading.Semaphore(0)

            def record(outcome, written=written) -> None:  # noqa: ANN001
                def store() -> None:
                    practice.record(learner_id, outcome)
                    written.release()

                tasks.run(Op(store, on_error=lambda e: print("write failed:", e), changes=PROGRESS))

            options = SessionOptions(size=SESSION_SIZE, new_terms=0)
            session = practice.start_session(learner_id, options=options)
            page = PracticePage(services.library, services.speaker, record, "ar")
            page.resize(1366, 768)
            page.show()
            page.start(session)
            app.processEvents()
            while page.session is not None and page.session.current is not None:
                started = time.perf_counter()
                answer(page)
                page.repaint()
                shown = time.perf_counter()
                written.acquire()
                gui.append(shown - started)
                whole.append(time.perf_counter() - started)
                app.processEvents()
            page.close()
            page.deleteLater()
            app.processEvents()
        tasks.shutdown()
        services.close()
    report("answer -> next card painted (GUI thread)", gui)
    report("... and the review written to the database", whole)


def report(what: str, timings: list[float]) -> None:
    ms = sorted(t * 1000 for t in timings)
    p95 = ms[int(len(ms) * 0.95)]
    print(
        f"{what}: {len(ms)} answers, median {statistics.median(ms):.2f} ms, "
        f"p95 {p95:.2f} ms, max {ms[-1]:.2f} ms (target p95 <= 16 ms)"
    )


if __name__ == "__main__":
    if "--profile" in sys.argv:
        import cProfile
        import pstats

        cProfile.run("main()", "/tmp/answer_ui.prof")
        pstats.Stats("/tmp/answer_ui.prof").sort_stats("cumulative").print_stats(40)
    else:
        main()
