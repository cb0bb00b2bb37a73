"""The meeting editor through its widgets: transcribe (fake and real model), cancel, save,
refuse bad input, subtitles."""

import threading
from pathlib import Path
from typing import Any

import pytest
from meeting_audio import korean_recognizer, needs_speech, speech_with_pauses, write_wav

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox, QTableWidgetItem  # noqa: E402

from vaktaal.core.meetings.authoring_files import read_meeting_file  # noqa: E402
from vaktaal.speech.recognition import FakeRecognizer, Transcript, Word  # noqa: E402
from vaktaal.ui.meetings.meeting_editor import MeetingEditor  # noqa: E402


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def editor_with(qtbot: Any, recognizer: Any) -> MeetingEditor:
    editor = MeetingEditor(lambda: recognizer)
    qtbot.addWidget(editor)
    return editor


@pytest.fixture
def speech_wav(tmp_path: Path) -> Path:
    return write_wav(tmp_path / "werkoverleg.wav", *speech_with_pauses())


@needs_speech
def test_transcribe_fills_the_lines_then_save(
    qtbot: Any, speech_wav: Path, tmp_path: Path, warnings: list[str]
) -> None:
    editor = editor_with(qtbot, korean_recognizer())
    seen: list[int] = []
    editor.progress.valueChanged.connect(seen.append)
    editor.transcribe(speech_wav)
    assert editor.cancel_button.isVisibleTo(editor) and not editor.save_button.isEnabled()
    qtbot.waitUntil(lambda: not editor.task.running, timeout=60_000)
    assert editor.form.lines.table.rowCount() == 3 and seen[-1] == 100
    assert editor.form.title.text() == "Werkoverleg"
    assert not editor.cancel_button.isVisibleTo(editor)
    names = editor.form.speakers.table
    names.setItem(0, 1, QTableWidgetItem("Joke"))
    assert editor.form.lines.table.cellWidget(0, 0).currentText() == "Joke"
    assert editor.save_to(tmp_path / "werkoverleg.toml"), warnings
    saved = read_meeting_file(tmp_path / "werkoverleg.toml")
    assert [s.name for s in saved.speakers] == ["Joke"] and len(saved.lines) == 3
    assert editor.save_subtitles(tmp_path / "werkoverleg.srt")
    assert "Joke: " in (tmp_path / "werkoverleg.srt").read_text(encoding="utf-8")


class BlockingStream:
    """A stream that waits in feed() until released: the cancel can be pressed meanwhile."""

    def __init__(self, release: threading.Event) -> None:
        self.release = release
        self.feeding = threading.Event()
        self.closed = False

    def feed(self, pcm: bytes) -> None:
        self.feeding.set()
        self.release.wait(10)

    def result(self) -> Transcript:
        return Transcript("hallo", (Word("hallo", 0.1, 0.5, 1.0),))

    def close(self) -> None:
        self.closed = True


def test_cancel_keeps_the_form(qtbot: Any, speech_wav: Path) -> None:
    release = threading.Event()
    stream = BlockingStream(release)
    recognizer = FakeRecognizer()
    recognizer.stream = lambda grammar=None: stream  # type: ignore[method-assign]
    editor = editor_with(qtbot, recognizer)
    editor.form.title.setText("Mijn overleg")
    editor.transcribe(speech_wav)
    assert stream.feeding.wait(10)
    editor.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not editor.task.running, timeout=10_000)
    assert stream.closed and editor.form.lines.table.rowCount() == 0
    assert "Gestopt" in editor.statusBar().currentMessage()
    assert editor.form.title.text() == "Mijn overleg" and editor.save_button.isEnabled()


def test_unsupported_recording_shows_a_message(
    qtbot: Any, tmp_path: Path, warnings: list[str]
) -> None:
    editor = editor_with(qtbot, FakeRecognizer())
    (tmp_path / "overleg.m4a").write_bytes(b"x" * 100)
    editor.transcribe(tmp_path / "overleg.m4a")
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "alleen WAV- en MP3" in warnings[0] and editor.transcribe_button.isEnabled()


def test_save_refuses_action_without_owner_and_bad_times(
    qtbot: Any, tmp_path: Path, warnings: list[str]
) -> None:
    editor = editor_with(qtbot, FakeRecognizer())
    form = editor.form
    form.title.setText("Dagstart")
    form.speakers.add_row(["anna", "Anna", "teamleider", ""])
    form._speakers_changed()
    form.lines.add_row(["anna", "Goedemorgen.", "1", "abc"])
    assert not editor.save_to(tmp_path / "dagstart.toml")
    assert "'abc' is geen tijd" in warnings[-1]
    form.lines.table.item(0, 3).setText("2,5")
    form.action_items.add_row(["", "", "Koffie zetten", "", ""])
    form.action_items.set_speakers([])  # no speaker to choose: the item has no owner
    assert not editor.save_to(tmp_path / "dagstart.toml")
    assert "Wie doet dit?" in warnings[-1]
    assert not (tmp_path / "dagstart.toml").exists()
    form.action_items.table.removeRow(0)
    assert editor.save_to(tmp_path / "dagstart.toml")
    assert read_meeting_file(tmp_path / "dagstart.toml").lines[0].end == 2.5


def test_the_meeting_editor_shares_the_model_the_app_has_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vaktaal.paths import Paths
    from vaktaal.speech.engine import SpeechEngine
    from vaktaal.speech.phonetics import FakePhonemizer
    from vaktaal.speech.pronunciation import PronunciationChecker
    from vaktaal.speech.recognition import FakeRecognizer
    from vaktaal.speech.transcription import TranscriptionProblem
    from vaktaal.ui.meetings.transcribe_task import engine_model_source

    monkeypatch.delenv("VAKTAAL_VOSK_MODEL", raising=False)
    engine = SpeechEngine(Paths.create(tmp_path), env={})
    source = engine_model_source(engine)
    with pytest.raises(TranscriptionProblem):  # no model at all: the Dutch message
        source()
    loaded = FakeRecognizer()
    engine.checker = PronunciationChecker(loaded, FakePhonemizer())
    assert source() is loaded  # no second copy of the model
