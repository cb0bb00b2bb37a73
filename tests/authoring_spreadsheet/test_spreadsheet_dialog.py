"""The import dialog through its widgets: preview, column choice, row errors, confirm."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from excel_files import HEADER, ROWS, write_csv  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from deckbuilder import bundled_term_count  # noqa: E402
from import_dialogs import open_and_wait, shown_dialog  # noqa: E402
from vaktaal.app import Backend  # noqa: E402
from vaktaal.core.authoring.spreadsheet import read_spreadsheet  # noqa: E402
from vaktaal.ui.authoring.spreadsheet_dialog import SpreadsheetImportDialog  # noqa: E402
from vaktaal.ui.authoring.spreadsheet_files import export_spreadsheet  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402

BUNDLED_DECK = Path(__file__).resolve().parents[2] / "decks" / "it-servicedesk"
Dialog = SpreadsheetImportDialog


@pytest.fixture
def dialog(qtbot: Any, services: Backend, tasks: TaskManager) -> Iterator[Dialog]:
    yield from shown_dialog(qtbot, Dialog, services, tasks)


def with_decks_listed(qtbot: Any, dialog: Dialog) -> Dialog:
    """The installed decks come in as an op; wait for them."""
    qtbot.waitUntil(lambda: dialog.deck_choice.count() > 1, timeout=10_000)
    return dialog


def error_texts(dialog: Dialog) -> list[str]:
    return [dialog.errors.item(i).text() for i in range(dialog.errors.count())]


def test_row_errors_are_listed_and_import_stays_off(
    qtbot: Any, dialog: Dialog, services: Backend, tmp_path: Path, dump_database: Any
) -> None:
    rows = [HEADER, *[list(r) for r in ROWS]]
    rows[2][HEADER.index("woordsoort")] = "ding"
    before = dump_database(services.engine)
    open_and_wait(qtbot, dialog, write_csv(tmp_path / "fout.csv", rows))
    assert dialog.preview.rowCount() == 1 + len(ROWS)  # choice boxes + the rows
    assert dialog.preview.verticalHeaderItem(2).text() == "3"  # the Excel row number
    assert error_texts(dialog) == [
        "Rij 3, kolom 'woordsoort': 'ding' is geen woordsoort. Kies uit: zelfstandig "
        "naamwoord, werkwoord, bijvoeglijk naamwoord, bijwoord, uitdrukking, afkorting, "
        "anders, open."
    ]
    assert not dialog.import_button.isEnabled()
    dialog.import_now()  # even when called, nothing happens while there are problems
    assert not dialog.working
    dialog.cancel_button.click()
    assert dump_database(services.engine) == before


def test_choosing_a_column_fixes_the_mapping_and_import_needs_a_click(
    qtbot: Any, dialog: Dialog, services: Backend, tmp_path: Path
) -> None:
    header = ["opmerking" if h == "term" else h for h in HEADER]  # the one required column
    open_and_wait(qtbot, dialog, write_csv(tmp_path / "Kantine.csv", [header, *ROWS]))
    assert "Er is geen kolom met de Nederlandse woorden" in " ".join(error_texts(dialog))
    assert not dialog.import_button.isEnabled()
    choice = dialog.preview.choices[header.index("opmerking")]
    choice.setCurrentIndex(choice.findText("term"))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert error_texts(dialog) == []
    assert services.decks.load("kantine") is None  # nothing before the click
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == ["kantine"]
    loaded = services.decks.load("kantine")
    assert loaded is not None
    assert [t.term for t in loaded.deck.terms] == [row[0] for row in ROWS]


def test_updating_an_installed_deck(
    qtbot: Any,
    services: Backend,
    tasks: TaskManager,
    import_deck: Callable[..., Any],
    tmp_path: Path,
) -> None:
    import_deck(services, BUNDLED_DECK)
    out = tmp_path / "it.xlsx"
    from vaktaal.core.authoring.spreadsheet import export_deck

    installed = services.decks.load("it-servicedesk")
    assert installed is not None
    export_deck(installed.deck, out)
    dialog = Dialog(services.services, tasks)
    qtbot.addWidget(dialog)
    with_decks_listed(qtbot, dialog)
    dialog.deck_choice.setCurrentIndex(dialog.deck_choice.findData("it-servicedesk"))
    assert not dialog.title_edit.isEnabled()
    open_and_wait(qtbot, dialog, out)
    assert dialog.plan is not None and dialog.plan.ok
    assert dialog.plan.loaded is not None
    assert dialog.plan.loaded.deck.version == installed.deck.version + 1


def test_a_taken_name_for_a_new_deck_is_a_problem(
    qtbot: Any, dialog: Dialog, services: Backend, import_deck: Callable[..., Any], tmp_path: Path
) -> None:
    import_deck(services, BUNDLED_DECK)
    open_and_wait(qtbot, dialog, write_csv(tmp_path / "IT-servicedesk.csv", [HEADER, *ROWS]))
    assert error_texts(dialog) == [
        "Er is al een pakket met id 'it-servicedesk'. Kies een andere naam voor het nieuwe "
        "pakket, of werk dat pakket bij."
    ]
    assert dialog.status.text() == "Zo kan het niet. Kijk bij de problemen."
    assert not dialog.import_button.isEnabled()
    dialog.title_edit.setText("IT-servicedesk nieuw")
    dialog.title_edit.textEdited.emit("IT-servicedesk nieuw")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)


def test_a_file_that_cannot_be_read(qtbot: Any, dialog: Dialog, tmp_path: Path) -> None:
    path = tmp_path / "raar.csv"
    path.write_bytes(b"term;uitleg\r\n\x81\x8d;x\r\n")
    open_and_wait(qtbot, dialog, path)
    assert "CSV UTF-8" in error_texts(dialog)[0]
    assert dialog.status.text() == "Dit bestand kan niet gebruikt worden."
    assert not dialog.import_button.isEnabled()


def test_arabic_stands_right_and_the_keyboard_reaches_everything(
    qtbot: Any, dialog: Dialog, tmp_path: Path
) -> None:
    open_and_wait(qtbot, dialog, write_csv(tmp_path / "w.csv", [HEADER, *ROWS]))
    arabic = dialog.preview.item(1, HEADER.index("ar"))
    latin = dialog.preview.item(1, HEADER.index("term"))
    assert arabic.textAlignment() & Qt.AlignmentFlag.AlignRight
    assert latin.textAlignment() & Qt.AlignmentFlag.AlignLeft
    dialog.activateWindow()
    dialog.file_button.setFocus()
    assert dialog.views.currentWidget() is dialog.terms_view  # the terms as they will be
    dialog.views.setCurrentWidget(dialog.preview)  # the tab with the column choices
    seen = []
    for _ in range(len(HEADER) + 8):  # the column choices are on the way, one per column
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:3] == [dialog.deck_choice, dialog.title_edit, dialog.views.tabBar()]
    assert set(dialog.preview.choices) <= set(seen)
    assert dialog.import_button in seen and dialog.errors in seen


def test_export_writes_the_chosen_file(
    qtbot: Any,
    services: Backend,
    tasks: TaskManager,
    import_deck: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import_deck(services, BUNDLED_DECK)
    chosen = tmp_path / "uit"  # no suffix: the chosen file type decides
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(chosen), "CSV (*.csv)"))
    saved: list[Path] = []
    export_spreadsheet(None, services.services, tasks, "it-servicedesk", saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert saved == [tmp_path / "uit.csv"]
    assert len(read_spreadsheet(saved[0]).rows) == bundled_term_count(BUNDLED_DECK.name)


def test_exporting_a_deck_that_is_gone_says_so(
    qtbot: Any,
    services: Backend,
    tasks: TaskManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "x.csv"), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    export_spreadsheet(None, services.services, tasks, "weg")
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == ["Pakket 'weg' bestaat niet."]
    assert not (tmp_path / "x.csv").exists()


def test_without_a_term_column_the_file_is_shown_with_the_columns_named(
    qtbot: Any, dialog: Dialog, tmp_path: Path
) -> None:
    path = tmp_path / "lijst.csv"
    text = "Nr;Ding;Omschrijving;Zin;Engels\r\n1;pallet;Een plank.;Pak hem.;pallet\r\n"
    open_and_wait(qtbot, dialog, write_bytes(path, text))
    assert dialog.views.currentWidget() is dialog.preview  # the file with its column choices
    found = "Gevonden kolommen: 'Nr', 'Ding', 'Omschrijving', 'Zin', 'Engels'"
    assert found in error_texts(dialog)[0]
    assert not dialog.import_button.isEnabled()
    choice = dialog.preview.choices[1]
    choice.setCurrentIndex(choice.findText("term"))  # "Ding" holds the words here
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.views.currentWidget() is dialog.terms_view
    assert dialog.terms_view.texts(0)[:3] == ["pallet", "open", "Een plank."]


def write_bytes(path: Path, text: str) -> Path:
    path.write_bytes(text.encode())
    return path


def test_the_editor_offers_every_word_class_of_the_deck_format_open_too(
    qtbot: Any, library: Any
) -> None:
    from vaktaal.core.model import WORD_CLASSES
    from vaktaal.ui.authoring.term_form import TermForm

    form = TermForm(library)
    qtbot.addWidget(form)
    assert tuple(form.word_classes()) == WORD_CLASSES  # a term left "open" can be edited
    assert form.word_classes()["open"] == "open (nog niet bekend)"
