"""Transcription of a recording with the real Korean Vosk model: WAV and MP3 through to a
.srt, progress, cancelling, and bad input (other format, silent, too long)."""

import threading
from pathlib import Path

import pytest
from meeting_audio import (
    SENTENCES,
    korean_recognizer,
    needs_speech,
    speech_with_pauses,
    write_mp3,
    write_wav,
)

from vaktaal.core.meetings.subtitles import subtitle_cues, write_subtitles
from vaktaal.speech.recognition import Cancelled, FakeRecognizer, Word
from vaktaal.speech.transcription import (
    TranscriptionProblem,
    meeting_id,
    split_lines,
    transcribe_recording,
)


@pytest.fixture(scope="module")
def speech() -> tuple[bytes, int]:
    return speech_with_pauses()


@needs_speech
@pytest.mark.parametrize("kind", ["wav", "mp3"])
def test_recording_becomes_lines_split_at_pauses_and_a_srt(
    tmp_path: Path, speech: tuple[bytes, int], kind: str
) -> None:
    path = tmp_path / f"dagstart_maandag.{kind}"
    (write_wav if kind == "wav" else write_mp3)(path, *speech)
    progress: list[float] = []
    result = transcribe_recording(path, korean_recognizer(), progress.append)
    lines = result.meeting.lines
    assert len(lines) == len(SENTENCES)
    assert all(line.speaker == "spreker-1" and line.text for line in lines)
    times = [t for line in lines for t in (line.start, line.end)]
    assert times == sorted(times) and all(t is not None for t in times)
    assert progress == sorted(progress) and len(progress) > 5 and progress[-1] == 1.0
    assert (result.meeting.id, result.meeting.title) == ("dagstart-maandag", "Dagstart maandag")
    write_subtitles(result.meeting, tmp_path / "uit.srt")
    srt = (tmp_path / "uit.srt").read_text(encoding="utf-8")
    assert srt.startswith("1\n00:00:01,") and f"\n{len(SENTENCES)}\n00:00:" in srt
    assert [round(c.start, 3) for c in subtitle_cues(result.meeting)] == [
        line.start for line in lines
    ]


@needs_speech
def test_cancel_stops_the_recognition(tmp_path: Path, speech: tuple[bytes, int]) -> None:
    path = write_wav(tmp_path / "opname.wav", *speech)
    cancel = threading.Event()
    seen: list[float] = []

    def progress(part: float) -> None:
        seen.append(part)
        if len(seen) == 2:
            cancel.set()

    with pytest.raises(Cancelled):
        transcribe_recording(path, korean_recognizer(), progress, cancel)
    assert len(seen) == 2


def test_other_formats_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "opname.ogg"
    path.write_bytes(b"OggS" + bytes(100))
    with pytest.raises(TranscriptionProblem, match="alleen WAV- en MP3"):
        transcribe_recording(path, FakeRecognizer())


def test_broken_and_missing_files_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.mp3"
    broken.write_bytes(b"dit is geen geluid" * 50)
    with pytest.raises(TranscriptionProblem, match="kan niet worden gelezen"):
        transcribe_recording(broken, FakeRecognizer())
    with pytest.raises(TranscriptionProblem, match="bestaat niet"):
        transcribe_recording(tmp_path / "weg.wav", FakeRecognizer())


def test_silent_recording_is_refused_before_recognition(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "stil.wav", bytes(2 * 16_000 * 3), 16_000)
    recognizer = FakeRecognizer()
    with pytest.raises(TranscriptionProblem, match="niets te horen"):
        transcribe_recording(path, recognizer)
    assert recognizer.calls == []


def test_too_long_recording_is_refused(tmp_path: Path, speech: tuple[bytes, int]) -> None:
    path = write_wav(tmp_path / "lang.wav", *speech)
    with pytest.raises(TranscriptionProblem, match="duurt 1 minuten.*tot 1 minuten"):
        transcribe_recording(path, FakeRecognizer(), max_seconds=5)


def test_split_lines_at_pauses_and_at_long_lines() -> None:
    words = [Word("a", 0.0, 0.5, 1), Word("b", 0.6, 1.0, 1), Word("c", 1.9, 2.2, 1)]
    words += [Word(str(i), 3.5 + i, 4 + i, 1) for i in range(20)]
    lines = split_lines(words, pause=0.8, max_line=15.0)
    assert [line.text for line in lines[:2]] == ["a b", "c"]
    assert lines[2].text.startswith("0 1 2") and lines[2].end is not None
    assert all(line.end - line.start <= 15.0 for line in lines if line.end and line.start)
    assert len(lines) == 4


def test_meeting_id_from_file_name() -> None:
    assert meeting_id("Dagstart Maandag 3") == "dagstart-maandag-3"
    assert meeting_id("???") == "vergadering"
