"""Fixtures of the real-audio modules (drive_*.py), each run in its own process by
test_real_audio.py: the private PulseAudio server, the app's crash handler, the real
speech engine on the Korean test model, the task manager."""

import logging
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtMultimedia import QMediaDevices  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from real_audio_setup import (  # noqa: E402
    VirtualAudio,
    korean_model,
    missing_prerequisites,
    skip_or_fail,
)

from screen_fixtures import clock, on_screen, press, speaker  # noqa: E402, F401
from vaktaal.paths import Paths  # noqa: E402
from vaktaal.speech.engine import SpeechEngine  # noqa: E402
from vaktaal.ui.crash import CrashReporter, install_crash_handler  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402

MODEL_PARTS = ("am", "conf", "graph", "ivector")


@pytest.fixture(scope="session")
def virtual_audio(qapp: QApplication) -> Iterator[VirtualAudio]:
    """The server, started before anything in this process asks QtMultimedia for devices."""
    reason = missing_prerequisites()
    if reason:
        skip_or_fail(reason)
    audio = VirtualAudio.start()
    os.environ["PULSE_SERVER"] = audio.server
    inputs = [device.description() for device in QMediaDevices.audioInputs()]
    if "Microphone" not in inputs:
        audio.stop()
        pytest.fail(
            f"QtMultimedia does not see the virtual microphone (inputs: {inputs}). It looked"
            " for devices before the server ran, and keeps that answer: run the real-audio"
            " modules through tests/real_audio/test_real_audio.py (one process each)."
        )
    yield audio
    audio.stop()


@dataclass
class CrashWatch:
    """The app's crash handler, with its message box replaced by a list."""

    reporter: CrashReporter
    boxes: list[str]
    records: list[logging.LogRecord]

    def assert_quiet(self) -> None:
        errors = [
            f"{r.name}: {r.getMessage()} {r.exc_info and r.exc_info[1]!r}" for r in self.records
        ]
        assert errors == [], f"errors were logged: {errors}"
        assert self.boxes == [] and self.reporter.shown == 0, "an error message box was shown"


class _Collect(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.WARNING)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def crashes(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> Iterator[CrashWatch]:
    """install_crash_handler as the app does; every warning of vaktaal is collected too.
    Use with the qt_no_exception_capture mark, so that errors in slots reach the handler."""
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, _text: boxes.append(title))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    records: list[logging.LogRecord] = []
    handler = _Collect(records)
    logger = logging.getLogger("vaktaal")
    logger.addHandler(handler)
    yield CrashWatch(install_crash_handler(), boxes, records)
    logger.removeHandler(handler)


@pytest.fixture(scope="session")
def speech_engine(tmp_path_factory: pytest.TempPathFactory) -> SpeechEngine:
    """The app's speech engine on the Korean test model, standing in for the Dutch one.

    The folder's name says "nl", so the app uses it as its Dutch model (a model that says it
    is of another language is refused for Dutch, on purpose); the recogniser is real."""
    model = korean_model()
    if model is None:
        skip_or_fail(missing_prerequisites())
    assert model is not None
    stand_in = tmp_path_factory.mktemp("models") / "vosk-model-nl-stand-in"
    stand_in.mkdir()
    for part in MODEL_PARTS:
        (stand_in / part).symlink_to(model / part, target_is_directory=True)
    paths = Paths.create(tmp_path_factory.mktemp("engine-data"))
    engine = SpeechEngine(paths, env={"VAKTAAL_VOSK_MODEL": str(stand_in)})
    state = engine.load()
    assert state.state == "ready" and not state.other_language, state
    return engine


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskManager]:  # type: ignore[no-untyped-def]
    manager = TaskManager()
    yield manager
    manager.shutdown()
