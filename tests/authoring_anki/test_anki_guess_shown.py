"""The guessed mapping with five sample notes: in `import-apkg --dry-run` and in the dialog."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from test_anki_guess import uz_ru_package

from vaktaal.app import Backend

Cli = Callable[..., Any]


@pytest.fixture
def ombor(tmp_path: Path) -> Path:
    return uz_ru_package().write(tmp_path / "ombor.apkg")


def test_dry_run_shows_the_guess_with_five_notes(cli: Cli, ombor: Path, tmp_path: Path) -> None:
    result = cli("deck", "import-apkg", ombor, "--dry-run", "--data-dir", tmp_path / "data")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == (
        "Notitietype 'uz-ru' (6 notities): id -> id, uz -> uz, ru -> ru, "
        "ru_sentence -> ignore, Text -> term, Extra -> example"
    )
    assert "  Zo staat het in de eerste 5 notities:" in lines
    assert "  id -> id: 0101 | 0102 | 0103 | 0104 | 0105" in lines
    assert (
        "  Text -> term: de heftruck | het pallet | tillen | de helm | veiligheid & gezondheid"
        in (lines)
    )
    assert "  Extra -> example: Rijd met de heftruck. | Zet het pallet op de vloer. | — | " in (
        result.out
    )
    assert "- 'de helm' staat 2 keer in het pakket (notities 4, 6). Samengevoegd." in lines
    assert "(ontbreekt)" not in result.out
    assert lines[-1] == "Proef: er is niets opgeslagen. Pakket 'anki-ombor' zou 5 termen krijgen."


def test_map_still_overrides_the_guess(
    cli: Cli, ombor: Path, tmp_path: Path, make_services: Callable[..., Backend]
) -> None:
    result = cli(
        "deck", "import-apkg", ombor, "--map", "id=ignore", "--map", "Extra=uitleg",
        "--data-dir", tmp_path / "data",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "Zo staat het" not in result.out  # samples only on a dry run
    stored = make_services("data").decks.load("anki-ombor")
    assert stored is not None
    first = stored.deck.terms[0]
    assert (first.id, first.explanation, first.example) == ("heftruck", "Rijd met de heftruck.", "")


# -- the dialog --------------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: Any, services: Backend, tasks: Any) -> Iterator[Any]:
    pytest.importorskip("pytestqt")
    from import_dialogs import shown_dialog
    from vaktaal.ui.authoring.anki_dialog import AnkiImportDialog

    yield from shown_dialog(qtbot, AnkiImportDialog, services, tasks)


def choice(dialog: Any, field: str) -> Any:
    return next(box for box in dialog.fields.choices if box.accessibleName() == f"Veld {field} is")


def test_the_dialog_shows_the_guess_and_five_samples(qtbot: Any, dialog: Any, ombor: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from import_dialogs import open_and_wait

    open_and_wait(qtbot, dialog, ombor)
    roles = {name: choice(dialog, name).currentData() for name in ("id", "uz", "ru", "Text")}
    assert roles == {"id": "id", "uz": "uz", "ru": "ru", "Text": "term"}
    shown = [label.text() for label in dialog.fields.widget().findChildren(QLabel)]
    assert "In de eerste 5 notities" in shown
    ids = "  ·  ".join(f"\u2068{n}\u2069" for n in ("0101", "0102", "0103", "0104", "0105"))
    assert ids in shown
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "'de helm' staat 2 keer in het pakket (notities 4, 6). Samengevoegd." in problems


def test_changing_a_role_in_the_dialog_changes_the_import(
    qtbot: Any, dialog: Any, ombor: Path, services: Backend
) -> None:
    from import_dialogs import open_and_wait

    open_and_wait(qtbot, dialog, ombor)
    assert dialog.prepared.loaded.deck.gloss_languages == ("uz", "ru")
    uz = choice(dialog, "uz")
    uz.setCurrentIndex(uz.findData("ignore"))
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    stored = services.decks.load("anki-ombor")
    assert stored is not None and stored.deck.gloss_languages == ("ru",)
    assert stored.deck.terms[0].glosses == {"ru": "«погрузчик»"}
