"""The same spreadsheet through `vaktaal deck import-csv` and through the app's import dialog
gives the same deck: one rule (usecases/spreadsheets) for both, not two that drift apart.

The app side runs as the app does: the dialog's work goes through a TaskManager, and its
database refuses any statement on the GUI thread (VAKTAAL_STRICT_THREADS=1).
"""

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from excel_files import write_csv, write_xlsx  # noqa: E402
from hr_files import WRITERS as HR_WRITERS  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from import_dialogs import open_and_wait  # noqa: E402
from vaktaal.app import open_services  # noqa: E402
from vaktaal.core.deckformat import LoadedDeck  # noqa: E402
from vaktaal.ui.authoring.spreadsheet_dialog import SpreadsheetImportDialog  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402
from vaktaal.usecases import Services  # noqa: E402

BUNDLED_DECK = Path(__file__).resolve().parents[2] / "decks" / "it-servicedesk"
HEADER = ["term", "lidwoord", "woordsoort", "uitleg", "voorbeeld", "pictogram", "Arabisch",
          "ti", "en"]  # fmt: skip
ROWS = [
    ["heftruck", "de", "zelfstandig naamwoord",
     "Een wagen die zware pallets optilt.\nAlleen met rijbewijs.",
     "De heftruck staat bij dock 3.", "asset:heftruck.svg", "رافعة شوكية", "ፎርክሊፍት", "forklift"],
    ["pallet", "de", "zn", "Een plank van hout waar dozen op staan.", "Zet de dozen op de pallet.",
     "", "منصة نقالة", "ፓሌት", "pallet"],
    ["magazijn", "het", "zelfstandig naamwoord", "De ruimte waar de voorraad ligt.",
     "Het magazijn gaat om zes uur open.", "mdi:warehouse", "مستودع", "መኽዘን", "warehouse"],
    ["inklokken", "", "werkwoord", "Laten zien dat je begint met werken.",
     "Vergeet niet in te klokken.", "", "تسجيل الدخول", "ምእታው", "to clock in"],
    ["voorzichtig", "", "bijvoeglijk naamwoord", "Je let goed op, zodat er niets misgaat.",
     "Rij voorzichtig door de gang.", "", "حذر", "ጥንቁቕ", "careful"],
]  # fmt: skip


def as_xlsx(path: Path, rows: list[list[str]]) -> Path:
    cells: list[list[object]] = [list(row) for row in rows]
    return write_xlsx(path, cells)


WRITERS: dict[str, Callable[[Path, list[list[str]]], Path]] = {".csv": write_csv, ".xlsx": as_xlsx}


