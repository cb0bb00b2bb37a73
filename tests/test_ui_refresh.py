"""After a change, the screens that show the data refresh without a restart (OpChanges)."""

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

import deckbuilder  # noqa: E402
from staff_login import log_in_as_staff  # noqa: E402
from vaktaal.app import open_backend  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402
from vaktaal.ui.tasks import Op  # noqa: E402
from vaktaal.usecases.changes import DECKS, NOTHING  # noqa: E402

WAIT_MS = 20_000
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def data_dir(tmp_path):
    backend = open_backend(tmp_path / "data", speaker=FakeSpeaker())
    backend.services.decks.import_path(deckbuilder.write_deck(tmp_path / "deck-v1"))
    backend.learners.add("Amal", ["ar"], decks=[deckbuilder.DECK_ID])
    backend.close()
    return tmp_path / "data"


@pytest.fixture
def window(qtbot, data_dir):
    app_window = create_window(data_dir, speaker=FakeSpeaker())
    qtbot.addWidget(app_window)
    app_window.show()
    qtbot.waitUntil(lambda: app_window.stack.currentWidget() is app_window.picker, timeout=WAIT_MS)
    return app_window


def _new_version(tmp_path, title: str):
    manifest = deckbuilder.clone(deckbuilder.valid_manifest())
    manifest["deck"]["version"] = 2
    manifest["deck"]["title"] = title
    return deckbuilder.write_deck(tmp_path / "deck-v2", manifest)


def _other_deck(tmp_path):
    manifest = deckbuilder.clone(deckbuilder.valid_manifest())
    manifest["deck"]["id"] = "tweede-pakket"
    manifest["deck"]["title"] = "Tweede pakket"
    return deckbuilder.write_deck(tmp_path / "other", manifest)


def _put_in_vaktaal(window, folder, changes=DECKS) -> None:
    services = window.controller.services
    window.tasks.run(Op(lambda: services.decks.import_path(folder), changes=changes))


def _deck_titles(window) -> list[str]:
    return [window.decks.item(row).text() for row in range(window.decks.count())]


def test_a_deck_put_into_vaktaal_appears_on_the_open_decks_page(qtbot, window, tmp_path) -> None:
    log_in_as_staff(qtbot, window)
    window.show_decks_action.trigger()
    qtbot.waitUntil(lambda: window.decks.count() >= 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.decks_page, timeout=WAIT_MS)

    _put_in_vaktaal(window, _other_deck(tmp_path))

    qtbot.waitUntil(lambda: "Tweede pakket" in _deck_titles(window), timeout=WAIT_MS)


def test_the_home_page_shows_a_new_version_of_a_deck_at_once(qtbot, window, tmp_path) -> None:
    qtbot.mouseClick(window.picker.grid.tiles[0], LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT_MS)
    assert [c.accessibleName() for c in window.home.decks.cards] == ["Magazijn (test)"]

    _put_in_vaktaal(window, _new_version(tmp_path, "Magazijn (versie 2)"))

    qtbot.waitUntil(
        lambda: [c.accessibleName() for c in window.home.decks.cards] == ["Magazijn (versie 2)"],
        timeout=WAIT_MS,
    )


def test_without_a_change_notice_the_page_is_not_read_again(qtbot, window, tmp_path) -> None:
    """Guards the test above: the refresh comes from the notice, not from something else."""
    log_in_as_staff(qtbot, window)
    window.show_decks_action.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.decks_page, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.decks.count() >= 1, timeout=WAIT_MS)

    _put_in_vaktaal(window, _other_deck(tmp_path), changes=NOTHING)
    window.tasks.wait_until_idle()
    qtbot.wait(300)

    assert "Tweede pakket" not in _deck_titles(window)
