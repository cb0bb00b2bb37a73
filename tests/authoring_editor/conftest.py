"""Fixtures for the deck editor tests: the shipped pictograms, a bundled deck, an editor."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from screen_fixtures import on_screen, press, shots, styled  # noqa: E402, F401
from vaktaal.core.pictograms import PictogramLibrary  # noqa: E402
from vaktaal.paths import Paths  # noqa: E402
from vaktaal.ui.authoring import editor_files  # noqa: E402
from vaktaal.ui.authoring.editor_window import EditorWindow  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402

SHIPPED = Paths.create("/nonexistent-vaktaal-test")
BUNDLED_DECK = SHIPPED.bundled_decks_dir / "magazijn-installatie"


@pytest.fixture
def shipped() -> PictogramLibrary:
    return PictogramLibrary(SHIPPED.assets_dir)


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    """A task manager as the app has one; its queued ops have run after the test."""
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def editor(
    qtbot, shipped: PictogramLibrary, tasks: TaskManager, monkeypatch: pytest.MonkeyPatch
) -> EditorWindow:  # type: ignore[no-untyped-def]
    """An editor whose 'save changes?' question is answered by `editor.answer` (default: drop)."""
    window = EditorWindow(shipped, tasks)
    window.answer = editor_files.Unsaved.DISCARD  # type: ignore[attr-defined]
    monkeypatch.setattr(editor_files, "ask_unsaved", lambda _parent: window.answer)  # type: ignore[attr-defined]
    told: list[str] = []
    window.told = told  # type: ignore[attr-defined]
    monkeypatch.setattr(editor_files, "tell", lambda _p, _title, message: told.append(message))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def bundled_deck() -> Path:
    return BUNDLED_DECK


Typer = Callable[[str, str], None]
