"""Fixtures for the recording screen: shared with the other screen tests."""

import pytest

pytest.importorskip("pytestqt")

from screen_fixtures import on_screen, press, shots, speaker, styled  # noqa: E402, F401
