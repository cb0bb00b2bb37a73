"""`vaktaal speech status` and `vaktaal speech install`, run in-process."""

import json
from pathlib import Path

import pytest
from speech_fakes import OTHER_FILES, model_entries, write_model, write_zip

from vaktaal.speech.models import MODEL_NAME

OTHER = "vosk-model-small-de-0.15"


def test_status_without_a_model_says_what_to_do_and_fails(cli, tmp_path: Path):
    result = cli("speech", "status", "--data-dir", tmp_path / "data")
    assert result.code == 1
    assert "Spraakmodel: ontbreekt" in result.out
    assert "vaktaal speech install" in result.out


def test_install_from_a_folder_then_status(cli, tmp_path: Path):
    source = write_model(tmp_path / OTHER, OTHER_FILES)
    result = cli("speech", "install", source, "--data-dir", tmp_path / "data")
    assert result.code == 0, result.err
    progress_line, *rest = result.out.split("\n")
    assert progress_line.startswith("\rInstalleren: 0 %") and progress_line.endswith("100 %")
    assert progress_line.count("\n") == 0
    target = tmp_path / "data" / "models" / OTHER
    assert f"geïnstalleerd in: {target}" in result.out
    assert "niet Nederlands" in result.out

    status = cli("speech", "status", "--json", "--data-dir", tmp_path / "data")
    assert status.code == 0
    data = json.loads(status.out)
    assert data["state"] == "ready" and data["path"] == str(target)
    assert data["language"] == "de" and data["dutch"] is False
    assert "niet Nederlands" in data["message"]


def test_install_from_a_zip(cli, tmp_path: Path):
    archive = write_zip(tmp_path / "m.zip", model_entries(f"{OTHER}/", OTHER_FILES))
    result = cli("speech", "install", archive, "--data-dir", tmp_path / "data")
    assert result.code == 0, result.err
    assert (tmp_path / "data" / "models" / OTHER / "am" / "final.mdl").is_file()


def test_a_refused_install_is_a_plain_message_and_exit_code_1(cli, tmp_path: Path):
    archive = write_zip(tmp_path / "evil.zip", {**model_entries(), "../evil.txt": b"x"})
    result = cli("speech", "install", archive, "--data-dir", tmp_path / "data")
    assert result.code == 1
    assert "niet veilig" in result.err and "Traceback" not in result.err
    assert list((tmp_path / "data" / "models").iterdir()) == []


def test_a_fake_dutch_model_is_refused_by_the_real_manifest(cli, tmp_path: Path):
    source = write_model(tmp_path / MODEL_NAME)
    result = cli("speech", "install", source, "--data-dir", tmp_path / "data")
    assert result.code == 1
    assert "README" in result.err and "Er is niets geïnstalleerd" in result.err


def test_a_broken_dutch_model_is_reported(cli, tmp_path: Path):
    write_model(tmp_path / "data" / "models" / MODEL_NAME)  # tiny files: sizes are wrong
    result = cli("speech", "status", "--json", "--data-dir", tmp_path / "data")
    assert result.code == 1
    data = json.loads(result.out)
    assert data["state"] == "broken" and "am/final.mdl is" in data["message"]


def test_status_follows_the_environment_variable(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = write_model(tmp_path / "elsewhere" / OTHER, OTHER_FILES)
    monkeypatch.setenv("VAKTAAL_VOSK_MODEL", str(folder))
    result = cli("speech", "status", "--data-dir", tmp_path / "data")
    assert result.code == 0
    assert f"Map: {folder}" in result.out and "Taal: de" in result.out
