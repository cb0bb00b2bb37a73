"""The app with a damaged speech model: it starts, never loads the model, and the staff's
speech page says what is wrong and what to do."""

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from pytestqt.qtbot import QtBot  # noqa: E402
from speech_fakes import OTHER_FILES, write_model  # noqa: E402

from vaktaal.app import open_backend  # noqa: E402
from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.speech import models  # noqa: E402
from vaktaal.speech.model_check import CheckResult, verify_model  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402


def test_the_staff_page_shows_why_a_changed_model_is_not_used(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked_on: list[threading.Thread] = []

    def recording_verify(*args: Any) -> CheckResult:
        checked_on.append(threading.current_thread())
        return verify_model(*args)

    monkeypatch.setattr(models, "verify_model", recording_verify)
    open_backend(tmp_path, speaker=FakeSpeaker()).close()
    folder = write_model(tmp_path / "models" / "vosk-model-small-xx-0.1", OTHER_FILES)
    (folder / "am" / "final.mdl").write_bytes(bytes(len(OTHER_FILES["am/final.mdl"])))
    clock = FakeClock(datetime(2026, 12, 7, 9, tzinfo=UTC))
    window = create_window(tmp_path, clock=clock, speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=20_000)
    controller = window.controller
    qtbot.waitUntil(lambda: window.speech_staff.state != "loading", timeout=20_000)

    assert controller.speech.state.state == "broken" and not controller.speech.ready
    assert not controller.can_speak()
    window.show_page(window.speech_staff_page)
    staff = window.speech_staff
    assert staff.state == "broken" and staff.detail.isVisible()
    assert "am/final.mdl is leeg of kapot" in staff.detail.text()
    assert "Installeer het opnieuw" in staff.detail.text()
    assert window.speech_panel.state == "broken"  # the learner's page: no details
    assert checked_on and threading.main_thread() not in checked_on  # in the background
