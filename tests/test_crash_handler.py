"""An unexpected error on any thread is logged, and the calm message opens on the GUI thread."""

import logging
import sys
import threading

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from vaktaal.ui.crash import install_crash_handler  # noqa: E402

WAIT_MS = 10_000


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each message box opened: whether it was opened on the GUI thread."""
    opened: list[bool] = []

    def warning(*_args: object) -> None:
        opened.append(threading.current_thread() is threading.main_thread())

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return opened


@pytest.fixture
def reporter(qtbot, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return install_crash_handler()


def test_an_error_on_a_microphone_thread_is_shown_on_the_gui_thread(
    qtbot, reporter, shown: list[bool], caplog: pytest.LogCaptureFixture
) -> None:
    def microphone() -> None:
        raise TypeError("Cannot call meta function")

    with caplog.at_level(logging.CRITICAL):
        worker = threading.Thread(target=microphone, name="microphone")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)

    assert shown == [True]
    logged = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert logged and "microphone" in logged[0].getMessage()
    assert "Cannot call meta function" in str(logged[0].exc_info[1])


def test_an_error_on_the_gui_thread_is_logged_and_shown(
    qtbot, reporter, shown: list[bool], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.CRITICAL):
        try:
            raise RuntimeError("stuk")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)

    assert shown == [True]
    assert any("stuk" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)


def test_a_burst_of_errors_opens_one_message_at_a_time(qtbot, reporter, shown: list[bool]) -> None:
    reporter.showing = True  # a message box is open
    for _ in range(3):
        reporter.handle(ValueError, ValueError("again"), None)
    qtbot.waitUntil(lambda: reporter.shown == 3, timeout=WAIT_MS)

    assert shown == []
