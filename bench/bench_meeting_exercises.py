"""Benchmark: the exercises after a meeting, for a long meeting (300 lines, 12 main points,
10 action items) and a big deck (2,000 terms). Targets: building all four exercises
<= 100 ms; the next exercise shown after "Verder" (widgets built and painted) <= 100 ms.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_meeting_exercises.py
"""

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from vaktaal.core.meetings import exercises as core  # noqa: E402
from vaktaal.core.meetings.model import ActionItem, Line, MainPoint, Meeting, Speaker  # noqa: E402
from vaktaal.core.model import Term  # noqa: E402
from vaktaal.core.pictograms import PictogramLibrary  # noqa: E402
from vaktaal.paths import Paths  # noqa: E402
from vaktaal.ui.meetings.exercises import MeetingExercises  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402
from vaktaal.usecases.meetings import Meetings  # noqa: E402

RUNS = 20


def deck_terms(count: int = 2000) -> tuple[Term, ...]:
    return tuple(
        Term(f"t{i}", f"woord{i}", "zelfstandig naamwoord", "", "", "openmoji:1F4E6", {},
             article="de", plural=f"woorden{i}")
        for i in range(count)
    )  # fmt: skip


def long_meeting() -> Meeting:
    speakers = tuple(Speaker(f"s{i}", f"Spreker {i}", "collega") for i in range(6))
    lines = tuple(
        Line(f"s{i % 6}", f"Regel {i}: we praten over woord{i * 7} en de woorden{i * 3} vandaag.")
        for i in range(300)
    )
    points = tuple(MainPoint(f"p{i}", f"Hoofdpunt {i} over woord{i}.") for i in range(12))
    actions = tuple(
        ActionItem(f"a{i}", f"s{i % 6}", f"Taak {i} doen", f"dag {i % 4}") for i in range(10)
    )
    distractors = tuple(f"Afleider {i}" for i in range(8))
    used = tuple(f"t{i}" for i in range(20))
    return Meeting(
        "lang", "Lange vergadering", "Test.", speakers, lines, points, actions, distractors, used
    )


def timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def report(name: str, times: list[float]) -> None:
    print(f"{name}: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms")


def go_on(widget: MeetingExercises) -> Callable[[], None]:
    """Click "Verder" after the main points and paint the action items."""

    def click_and_paint() -> None:
        widget.main_points.result.next_button.click()
        widget.repaint()

    return click_and_paint


def main() -> None:
    terms, meeting = deck_terms(), long_meeting()
    build = [
        timed(lambda: (core.build_main_points(meeting, 1), core.build_action_items(meeting, 1),
                       core.unknown_word_chips(meeting, terms)))
        for _ in range(RUNS)
    ]  # fmt: skip
    report("build all exercises (300 lines, 2,000 terms)", build)
    app = QApplication.instance() or QApplication([])
    library = PictogramLibrary(Paths.create(Path("/nonexistent-vaktaal-bench")).assets_dir)
    store: Any = SimpleNamespace(record_result=lambda *a: None, add_unknown_words=lambda *a: 0)
    services = SimpleNamespace(
        decks=SimpleNamespace(load=lambda _id: SimpleNamespace(deck=SimpleNamespace(terms=terms))),
        meetings=Meetings(store),
    )
    tasks = TaskManager()
    steps: list[float] = []
    for _ in range(5):
        widget = MeetingExercises(services, library, tasks, seed=1)
        widget.resize(1366, 768)
        widget.show()
        widget.start(SimpleNamespace(deck_id="d", meeting=meeting), 1)
        while widget.step < 0:
            app.processEvents()
        widget.main_points.check()
        steps.append(timed(go_on(widget)))
        widget.shutdown()
        widget.deleteLater()
    tasks.shutdown()
    report("'Verder' -> action items painted", steps)


if __name__ == "__main__":
    main()
