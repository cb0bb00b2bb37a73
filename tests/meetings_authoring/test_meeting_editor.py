"""The meeting editor through its widgets: transcribe (fake and real model), cancel, save,
refuse bad input, subtitles."""

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from meeting_audio import korean_recognizer, needs_speech, speech_with_pauses, write_wav

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox, QTableWidgetItem  # noqa: E402

from vaktaal.core.meetings.authoring_files import read_meeting_file  # noqa: E402
from vaktaal.speech.recognition import FakeRecognizer, Transcript, Word  # noqa: E402
from vaktaal.ui.meetings.meeting_editor import MeetingEditor  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402


@pytest.fixture
def tasks(qtbot: Any) -> Iterator[TaskManager]:
    """The app's one task manager, as a window tested alone receives it."""
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


@pytest.fixture
def editor_with(qtbot: Any, tasks: TaskManager) -> Any:
    def make(recognizer: Any) -> MeetingEditor:
        editor = MeetingEditor(tasks, lambda: recognizer)
        qtbot.addWidget(editor)
        return editor

    return make


def saved(qtbot: Any, editor: MeetingEditor, warnings: list[str]) -> bool:
    """Wait until the editor's status bar says a file was saved, or a warning was shown."""
    status = editor.statusBar()
    qtbot.waitUntil(lambda: "opgeslagen in" in status.currentMessage().lower() or bool(warnings))
    return not warnings


@pytest.fixture
def speech_wav(tmp_path: Path) -> Path:
    return write_wav(tmp_path / "werkoverleg.wav", *speech_with_pauses())


@needs_speech
def test_transcribe_fills_the_lines_then_save(
    qtbot: Any, speech_wav: Path, tmp_path: Path, warnings: list[str], editor_with: Any
) -> None:
    editor = editor_with(korean_recognizer())
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
    editor.save_to(tmp_path / "werkoverleg.toml")
    assert saved(qtbot, editor, warnings), warnings
    assert editor.saved_path == tmp_path / "werkoverleg.toml"
    meeting = read_meeting_file(tmp_path / "werkoverleg.toml")
    assert [s.name for s in meeting.speakers] == ["Joke"] and len(meeting.lines) == 3
    editor.statusBar().clearMessage()
    editor.save_subtitles(tmp_path / "werkoverleg.srt")
    assert saved(qtbot, editor, warnings), warnings
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


def test_cancel_keeps_the_form(qtbot: Any, speech_wav: Path, editor_with: Any) -> None:
    release = threading.Event()
    stream = BlockingStream(release)
    recognizer = FakeRecognizer()
    recognizer.stream = lambda grammar=None: stream  # type: ignore[method-assign]
    editor = editor_with(recognizer)
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
    qtbot: Any, tmp_path: Path, warnings: list[str], editor_with: Any
) -> None:
    editor = editor_with(FakeRecognizer())
    (tmp_path / "overleg.m4a").write_bytes(b"x" * 100)
    editor.transcribe(tmp_path / "overleg.m4a")
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "alleen WAV- en MP3" in warnings[0] and editor.transcribe_button.isEnabled()


def test_save_refuses_action_without_owner_and_bad_times(
    qtbot: Any, tmp_path: Path, warnings: list[str], editor_with: Any
) -> None:
    editor = editor_with(FakeRecognizer())
    form = editor.form
    form.title.setText("Dagstart")
    form.speakers.add_row(["anna", "Anna", "teamleider", ""])
    form._speakers_changed()
    form.lines.add_row(["anna", "Goedemorgen.", "1", "abc"])
    editor.save_to(tmp_path / "dagstart.toml")
    assert "'abc' is geen tijd" in warnings[-1]  # at once: the form cannot make a meeting
    form.lines.table.item(0, 3).setText("2,5")
    form.action_items.add_row(["", "", "Koffie zetten", "", ""])
    form.action_items.set_speakers([])  # no speaker to choose: the item has no owner
    editor.save_to(tmp_path / "dagstart.toml")
    qtbot.waitUntil(lambda: len(warnings) == 2)  # checked by the use case, in the background
    assert "Wie doet dit?" in warnings[-1]
    assert not (tmp_path / "dagstart.toml").exists()
    form.action_items.table.removeRow(0)
    warnings.clear()
    editor.save_to(tmp_path / "dagstart.toml")
    assert saved(qtbot, editor, warnings), warnings
    assert read_meeting_file(tmp_path / "dagstart.toml").lines[0].end == 2.5


def test_the_meeting_editor_shares_the_model_the_app_has_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vaktaal.paths import Paths
    from vaktaal.speech.engine import SpeechEngine
    from vaktaal.speech.phonetics import FakePhonemizer
    from vaktaal.speech.pronunciation import PronunciationChecker
    from vaktaal.speech.recognition import FakeRecognizer
    from vaktaal.usecases.meeting_authoring import AuthoringProblem, engine_model_source

    monkeypatch.delenv("VAKTAAL_VOSK_MODEL", raising=False)
    engine = SpeechEngine(Paths.create(tmp_path), env={})
    source = engine_model_source(engine)
    with pytest.raises(AuthoringProblem):  # no model at all: the Dutch message
        source()
    loaded = FakeRecognizer()
    engine.checker = PronunciationChecker(loaded, FakePhonemizer())
    assert source() is loaded  # no second copy of the model
