"""Fixtures for the dashboard screens: a page on an active 1366x768 window, styled."""

import pytest

pytest.importorskip("pytestqt")

from screen_fixtures import on_screen, styled  # noqa: E402, F401
