"""The app's database refuses work on the GUI thread in strict mode, and always logs it."""

import logging
import threading

import pytest
from sqlalchemy import create_engine, text

from vaktaal.storage.thread_guard import DatabaseOnWrongThread, forbid_thread


def _select_one(engine) -> int:  # noqa: ANN001
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT 1")).scalar_one())


def test_strict_refuses_a_statement_on_the_guarded_thread() -> None:
    engine = create_engine("sqlite://")
    forbid_thread(engine, threading.current_thread(), strict=True)

    with pytest.raises(DatabaseOnWrongThread):
        _select_one(engine)


def test_other_threads_are_free(caplog: pytest.LogCaptureFixture) -> None:
    engine = create_engine("sqlite://")
    forbid_thread(engine, threading.current_thread(), strict=True)
    results: list[int] = []
    with caplog.at_level(logging.ERROR):
        worker = threading.Thread(target=lambda: results.append(_select_one(engine)))
        worker.start()
        worker.join()

    assert results == [1]
    assert not caplog.records


def test_not_strict_it_works_but_the_log_says_where(caplog: pytest.LogCaptureFixture) -> None:
    engine = create_engine("sqlite://")
    forbid_thread(engine, threading.current_thread(), strict=False)
    with caplog.at_level(logging.ERROR):
        assert _select_one(engine) == 1

    message = caplog.records[0].getMessage()
    assert "GUI thread" in message and "SELECT 1" in message and "_select_one" in message
