"""Reports draw PDFs with Qt: every test here gets the (offscreen) QApplication first."""

from collections.abc import Iterator

import pytest

pytest.importorskip("pytestqt")

from vaktaal.ui.tasks import TaskManager  # noqa: E402


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> None:
    """QFont, QPdfWriter and QPdfDocument need a running Qt application."""


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.shutdown()
