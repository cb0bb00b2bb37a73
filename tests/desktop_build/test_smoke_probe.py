"""The probe of the desktop build's smoke test (ui/smoke_probe.py), run on the source tree so
it keeps up with the app without a build (packaging/vaktaal_entry.py is the build's program)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vaktaal.ui.smoke_probe import watch_for_picker

ENTRY = Path(__file__).resolve().parents[2] / "packaging" / "vaktaal_entry.py"


def test_it_says_ready_once_the_picker_is_up_and_the_app_closes(tmp_path: Path) -> None:
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen", "VAKTAAL_SMOKE_TEST": "1"}
    finished = subprocess.run(
        [sys.executable, str(ENTRY), "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    lines = finished.stdout.splitlines()
    assert lines[0] == "READY", finished.stdout + finished.stderr
    assert lines[1].startswith("ESPEAK ")
    assert (tmp_path / "vaktaal.sqlite3").is_file()  # the database was opened


def test_it_says_not_ready_when_no_picker_comes(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    exits: list[int] = []  # the real exit would end the event loop of every later test
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    timer = watch_for_picker(give_up_after=0.05)
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=5000)
    assert capsys.readouterr().out == "NOT READY\n"
    assert exits == [1]
