"""The README's commands print and draw reports with Qt: every test here gets the offscreen
QApplication first (else the printing code makes a QGuiApplication, and a later test that
opens a window aborts)."""

import pytest

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> None:
    """QFont, QPdfWriter and the report's charts need a running Qt application."""
