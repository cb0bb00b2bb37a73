"""Subtitles: exact SRT and VTT text, time formats, estimated times, bad file names."""

from pathlib import Path

import pytest

from vaktaal.core.meetings.model import Line, Meeting, Speaker
from vaktaal.core.meetings.subtitles import (
    SubtitleProblem,
    estimated_seconds,
    srt_time,
    subtitle_cues,
    to_srt,
    to_vtt,
    vtt_time,
    write_subtitles,
)

SPEAKERS = (Speaker("anna", "Anna", "teamleider"), Speaker("sami", "Sami", "monteur"))


def meeting(*lines: Line) -> Meeting:
    return Meeting("dagstart", "Dagstart", "Maandag 8:00.", SPEAKERS, lines, ())


TIMED = meeting(
    Line("anna", "Goedemorgen allemaal.", start=1.5, end=4.0),
    Line("sami", "Pallets <groot> & klein?", start=4.25, end=3661.007),
)


def test_srt_text_is_exact() -> None:
    assert to_srt(TIMED) == (
        "1\n00:00:01,500 --> 00:00:04,000\nAnna: Goedemorgen allemaal.\n\n"
        "2\n00:00:04,250 --> 01:01:01,007\nSami: Pallets <groot> & klein?\n"
    )


def test_vtt_text_is_exact_with_voice_tags_and_escapes() -> None:
    assert to_vtt(TIMED) == (
        "WEBVTT\n\n"
        "00:00:01.500 --> 00:00:04.000\n<v Anna>Goedemorgen allemaal.\n\n"
        "00:00:04.250 --> 01:01:01.007\n<v Sami>Pallets &lt;groot&gt; &amp; klein?\n"
    )


def test_time_formats() -> None:
    assert srt_time(0) == "00:00:00,000"
    assert vtt_time(59.9996) == "00:01:00.000"
    assert srt_time(7322.25) == "02:02:02,250"


def test_lines_without_times_get_reading_time() -> None:
    text = "Vandaag komen er drie vrachtwagens met pallets."  # 47 characters: 3.13 s
    cues = subtitle_cues(meeting(Line("anna", text), Line("sami", "Ja."), Line("anna", "x" * 200)))
    assert [round(c.start, 2) for c in cues] == [0.0, 3.13, 4.63]
    assert [round(c.end, 2) for c in cues] == [3.13, 4.63, 11.63]
    assert estimated_seconds("Ja.") == 1.5 and estimated_seconds("x" * 200) == 7.0


def test_estimated_end_stops_at_the_next_timed_line() -> None:
    cues = subtitle_cues(
        meeting(Line("anna", "Een lange zin " * 5), Line("sami", "Ok.", start=2.0))
    )
    assert (cues[0].end, cues[1].start) == (2.0, 2.0)


def test_unknown_speaker_uses_its_id_and_empty_lines_are_skipped() -> None:
    srt = to_srt(meeting(Line("spreker-1", "  Hallo\n\nwereld "), Line("anna", "   ")))
    assert srt == "1\n00:00:00,000 --> 00:00:01,500\nspreker-1: Hallo wereld\n"


def test_write_by_suffix_and_refuse_others(tmp_path: Path) -> None:
    write_subtitles(TIMED, tmp_path / "uit.VTT")
    assert (tmp_path / "uit.VTT").read_text(encoding="utf-8") == to_vtt(TIMED)
    with pytest.raises(SubtitleProblem, match=r"\.srt of \.vtt"):
        write_subtitles(TIMED, tmp_path / "uit.txt")
    with pytest.raises(SubtitleProblem, match="geen tekst"):
        write_subtitles(meeting(), tmp_path / "leeg.srt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit.VTT"]
