"""`vaktaal deck import-csv` and `deck export-csv`: bad input changes nothing."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from excel_files import HEADER, ROWS, write_csv

from vaktaal.app import Backend

pytestmark = pytest.mark.both_databases

BUNDLED_DECK = Path(__file__).resolve().parents[2] / "decks" / "it-servicedesk"


@pytest.fixture
def with_deck(services: Backend, import_deck: Callable[[Backend, Path], Any]) -> Backend:
    import_deck(services, BUNDLED_DECK)
    return services


def data_dir(services: Backend) -> str:
    return str(services.paths.data_dir)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_and_import_again_updates_the_deck_and_keeps_term_keys(
    tmp_path: Path, cli: Any, with_deck: Backend, term_keys: Any, suffix: str
) -> None:
    before = with_deck.decks.load("it-servicedesk")
    keys = term_keys(with_deck.engine, "it-servicedesk")
    out = tmp_path / f"it{suffix}"
    assert (
        cli("deck", "export-csv", "it-servicedesk", out, "--data-dir", data_dir(with_deck)).code
        == 0
    )
    result = cli(
        "deck", "import-csv", out, "--deck-id", "it-servicedesk", "--data-dir", data_dir(with_deck)
    )
    assert result.code == 0, result.out + result.err
    assert before is not None
    assert f"versie {before.deck.version + 1}" in result.out
    assert f"0 nieuw, {len(before.deck.terms)} bijgewerkt" in result.out
    after = with_deck.decks.load("it-servicedesk")
    assert after is not None
    assert after.deck.terms == before.deck.terms
    assert after.deck.meetings == before.deck.meetings and before.deck.meetings  # kept
    assert term_keys(with_deck.engine, "it-servicedesk") == keys


def test_a_sheet_with_only_words_and_translations_imports(
    tmp_path: Path, cli: Any, services: Backend
) -> None:
    """Issue 15: only a term column is required; missing texts stay empty."""
    rows = [["Woord", "Arabisch"], ["heftruck", "رافعة شوكية"], ["pallet", "منصة"]]
    path = write_csv(tmp_path / "Magazijn.csv", rows)
    result = cli("deck", "import-csv", path, "--data-dir", data_dir(services))
    assert result.code == 0, result.out + result.err
    loaded = services.decks.load("magazijn")
    assert loaded is not None
    terms = loaded.deck.terms
    assert [(t.term, t.glosses) for t in terms] == [
        ("heftruck", {"ar": "رافعة شوكية"}),
        ("pallet", {"ar": "منصة"}),
    ]
    assert [(t.explanation, t.example) for t in terms] == [("", ""), ("", "")]


def test_a_new_deck_from_excel_style_csv(tmp_path: Path, cli: Any, services: Backend) -> None:
    path = write_csv(tmp_path / "Kantine woorden.csv", [HEADER, *ROWS])
    result = cli("deck", "import-csv", path, "--data-dir", data_dir(services))
    assert result.code == 0, result.out + result.err
    loaded = services.decks.load("kantine-woorden")
    assert loaded is not None
    assert loaded.deck.title == "Kantine woorden"
    assert [t.glosses["ar"] for t in loaded.deck.terms] == ["مقهى", "منسق", "ساذج"]


def test_row_errors_are_printed_and_nothing_is_imported(
    tmp_path: Path, cli: Any, with_deck: Backend, dump_database: Any
) -> None:
    rows = [HEADER, *[list(r) for r in ROWS]]
    rows[2][HEADER.index("woordsoort")] = "ding"
    rows[3][HEADER.index("ar")] = ""
    path = write_csv(tmp_path / "fout.csv", rows)
    before = dump_database(with_deck.engine)
    result = cli(
        "deck", "import-csv", path, "--deck-id", "it-servicedesk", "--data-dir", data_dir(with_deck)
    )
    assert result.code == 1
    assert "Rij 3, kolom 'woordsoort': 'ding' is geen woordsoort" in result.out
    assert "Rij 4, kolom 'ar'" in result.out
    assert "niets geïmporteerd" in result.out
    assert dump_database(with_deck.engine) == before


def test_a_file_with_a_wrong_encoding_is_refused(
    tmp_path: Path, cli: Any, services: Backend, dump_database: Any
) -> None:
    path = tmp_path / "raar.csv"
    path.write_bytes(b"term;uitleg\r\n\x81\x8d;x\r\n")
    before = dump_database(services.engine)
    result = cli("deck", "import-csv", path, "--data-dir", data_dir(services))
    assert result.code == 1
    assert "CSV UTF-8" in result.err and "Traceback" not in result.err
    assert dump_database(services.engine) == before


def test_a_taken_id_is_not_replaced_by_accident(
    tmp_path: Path, cli: Any, with_deck: Backend, dump_database: Any
) -> None:
    path = write_csv(tmp_path / "it-servicedesk.csv", [HEADER, *ROWS])
    before = dump_database(with_deck.engine)
    result = cli("deck", "import-csv", path, "--data-dir", data_dir(with_deck))
    assert result.code == 1
    assert "--deck-id it-servicedesk" in result.err
    assert dump_database(with_deck.engine) == before


def test_dry_run_checks_but_imports_nothing(
    tmp_path: Path, cli: Any, services: Backend, dump_database: Any
) -> None:
    path = write_csv(tmp_path / "w.csv", [HEADER, *ROWS])
    before = dump_database(services.engine)
    result = cli("deck", "import-csv", path, "--dry-run", "--data-dir", data_dir(services))
    assert result.code == 0
    assert "3 termen" in result.out
    assert dump_database(services.engine) == before


def test_unknown_language_option(tmp_path: Path, cli: Any, services: Backend) -> None:
    path = write_csv(tmp_path / "w.csv", [HEADER, *ROWS])
    result = cli(
        "deck", "import-csv", path, "--languages", "ar,qq", "--data-dir", data_dir(services)
    )
    assert result.code == 1
    assert "Onbekende taalcode 'qq'" in result.out


def test_template_and_unknown_deck(tmp_path: Path, cli: Any, services: Backend) -> None:
    out = tmp_path / "sjabloon.xlsx"
    assert cli("deck", "export-csv", "--template", out, "--data-dir", data_dir(services)).code == 0
    assert out.read_bytes().startswith(b"PK")
    result = cli(
        "deck", "export-csv", "bestaat-niet", tmp_path / "x.csv", "--data-dir", data_dir(services)
    )
    assert result.code == 1 and "bestaat niet" in result.err
    result = cli(
        "deck", "export-csv", "--template", tmp_path / "x.txt", "--data-dir", data_dir(services)
    )
    assert result.code == 1 and ".csv of .xlsx" in result.err
