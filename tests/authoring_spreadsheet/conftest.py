"""Fixtures for the spreadsheet tests: the app's task manager, for the dialogs."""

from collections.abc import Iterator

import pytest

from vaktaal.ui.tasks import TaskManager


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    """A task manager as the app has one; its queued ops have run after the test."""
    manager = TaskManager()
    yield manager
    manager.shutdown()
