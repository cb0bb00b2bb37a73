"""Fixtures for the recording screen: shared with the other screen tests."""

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from screen_fixtures import on_screen, press, shots, speaker, styled  # noqa: E402, F401
from vaktaal.ui.tasks import TaskManager  # noqa: E402


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskManager]:  # type: ignore[no-untyped-def]
    """The app's one task manager, as a widget tested alone receives it."""
    manager = TaskManager()
    yield manager
    manager.shutdown()
