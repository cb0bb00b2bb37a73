"""Printing draws with Qt: every test here gets the (offscreen) QApplication first."""

import pytest

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> None:
    """QFont, QPdfWriter and QPdfDocument need a running Qt application."""
