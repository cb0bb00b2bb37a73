"""Fixtures for audio: a library with fake engines, a network that records every attempt."""

import errno
import socket
from pathlib import Path

import pytest

from vaktaal.core.pictograms import STORED
from vaktaal.speech.audio_library import AudioLibrary
from vaktaal.speech.synthesis import FakeSynthesizer


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def media_dir(tmp_path: Path) -> Path:
    return tmp_path / "media"


def stored_lookup(media_dir: Path):  # type: ignore[no-untyped-def]
    """Like PictogramLibrary.file_for for `stored:` refs."""

    def lookup(ref: str) -> Path | None:
        sha = ref[len(STORED) :]
        path = media_dir / sha[:2] / sha
        return path if path.is_file() else None

    return lookup


@pytest.fixture
def make_library(tmp_path: Path, media_dir: Path, clock: Clock):  # type: ignore[no-untyped-def]
    def make(*synthesizers: FakeSynthesizer, **options) -> AudioLibrary:  # type: ignore[no-untyped-def]
        options.setdefault("clock", clock)
        return AudioLibrary(
            tmp_path / "audio-cache", list(synthesizers), stored_lookup(media_dir), **options
        )

    return make


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every try to resolve a name or open a connection is recorded and refused."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError(errno.ENETUNREACH, "network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", lambda self, address: refuse(address))
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, address: refuse(address))
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts
