"""Fixtures for the meeting player tests: shared with the other screen tests."""

import pytest

pytest.importorskip("pytestqt")

from screen_fixtures import on_screen, press  # noqa: E402, F401
