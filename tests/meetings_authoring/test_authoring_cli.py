"""`vaktaal meeting transcribe` and `vaktaal meeting subtitles`, in-process."""

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from meeting_audio import korean_model, needs_speech, speech_with_pauses, write_wav

import vaktaal.cli
from vaktaal.cli import parser as cli_parser
from vaktaal.cli.meeting_authoring_commands import add_authoring_commands
from vaktaal.cli.options import common_options
from vaktaal.core.meetings.authoring_files import read_meeting_file

DRAFT = """\
[meeting]
title = "Werkoverleg"
situation = ""

[[speakers]]
id = "anna"
name = "Anna"
role = "teamleider"

[[lines]]
speaker = "anna"
text = "Goedemorgen."
start = 1.0
end = 2.5
"""


def _has_meeting_topic(parser: argparse.ArgumentParser) -> bool:
    return any(
        isinstance(action, argparse._SubParsersAction) and "meeting" in action.choices
        for action in parser._actions
    )


def _parser_with_meeting_topic() -> argparse.ArgumentParser:
    """Until the `meeting` topic exists: the real parser plus a topic with our commands."""
    parser = cli_parser.build_parser()
    topics = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    meeting = topics.add_parser("meeting", parents=[common_options()])
    add_authoring_commands(meeting.add_subparsers(required=True))
    return parser


@pytest.fixture
def meeting_cli(cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    if not _has_meeting_topic(cli_parser.build_parser()):
        monkeypatch.setattr(vaktaal.cli, "build_parser", _parser_with_meeting_topic)
    return lambda *args: cli("meeting", *args)


@needs_speech
def test_transcribe_then_subtitles(tmp_path: Path, meeting_cli: Callable[..., Any]) -> None:
    recording = write_wav(tmp_path / "overleg.wav", *speech_with_pauses())
    out = tmp_path / "werkoverleg.toml"
    result = meeting_cli("transcribe", recording, out, "--model", korean_model())
    assert result.code == 0, result.err
    assert "Omzetten: 0 %" in result.err and "Omzetten: 100 %" in result.err
    assert "3 zinnen opgeslagen" in result.out
    meeting = read_meeting_file(out)
    assert meeting.id == "werkoverleg" and len(meeting.lines) == 3
    result = meeting_cli("subtitles", out, tmp_path / "werkoverleg.vtt")
    assert result.code == 0, result.err
    vtt = (tmp_path / "werkoverleg.vtt").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT\n\n00:00:01.") and vtt.count("<v Spreker 1>") == 3


@needs_speech
def test_silent_recording_writes_nothing(tmp_path: Path, meeting_cli: Callable[..., Any]) -> None:
    recording = write_wav(tmp_path / "stil.wav", bytes(32_000), 16_000)
    result = meeting_cli("transcribe", recording, tmp_path / "uit.toml", "--model", korean_model())
    assert result.code == 1 and "niets te horen" in result.err
    assert "Traceback" not in result.err
    assert not (tmp_path / "uit.toml").exists()


def test_bad_output_name_is_refused_first(tmp_path: Path, meeting_cli: Callable[..., Any]) -> None:
    result = meeting_cli("transcribe", tmp_path / "x.wav", tmp_path / "Mijn Overleg.toml")
    assert result.code == 1 and "bestandsnaam 'Mijn Overleg'" in result.err


def test_subtitles_of_a_draft_file(tmp_path: Path, meeting_cli: Callable[..., Any]) -> None:
    (tmp_path / "werkoverleg.toml").write_text(DRAFT, encoding="utf-8")
    result = meeting_cli("subtitles", tmp_path / "werkoverleg.toml", tmp_path / "uit.srt")
    assert result.code == 0, result.err
    expected = "1\n00:00:01,000 --> 00:00:02,500\nAnna: Goedemorgen.\n"
    assert (tmp_path / "uit.srt").read_text(encoding="utf-8") == expected


def test_subtitles_refuse_an_unknown_speaker(
    tmp_path: Path, meeting_cli: Callable[..., Any]
) -> None:
    (tmp_path / "fout.toml").write_text(DRAFT.replace('speaker = "anna"', 'speaker = "bob"'))
    result = meeting_cli("subtitles", tmp_path / "fout.toml", tmp_path / "uit.srt")
    assert result.code == 1 and "Spreker 'bob' staat niet bij [[speakers]]" in result.err
    assert not (tmp_path / "uit.srt").exists()


def test_subtitles_refuse_other_suffixes(tmp_path: Path, meeting_cli: Callable[..., Any]) -> None:
    (tmp_path / "werkoverleg.toml").write_text(DRAFT, encoding="utf-8")
    result = meeting_cli("subtitles", tmp_path / "werkoverleg.toml", tmp_path / "uit.txt")
    assert result.code == 1 and ".srt of .vtt" in result.err
