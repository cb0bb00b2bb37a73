"""The audio core (engines, cache, CLI) works without Qt: only the player imports PySide6."""

import json
import subprocess
import sys

MODULES = ("vaktaal.speech.synthesis", "vaktaal.speech.audio_library", "vaktaal.cli.audio_commands")


def _loaded_after(modules: str) -> list[str]:
    names = "[m for m in ('PySide6', 'gtts') if m in sys.modules]"
    program = f"import json, sys, {modules}; print(json.dumps({names}))"
    finished = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=False
    )
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout)


def test_the_audio_core_imports_neither_qt_nor_gtts():
    assert _loaded_after(", ".join(MODULES)) == []


def test_the_check_itself_sees_qt_in_the_player():
    assert _loaded_after("vaktaal.ui.audio_player") == ["PySide6"]