@pytest.fixture(params=sorted(WRITERS))
def sheet(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    suffix: str = request.param
    return WRITERS[suffix](tmp_path / f"Magazijn woorden{suffix}", [HEADER, *ROWS])


@pytest.fixture
def app_services(tmp_path: Path) -> Iterator[Services]:
    """The data folder of the app side, opened off the GUI thread as the app's launcher does;
    database work on the GUI thread is refused from then on."""
    install_it_deck(tmp_path / "app")
    gui = threading.main_thread()
    with ThreadPoolExecutor(max_workers=1) as opener:
        services = opener.submit(open_services, tmp_path / "app", gui_thread=gui).result()
    yield services
    services.close()


def install_it_deck(data_dir: Path) -> None:
    services = open_services(data_dir)
    services.decks.import_path(BUNDLED_DECK)
    services.close()


def installed(data_dir: Path, deck_id: str) -> LoadedDeck | None:
    services = open_services(data_dir)
    try:
        return services.decks.load(deck_id)
    finally:
        services.close()


def through_the_dialog(
    qtbot: Any, services: Services, tasks: TaskManager, path: Path, update: str | None = None
) -> list[str]:
    """Open `path`, keep what the dialog fills in (update `update`), click Importeren; the
    dialog's problems when the button stays off."""
    dialog = SpreadsheetImportDialog(services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.deck_choice.count() > 1, timeout=10_000)
    if update is not None:
        dialog.deck_choice.setCurrentIndex(dialog.deck_choice.findData(update))
    open_and_wait(qtbot, dialog, path)
    if not dialog.import_button.isEnabled():
        return [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return []


def assert_same_deck(cli_data: Path, app_data: Path, deck_id: str) -> LoadedDeck:
    by_cli, by_app = installed(cli_data, deck_id), installed(app_data, deck_id)
    assert by_cli is not None and by_app is not None
    assert by_app.deck.terms == by_cli.deck.terms
    assert by_app.deck == by_cli.deck  # title, organisation, level, languages, version, ...
    assert by_app.media == by_cli.media
    return by_app


def test_a_new_deck_is_the_same_from_the_cli_and_from_the_app(
    qtbot: Any, cli: Any, tmp_path: Path, sheet: Path, app_services: Services, tasks: TaskManager
) -> None:
    install_it_deck(tmp_path / "cli")
    result = cli("deck", "import-csv", sheet, "--data-dir", tmp_path / "cli")
    assert result.code == 0, result.out + result.err
    assert through_the_dialog(qtbot, app_services, tasks, sheet) == []
    tasks.wait_until_idle()
    deck = assert_same_deck(tmp_path / "cli", tmp_path / "app", "magazijn-woorden").deck
    assert deck.title == "Magazijn woorden" and deck.version == 1
    assert deck.gloss_languages == ("ar", "ti", "en")
    assert [t.term for t in deck.terms][:3] == ["heftruck", "pallet", "magazijn"]
    assert deck.terms[0].explanation == "Een wagen die zware pallets optilt.\nAlleen met rijbewijs."


def test_updating_an_installed_deck_is_the_same_from_the_cli_and_from_the_app(
    qtbot: Any, cli: Any, tmp_path: Path, sheet: Path, app_services: Services, tasks: TaskManager
) -> None:
    install_it_deck(tmp_path / "cli")
    before = installed(tmp_path / "cli", "it-servicedesk")
    assert before is not None
    args = ("deck", "import-csv", sheet, "--deck-id", "it-servicedesk")
    assert cli(*args, "--data-dir", tmp_path / "cli").code == 0
    assert through_the_dialog(qtbot, app_services, tasks, sheet, update="it-servicedesk") == []
    tasks.wait_until_idle()
    deck = assert_same_deck(tmp_path / "cli", tmp_path / "app", "it-servicedesk").deck
    assert deck.title == before.deck.title  # a sheet does not rename the deck it updates
    assert deck.version == before.deck.version + 1
    assert len(deck.terms) == len(ROWS)


def test_a_taken_name_is_refused_by_both_with_the_same_message(
    qtbot: Any, cli: Any, tmp_path: Path, app_services: Services, tasks: TaskManager
) -> None:
    taken = write_csv(tmp_path / "IT servicedesk.csv", [HEADER, *ROWS])
    install_it_deck(tmp_path / "cli")
    result = cli("deck", "import-csv", taken, "--data-dir", tmp_path / "cli")
    problems = through_the_dialog(qtbot, app_services, tasks, taken)
    message = (
        "Er is al een pakket met id 'it-servicedesk'. Kies een andere naam voor het nieuwe "
        "pakket, of werk dat pakket bij."
    )
    assert result.code == 1 and message in result.err
    assert problems == [message]
    tasks.wait_until_idle()
    for data_dir in (tmp_path / "cli", tmp_path / "app"):
        it = installed(data_dir, "it-servicedesk")
        assert it is not None and len(it.deck.terms) > len(ROWS)  # nothing replaced


@pytest.mark.parametrize("kind", sorted(HR_WRITERS))
def test_hr_files_import_with_the_same_warnings_and_deck_from_the_cli_and_the_app(
    qtbot: Any, cli: Any, tmp_path: Path, app_services: Services, tasks: TaskManager, kind: str
) -> None:
    """Issue 15's two HR files (and the Excel one): no word class, an empty row, a duplicate."""
    path = HR_WRITERS[kind](tmp_path / f"HR lijst{Path(kind).suffix}")
    install_it_deck(tmp_path / "cli")
    result = cli("deck", "import-csv", path, "--data-dir", tmp_path / "cli")
    assert result.code == 0, result.out + result.err
    dialog = SpreadsheetImportDialog(app_services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    open_and_wait(qtbot, dialog, path)
    messages = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    printed = [line.strip()[2:] for line in result.out.splitlines() if line.startswith("  - ")]
    assert messages == [f"Let op: {line}" for line in printed] and len(messages) == 2
    assert dialog.views.currentWidget() is dialog.terms_view
    assert dialog.terms_view.texts(2)[:2] == ["inklokken", "open"]
    assert dialog.terms_view.verticalHeaderItem(2).text() == "5"  # the Excel row
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    tasks.wait_until_idle()
    deck = assert_same_deck(tmp_path / "cli", tmp_path / "app", "hr-lijst").deck
    assert [t.term for t in deck.terms][0] == "pallet" and len(deck.terms) == 4
