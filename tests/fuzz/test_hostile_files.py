"""Targeted hostile files: each attack the fuzzer found, as a test that fails when it returns."""

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fuzz_corpus import (
    SECRET,
    deck_zip_bytes,
    huge_png,
    valid_deck,
    xlsx_bytes,
    zip_members,
    zip_of,
)
from sqlalchemy import func, select

import deckbuilder
from vaktaal.app import Backend
from vaktaal.core.authoring.spreadsheet import read_spreadsheet, write_table
from vaktaal.core.problems import DeckProblems
from vaktaal.storage.tables import MediaBlobRow


def blobs(services: Backend) -> int:
    with services.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(MediaBlobRow)) or 0)


def media_files(services: Backend) -> list[Path]:
    return [p for p in services.paths.media_dir.rglob("*") if p.is_file()]


def refusal(path: Path, services: Backend) -> str:
    with pytest.raises(DeckProblems) as caught:
        services.services.decks.import_path(path)
    return str(caught.value)


def test_a_picture_linked_to_a_file_outside_the_deck_is_not_imported(
    tmp_path: Path, services: Backend
) -> None:
    deck = valid_deck(tmp_path / "deck")
    secret = tmp_path / "secret.png"
    secret.write_bytes(deckbuilder.tiny_png((1, 2, 3)) + SECRET)
    (deck / "media/heftruck.png").unlink()
    (deck / "media/heftruck.png").symlink_to(secret)
    assert "media/heftruck.png" in refusal(deck, services)
    assert blobs(services) == 0 and media_files(services) == []


def test_a_linked_media_folder_is_not_read(tmp_path: Path, services: Backend) -> None:
    deck = valid_deck(tmp_path / "deck")
    (deck / "media").rename(tmp_path / "elsewhere")
    (deck / "media").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert "media/heftruck.png" in refusal(deck, services)


def test_a_linked_deck_toml_is_refused_with_a_message(tmp_path: Path, services: Backend) -> None:
    deck = valid_deck(tmp_path / "deck")
    (deck / "deck.toml").rename(tmp_path / "outside.toml")
    (deck / "deck.toml").symlink_to(tmp_path / "outside.toml")
    assert "deck.toml is een link" in refusal(deck, services)


def test_a_linked_meeting_file_is_left_out(tmp_path: Path, services: Backend) -> None:
    deck = valid_deck(tmp_path / "deck")
    (deck / "meetings/werkoverleg.toml").unlink()
    (deck / "meetings/werkoverleg.toml").symlink_to("/etc/passwd")
    services.services.decks.import_path(deck)
    assert services.services.decks.installed(deckbuilder.DECK_ID).deck.meetings == ()


def test_a_zip_with_a_link_is_refused(tmp_path: Path, services: Backend) -> None:
    members = zip_members(deck_zip_bytes(valid_deck(tmp_path / "deck")))
    del members["media/heftruck.png"]
    archive = tmp_path / "link.vaktaal"
    archive.write_bytes(zip_of(members, {"media/heftruck.png": "/etc/passwd"}))
    assert "link naar een ander bestand" in refusal(archive, services)


def test_a_zip_member_over_100_mb_is_refused_before_reading(
    tmp_path: Path, services: Backend
) -> None:
    members = zip_members(deck_zip_bytes(valid_deck(tmp_path / "deck")))
    archive = tmp_path / "groot.vaktaal"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in members.items():
            if name != "media/heftruck.png":
                bundle.writestr(name, data)
        with bundle.open("media/heftruck.png", "w", force_zip64=True) as big:
            for _ in range(101):
                big.write(b"\x00" * 1024**2)
    assert "groter dan 100 MB" in refusal(archive, services)


def test_a_picture_claiming_50000_by_50000_pixels_is_named(
    tmp_path: Path, services: Backend
) -> None:
    deck = valid_deck(tmp_path / "deck")
    (deck / "media/heftruck.png").write_bytes(huge_png())
    assert "Het plaatje is te groot" in refusal(deck, services)


