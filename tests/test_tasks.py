"""The task manager: one serial database lane, a CPU pool beside it, results on the GUI thread."""

import logging
import threading

import pytest

pytest.importorskip("pytestqt")

from vaktaal.ui.tasks import Lane, Op, TaskManager  # noqa: E402
from vaktaal.usecases.changes import DECKS, NOTHING, PROGRESS, Changes  # noqa: E402

WAIT_MS = 10_000


@pytest.fixture
def tasks(qtbot):
    manager = TaskManager()
    yield manager
    manager.shutdown()


def test_database_ops_run_in_order_on_one_worker_thread(qtbot, tasks: TaskManager) -> None:
    ran: list[tuple[int, str]] = []
    delivered: list[tuple[int, bool]] = []

    def work(n: int) -> int:
        ran.append((n, threading.current_thread().name))
        return n

    def done(n: int) -> None:
        delivered.append((n, threading.current_thread() is threading.main_thread()))

    for n in range(20):
        tasks.run(Op(lambda n=n: work(n), done))
    qtbot.waitUntil(lambda: len(delivered) == 20, timeout=WAIT_MS)

    assert [n for n, _thread in ran] == list(range(20))
    assert len({thread for _n, thread in ran}) == 1
    assert ran[0][1] != threading.main_thread().name
    assert delivered == [(n, True) for n in range(20)]


def test_cpu_work_is_not_held_up_by_a_slow_database_op(qtbot, tasks: TaskManager) -> None:
    release = threading.Event()
    results: list[str] = []
    tasks.run(Op(lambda: release.wait(WAIT_MS / 1000) and "database", results.append))
    tasks.run(Op(lambda: "speech", results.append, lane=Lane.CPU))

    qtbot.waitUntil(lambda: results == ["speech"], timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: results == ["speech", "database"], timeout=WAIT_MS)


def test_a_failure_reaches_on_error_on_the_gui_thread_and_the_log(
    qtbot, tasks: TaskManager, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[tuple[str, bool]] = []

    def fail() -> int:
        raise ValueError("kapot")

    def on_error(error: Exception) -> None:
        errors.append((str(error), threading.current_thread() is threading.main_thread()))

    with caplog.at_level(logging.ERROR):
        tasks.run(Op(fail, on_error=on_error))
        qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)

    assert errors == [("kapot", True)]
    assert any(record.exc_info and "kapot" in str(record.exc_info[1]) for record in caplog.records)


def test_without_on_error_the_default_handler_hears_of_it(qtbot, tasks: TaskManager) -> None:
    heard: list[Exception] = []
    tasks.default_error = heard.append

    tasks.run(Op(lambda: 1 / 0))
    qtbot.waitUntil(lambda: bool(heard), timeout=WAIT_MS)

    assert isinstance(heard[0], ZeroDivisionError)


def test_changes_are_told_after_success_only(qtbot, tasks: TaskManager) -> None:
    told: list[Changes] = []
    tasks.changed.connect(told.append)
    tasks.default_error = lambda _error: None

    tasks.run(Op(lambda: 1 / 0, changes=PROGRESS))
    tasks.run(Op(lambda: None, changes=NOTHING))
    tasks.run(Op(lambda: None, changes=DECKS))
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    tasks.wait_until_idle()
    qtbot.wait(50)

    assert told == [DECKS]


def test_busy_text_shows_while_an_op_runs(qtbot, tasks: TaskManager) -> None:
    busy: list[str] = []
    tasks.busy_changed.connect(busy.append)
    release = threading.Event()

    tasks.run(Op(lambda: release.wait(WAIT_MS / 1000), busy="Bezig met printen"))
    assert busy == ["Bezig met printen"]
    release.set()
    qtbot.waitUntil(lambda: busy[-1] == "", timeout=WAIT_MS)


def test_run_on_main_from_a_worker_thread(qtbot, tasks: TaskManager) -> None:
    threads: list[bool] = []
    worker = threading.Thread(
        target=lambda: tasks.run_on_main(
            lambda: threads.append(threading.current_thread() is threading.main_thread())
        )
    )
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(threads), timeout=WAIT_MS)

    assert threads == [True]


def test_shutdown_finishes_queued_database_work_first(qtbot) -> None:
    manager = TaskManager()
    written: list[int] = []
    for n in range(5):
        manager.run(Op(lambda n=n: written.append(n)))
    manager.shutdown()

    assert written == [0, 1, 2, 3, 4]
    manager.run(Op(lambda: written.append(99)))  # after shutdown: dropped, no crash
    assert written == [0, 1, 2, 3, 4]


def test_a_busy_op_shows_its_text_in_the_window_until_it_is_done(qtbot, tasks: TaskManager):
    from PySide6.QtWidgets import QMainWindow

    from vaktaal.ui.busy import BusyNote

    window = QMainWindow()
    qtbot.addWidget(window)
    BusyNote(window, tasks)
    window.show()
    release = threading.Event()

    tasks.run(Op(lambda: release.wait(WAIT_MS / 1000), busy="Bezig met in Vaktaal zetten…"))
    assert window.statusBar().isVisible()
    assert window.statusBar().currentMessage() == "Bezig met in Vaktaal zetten…"
    release.set()
    qtbot.waitUntil(lambda: not window.statusBar().isVisible(), timeout=WAIT_MS)
