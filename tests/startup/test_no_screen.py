"""`vaktaal` without a screen: a clear message in Dutch with what to do and exit code 2,
never Qt's abort (exit 134) or a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vaktaal.cli.app_start import NO_SCREEN, app_arguments, screen_problem

SCREEN_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _vaktaal_command() -> list[str]:
    script = Path(sys.executable).parent / "vaktaal"  # the command the README names
    return [str(script)] if script.exists() else [sys.executable, "-m", "vaktaal"]


def _without_screen(data_dir: Path) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in SCREEN_VARIABLES}
    environment.update(VAKTAAL_DATA_DIR=str(data_dir), VAKTAAL_UI_LANGUAGE="nl")
    return environment


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a screen is Linux's question")
def test_vaktaal_without_a_screen_says_what_to_do(tmp_path: Path) -> None:
    result = subprocess.run(
        _vaktaal_command(),
        env=_without_screen(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == NO_SCREEN == 2
    assert "geen scherm" in result.stderr
    assert "bash scripts/start.sh" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "xcb" not in result.stderr  # Qt was never started
    assert not (tmp_path / "vaktaal.sqlite3").exists()  # nothing was made


def test_a_screen_or_a_chosen_platform_is_enough() -> None:
    assert screen_problem({}, "linux") is not None
    assert screen_problem({"DISPLAY": ":0"}, "linux") is None
    assert screen_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert screen_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert screen_problem({"DISPLAY": ""}, "linux") is not None  # empty: no screen
    assert screen_problem({}, "win32") is None  # Windows always has its own


def test_only_the_app_takes_the_quick_road() -> None:
    arguments = app_arguments([])
    assert arguments is not None and arguments.data_dir is None
    arguments = app_arguments(["--data-dir", "elders"])
    assert arguments is not None and arguments.data_dir == "elders"
    arguments = app_arguments(["--data-dir=elders"])
    assert arguments is not None and arguments.data_dir == "elders"
    for argv in (
        ["deck", "list"],
        ["--version"],
        ["-h"],
        ["--data-dir"],
        ["--data-dir", "x", "db"],
    ):
        assert app_arguments(argv) is None, argv
