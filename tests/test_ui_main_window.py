"""The first window: it starts, loads the bundled decks in the background and lists them."""

import tomllib
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from vaktaal.paths import Paths  # noqa: E402
from vaktaal.ui.deck_list import DECK_ID_ROLE  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402


def bundled_decks() -> dict[str, str]:
    folder = Paths.create("/nonexistent").bundled_decks_dir
    decks = {}
    for manifest in folder.glob("*/deck.toml"):
        deck = tomllib.loads(manifest.read_text(encoding="utf-8"))["deck"]
        decks[deck["id"]] = deck["title"]
    return decks


def test_window_lists_the_bundled_decks(qtbot, tmp_path: Path) -> None:
    window = create_window(tmp_path)
    qtbot.addWidget(window)
    window.show()
    expected = bundled_decks()
    assert len(expected) >= 3

    qtbot.waitUntil(lambda: window.decks.count() == len(expected), timeout=20_000)

    items = [window.decks.item(row) for row in range(window.decks.count())]
    assert {item.data(DECK_ID_ROLE) for item in items} == set(expected)
    assert {item.text() for item in items} == set(expected.values())
    assert str(len(expected)) in window.status.text()


def test_window_says_so_when_the_database_cannot_be_opened(qtbot, tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("this is a file, so it cannot be the data folder")
    window = create_window(blocked)
    qtbot.addWidget(window)
    window.show()

    qtbot.waitUntil(lambda: "IT" in window.status.text(), timeout=20_000)

    assert window.decks.count() == 0
    assert "Traceback" not in window.status.text()
