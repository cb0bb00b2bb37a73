"""The microphone worker notices a failing device by asking the source (error()), not through
QAudioSource.stateChanged, which PySide6 6.8-6.11 cannot deliver to Python. The real device
path is driven end to end in tests/real_audio."""

from dataclasses import dataclass, field

import pytest

from vaktaal.ui.speaking.capture import _MicrophoneWorker, not_allowed_message


@dataclass
class Named:
    name: str


@dataclass
class FakeSource:
    """Answers error() as a QAudioSource does; remembers being stopped."""

    error_name: str = "NoError"
    calls: list[str] = field(default_factory=list)

    def error(self) -> Named:
        return Named(self.error_name)

    def stop(self) -> None:
        self.calls.append("stop")

    def deleteLater(self) -> None:  # Qt's name
        self.calls.append("deleteLater")


@pytest.fixture
def worker(qtbot) -> _MicrophoneWorker:  # type: ignore[no-untyped-def]
    return _MicrophoneWorker()


@pytest.mark.parametrize("name", ["IOError", "FatalError", "OpenError"])
def test_a_device_that_fails_is_closed_and_reported(
    qtbot, worker: _MicrophoneWorker, name: str
) -> None:
    source = FakeSource(name)
    worker._source = source  # type: ignore[assignment]
    with qtbot.waitSignal(worker.problem) as reported:
        worker._check()
    assert reported.args == [not_allowed_message()]
    assert source.calls == ["stop", "deleteLater"]
    assert worker._source is None


@pytest.mark.parametrize("name", ["NoError", "UnderrunError"])
def test_a_working_device_is_left_alone(qtbot, worker: _MicrophoneWorker, name: str) -> None:
    source = FakeSource(name)
    worker._source = source  # type: ignore[assignment]
    with qtbot.assertNotEmitted(worker.problem, wait=50):
        worker._check()
    assert source.calls == [] and worker._source is source


def test_the_worker_watches_on_a_timer_while_open(qtbot, worker: _MicrophoneWorker) -> None:
    """A device can die without sending audio: a timer asks as well (started by open())."""
    source = FakeSource("IOError")
    worker._source = source  # type: ignore[assignment]
    worker._watch.setInterval(10)
    with qtbot.waitSignal(worker.problem, timeout=2000):
        worker._watch.start()
    assert not worker._watch.isActive()  # closed: the timer stops too