def test_a_damaged_or_swollen_xlsx_gets_a_message(tmp_path: Path) -> None:
    good = xlsx_bytes([["term", "uitleg"], ["helm", "Een harde hoed."]])
    members = zip_members(good)
    members["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row><c"  # cut off
    damaged = tmp_path / "kapot.xlsx"
    damaged.write_bytes(zip_of(members))
    with pytest.raises(DeckProblems, match="kan niet gelezen worden"):
        read_spreadsheet(damaged)
    members["xl/worksheets/sheet1.xml"] = b" " * (101 * 1024**2)
    swollen = tmp_path / "groot.xlsx"
    swollen.write_bytes(zip_of(members))
    with pytest.raises(DeckProblems, match="groter dan 100 MB"):
        read_spreadsheet(swollen)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exports_escape_formulas_and_read_back_unchanged(tmp_path: Path, suffix: str) -> None:
    cells = ["=cmd|' /C calc'!A0", "+31 6", "-1", "@SUM(A1)", "gewoon"]
    out = tmp_path / f"export{suffix}"
    write_table((["term"], [[cell] for cell in cells]), out)
    if suffix == ".csv":
        lines = out.read_bytes().decode("utf-8-sig").split("\r\n")[1:-1]
        written = [line.strip('"').replace('""', '"') for line in lines]
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(out.read_bytes())).active
        assert sheet is not None
        written = [str(row[0]) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert written == ["'=cmd|' /C calc'!A0", "'+31 6", "'-1", "'@SUM(A1)", "gewoon"]
    assert [row.cell(0) for row in read_spreadsheet(out).rows] == cells


def test_an_unexpected_error_on_the_command_line_goes_to_the_log_only(tmp_path: Path) -> None:
    program = (
        "import sys, warnings\n"
        "from vaktaal.cli.errors import friendly_errors\n"
        "with friendly_errors(sys.stderr) as outcome:\n"
        "    warnings.warn('a library warning')\n"
        "    raise ValueError('boom')\n"
        "sys.exit(outcome.code)\n"
    )
    env = {**os.environ, "VAKTAAL_DATA_DIR": str(tmp_path / "data")}
    env.pop("VAKTAAL_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 4
    assert "Traceback" not in done.stderr and "warning" not in done.stderr
    assert "Er ging iets mis" in done.stderr
    logged = (tmp_path / "data" / "vaktaal.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "ValueError: boom" in logged and "a library warning" in logged


def test_a_refused_import_on_the_command_line_is_in_the_log(tmp_path: Path) -> None:
    deck = valid_deck(tmp_path / "deck")
    (deck / "media/heftruck.png").write_bytes(huge_png())
    env = {**os.environ, "VAKTAAL_DATA_DIR": str(tmp_path / "data")}
    env.pop("VAKTAAL_DATABASE_URL", None)
    command = [sys.executable, "-m", "vaktaal", "deck", "import", str(deck)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Het plaatje is te groot" in done.stderr
    assert "Traceback" not in done.stderr
    logged = (tmp_path / "data" / "vaktaal.log").read_text(encoding="utf-8")
    assert "refused:" in logged and "Het plaatje is te groot" in logged


@pytest.mark.parametrize("member", ["nameless", "bomb"])
def test_a_hostile_speech_model_zip_gets_a_message_and_installs_nothing(
    tmp_path: Path, member: str
) -> None:
    """A member without a name (an IndexError inside zipfile) and a small zip that unpacks
    to 60 MB of zeros: both refused before anything is unpacked."""
    from vaktaal.paths import Paths
    from vaktaal.speech.model_install import install_model
    from vaktaal.speech.models import ModelProblem

    archive = tmp_path / "model.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("am/final.mdl", b"\0B<TransitionModel> ")
        if member == "nameless":
            bundle.writestr(zipfile.ZipInfo(""), b"x")
        else:
            bundle.writestr("graph/HCLr.fst", bytes(60 * 1024**2))
    paths = Paths.create(tmp_path / "data", {})
    with pytest.raises(ModelProblem) as refused:
        install_model(archive, paths)
    assert "niet veilig" in str(refused.value)  # not a later check that happened to fail
    assert ("veel te groot" in str(refused.value)) == (member == "bomb")
    assert not paths.models_dir.exists() or not any(paths.models_dir.iterdir())
