"""`vaktaal deck import-apkg` and `vaktaal deck export-apkg`."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import deckbuilder
from vaktaal.app import Backend

Cli = Callable[..., Any]


def test_import_prints_the_mapping_and_stores_the_deck(
    cli: Cli, apkg: Path, tmp_path: Path, make_services: Callable[..., Backend]
) -> None:
    result = cli("deck", "import-apkg", apkg, "--data-dir", tmp_path / "data")
    assert result.code == 0, result.err
    assert "Notitietype 'Basic' (3 notities): Front -> term, Back -> ar" in result.out
    assert "Pakket 'anki-magazijn' versie 1 is geïmporteerd: 3 termen." in result.out
    assert "- 3 termen hebben nog geen uitleg." in result.out
    stored = make_services("data").decks.load("anki-magazijn")
    assert stored is not None and len(stored.deck.terms) == 3


def test_dry_run_stores_nothing(
    cli: Cli, apkg: Path, tmp_path: Path, make_services: Callable[..., Backend], dump_database: Any
) -> None:
    before = dump_database(make_services("data").engine)
    result = cli("deck", "import-apkg", apkg, "--dry-run", "--data-dir", tmp_path / "data")
    assert result.code == 0, result.err
    assert (
        "Proef: er is niets opgeslagen. Pakket 'anki-magazijn' zou 3 termen krijgen." in result.out
    )
    assert dump_database(make_services("data").engine) == before


def test_map_id_title_and_level(
    cli: Cli, apkg: Path, tmp_path: Path, make_services: Callable[..., Backend]
) -> None:
    result = cli(
        "deck", "import-apkg", apkg, "--map", "Back=en", "--deck-id", "mijn-woorden",
        "--title", "Mijn woorden", "--level", "B1", "--data-dir", tmp_path / "data",
    )  # fmt: skip
    assert result.code == 0, result.err
    stored = make_services("data").decks.load("mijn-woorden")
    assert stored is not None
    assert (stored.deck.title, stored.deck.level, stored.deck.gloss_languages) == (
        "Mijn woorden",
        "B1",
        ("en",),
    )


def test_a_bad_map_option_is_explained(cli: Cli, apkg: Path, tmp_path: Path) -> None:
    result = cli("deck", "import-apkg", apkg, "--map", "Back", "--data-dir", tmp_path / "data")
    assert (result.code, result.out) == (1, "")
    assert "Schrijf VELD=ROL" in result.err and "Traceback" not in result.err


def test_an_unknown_field_is_named(cli: Cli, apkg: Path, tmp_path: Path) -> None:
    result = cli(
        "deck", "import-apkg", apkg, "--map", "Achterkant=ar", "--data-dir", tmp_path / "data"
    )
    assert result.code == 1 and "Achterkant" in result.err


def test_a_bad_package_gives_a_message_not_a_traceback(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "x.apkg"
    path.write_text("geen zip")
    result = cli("deck", "import-apkg", path, "--data-dir", tmp_path / "data")
    assert result.code == 1
    assert "Dit is geen Anki-pakket" in result.err and "Traceback" not in result.err


def test_export_then_import_again(
    cli: Cli,
    tmp_path: Path,
    make_services: Callable[..., Backend],
    deck_dir: Path,
    import_deck: Any,
) -> None:
    import_deck(make_services("data"), deck_dir)
    out = tmp_path / "magazijn.apkg"
    result = cli(
        "deck",
        "export-apkg",
        deckbuilder.DECK_ID,
        out,
        "--without-audio",
        "--data-dir",
        tmp_path / "data",
    )
    assert result.code == 0, result.err
    assert f"Opgeslagen voor Anki: {out} (5 kaarten" in result.out
    assert "1 term heeft in Anki geen plaatje" in result.out  # the mdi: icon
    again = cli("deck", "import-apkg", out, "--data-dir", tmp_path / "other")
    assert again.code == 0, again.err
    assert "Term -> term, Uitleg -> explanation" in again.out


def test_export_of_an_unknown_deck(cli: Cli, tmp_path: Path) -> None:
    result = cli(
        "deck", "export-apkg", "bestaat-niet", tmp_path / "x.apkg", "--data-dir", tmp_path / "data"
    )
    assert result.code == 1 and "Pakket 'bestaat-niet' bestaat niet." in result.err
    assert not (tmp_path / "x.apkg").exists()
