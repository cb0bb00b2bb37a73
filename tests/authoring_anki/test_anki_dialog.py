"""The Anki import dialog through its widgets: note types, field roles, preview, import."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from anki_builder import Package  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

import deckbuilder  # noqa: E402
from import_dialogs import open_and_wait, shown_dialog  # noqa: E402
from vaktaal.app import Backend  # noqa: E402
from vaktaal.core.authoring.anki import read_apkg  # noqa: E402
from vaktaal.ui.authoring.anki_dialog import AnkiImportDialog, export_anki_deck  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402

Dialog = AnkiImportDialog


@pytest.fixture
def dialog(qtbot: Any, services: Backend, tasks: TaskManager) -> Iterator[Dialog]:
    yield from shown_dialog(qtbot, Dialog, services, tasks)


def texts(widget: Any) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def choice(dialog: Dialog, field: str) -> Any:
    return next(box for box in dialog.fields.choices if box.accessibleName() == f"Veld {field} is")


def test_guessed_roles_preview_and_import(
    qtbot: Any, dialog: Dialog, services: Backend, apkg: Path
) -> None:
    open_and_wait(qtbot, dialog, apkg)
    assert (choice(dialog, "Front").currentData(), choice(dialog, "Back").currentData()) == (
        "term",
        "ar",
    )
    assert dialog.title_edit.text() == "Magazijn"
    assert texts(dialog.preview)[0] == "de heftruck  —  \u2068رافعة شوكية\u2069"
    assert "3 termen hebben nog geen uitleg. Vul die later aan." in texts(dialog.problems)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        dialog.import_button.click()
    assert imported.args == ["anki-magazijn"]
    stored = services.decks.load("anki-magazijn")
    assert stored is not None and len(stored.deck.terms) == 3


def test_a_role_change_is_checked_again_and_problems_block_the_import(
    qtbot: Any, dialog: Dialog, services: Backend, apkg: Path, dump_database: Any
) -> None:
    before = dump_database(services.engine)
    open_and_wait(qtbot, dialog, apkg)
    back = choice(dialog, "Back")
    back.setCurrentIndex(back.findData("explanation"))
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    assert any("taal van de vertaling" in text for text in texts(dialog.problems))
    assert dialog.status.text() == "Zo kan het niet. Kijk bij de problemen."
    assert not dialog.import_button.isEnabled()
    back.setCurrentIndex(back.findData("en"))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dump_database(services.engine) == before


def test_a_bad_file_is_explained(qtbot: Any, dialog: Dialog, tmp_path: Path) -> None:
    path = tmp_path / "x.apkg"
    path.write_text("geen zip")
    open_and_wait(qtbot, dialog, path)
    assert "geen zip-bestand" in texts(dialog.problems)[0]
    assert not dialog.import_button.isEnabled()


def test_the_keyboard_reaches_every_choice(
    qtbot: Any, dialog: Dialog, tmp_path: Path, custom_package: Package
) -> None:
    open_and_wait(qtbot, dialog, custom_package.write(tmp_path / "x.apkg"))
    assert len(dialog.fields.choices) == 8  # six custom fields and Basic's two
    dialog.activateWindow()
    dialog.file_button.setFocus()
    seen = []
    for _ in range(14):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[0] is dialog.title_edit
    assert seen[1:9] == dialog.fields.choices
    assert dialog.preview in seen and dialog.import_button in seen


def test_export_writes_a_package_with_drawn_icons(
    qtbot: Any, services: Backend, tasks: TaskManager, deck_dir: Path,
    import_deck: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import_deck(services, deck_dir)
    chosen = tmp_path / "uit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(chosen), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    export_anki_deck(None, services.services, tasks, deckbuilder.DECK_ID)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == ["Opgeslagen voor Anki: uit.apkg"]
    source = read_apkg(tmp_path / "uit.apkg")
    assert (
        source.package.read_media(
            "vaktaal-mdi-forklift.png",
        )
        is not None
    )


def test_exporting_a_deck_that_is_gone_says_so(
    qtbot: Any, services: Backend, tasks: TaskManager, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "x"), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    export_anki_deck(None, services.services, tasks, "weg")
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == ["Pakket 'weg' bestaat niet."]
    assert not (tmp_path / "x.apkg").exists()
