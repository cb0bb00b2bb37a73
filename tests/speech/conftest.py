"""Speech tests: no configured model leaks in, fake manifests, a loopback web server."""

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from speech_fakes import TIMINGS, write_manifest

from vaktaal.paths import Paths
from vaktaal.speech.models import ENV_VARIABLE


@pytest.fixture(autouse=True)
def no_configured_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """VAKTAAL_VOSK_MODEL of the person running the tests must not change the results."""
    monkeypatch.delenv(ENV_VARIABLE, raising=False)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.create(tmp_path / "data", env={})


@pytest.fixture
def manifest_path(tmp_path: Path) -> Path:
    """A manifest for the fake Dutch model of speech_fakes.FAKE_FILES."""
    return write_manifest(tmp_path / "fake.manifest.json")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def web_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Path]]:
    """(base URL, folder): files in the folder are served on 127.0.0.1 only."""
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    folder = tmp_path / "www"
    folder.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", folder
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TIMINGS:
        terminalreporter.section("speech engine timings")
        for name, seconds in TIMINGS.items():
            terminalreporter.write_line(f"{name}: {seconds:.3f}")
