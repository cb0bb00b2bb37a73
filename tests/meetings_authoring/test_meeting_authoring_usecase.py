"""MeetingAuthoring, the steps the meeting editor and `vaktaal meeting transcribe|subtitles`
share: every failure is one AuthoringProblem with a plain Dutch message, nothing half written."""

from pathlib import Path

import pytest

from vaktaal.core.meetings.model import Line, Meeting, Speaker
from vaktaal.paths import Paths
from vaktaal.speech.recognition import FakeRecognizer, Recognizer
from vaktaal.usecases.meeting_authoring import (
    AuthoringProblem,
    MeetingAuthoring,
    installed_model_source,
    is_meeting_file,
)

DAGSTART = Meeting(
    "dagstart", "Dagstart", "Maandag 8:00.", (Speaker("anna", "Anna", "teamleider"),),
    (Line("anna", "Goedemorgen.", start=1.0, end=2.5),), (),
)  # fmt: skip


def no_model() -> Recognizer:
    raise AssertionError("the model must not be loaded")


def test_a_bad_file_name_is_refused_before_the_model_is_loaded(tmp_path: Path) -> None:
    recording = tmp_path / "overleg.wav"
    with pytest.raises(AuthoringProblem, match="bestandsnaam 'Mijn Overleg'"):
        MeetingAuthoring().transcribe_to_file(recording, tmp_path / "Mijn Overleg.toml", no_model)
    with pytest.raises(AuthoringProblem, match=r"als \.toml-bestand"):
        MeetingAuthoring().transcribe_to_file(recording, tmp_path / "overleg.txt", no_model)


def test_an_unsupported_recording_is_a_plain_message(tmp_path: Path) -> None:
    (tmp_path / "overleg.m4a").write_bytes(b"x" * 100)
    with pytest.raises(AuthoringProblem, match="alleen WAV- en MP3"):
        MeetingAuthoring().transcribe(tmp_path / "overleg.m4a", FakeRecognizer)


def test_without_an_installed_model_the_message_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VAKTAAL_VOSK_MODEL", raising=False)
    source = installed_model_source(Paths.create(tmp_path))
    with pytest.raises(AuthoringProblem):
        source()


def test_save_read_and_subtitles_round_trip(tmp_path: Path) -> None:
    authoring = MeetingAuthoring()
    saved = authoring.save(DAGSTART, tmp_path / "werkoverleg.toml")
    assert saved.id == "werkoverleg"  # the file name is the id
    assert authoring.read(tmp_path / "werkoverleg.toml") == saved
    authoring.save_subtitles(saved, tmp_path / "werkoverleg.srt")
    assert "Anna: Goedemorgen." in (tmp_path / "werkoverleg.srt").read_text(encoding="utf-8")


def test_problems_leave_nothing_behind(tmp_path: Path) -> None:
    authoring = MeetingAuthoring()
    no_speaker = Meeting("dagstart", "X", "", (), DAGSTART.lines, ())
    with pytest.raises(AuthoringProblem, match="anna"):
        authoring.save(no_speaker, tmp_path / "dagstart.toml")
    with pytest.raises(AuthoringProblem, match=r"\.srt of \.vtt"):
        authoring.save_subtitles(DAGSTART, tmp_path / "dagstart.txt")
    with pytest.raises(AuthoringProblem, match="kon niet worden opgeslagen"):
        authoring.save(DAGSTART, tmp_path / "geen-map" / "dagstart.toml")
    with pytest.raises(AuthoringProblem, match="bestaat niet"):
        authoring.read(tmp_path / "weg.toml")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_reference_is_a_file_or_an_id(tmp_path: Path) -> None:
    (tmp_path / "notities").write_text("x")
    assert is_meeting_file("werkoverleg.toml") and is_meeting_file(str(tmp_path / "notities"))
    assert not is_meeting_file("dagstart")
