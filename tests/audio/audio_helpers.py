"""Constants and markers the audio tests share."""

import shutil

import pytest

BUNDLED_DECK = "magazijn-installatie"

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed"
)
