"""`vaktaal meeting check-summary ID --text "..."` / `--file F`: JSON, or a plain Dutch message."""

import io
import json
from pathlib import Path

import pytest
from coverage_samples import magazijn_werkoverleg

from vaktaal.cli.errors import CommandError
from vaktaal.cli.meeting_summary_command import summary_report, summary_text
from vaktaal.paths import Paths
from vaktaal.usecases.meetings import (
    EmptySummary,
    InstalledMeeting,
    MeetingNotFound,
    Meetings,
    SummaryTooLong,
)

SERVICEDESK = Paths.create("/nonexistent-vaktaal-test").bundled_decks_dir / "it-servicedesk"
SUMMARY = "De storing van de mail is opgelost. Youssef belt vandaag de leverancier over de printer."


class FakeMeetingStore:
    def __init__(self, *installed: InstalledMeeting) -> None:
        self.installed = {item.meeting.id: item for item in installed}

    def get(self, meeting_id: str) -> InstalledMeeting | None:
        return self.installed.get(meeting_id)


@pytest.fixture
def data_dir(tmp_path: Path, cli) -> Path:
    assert cli("deck", "import", SERVICEDESK, "--data-dir", tmp_path / "data").code == 0
    return tmp_path / "data"


def levels(items: list[dict[str, object]]) -> dict[object, object]:
    return {item["id"]: item["level"] for item in items}


def test_check_summary_prints_what_the_text_covers(cli, data_dir):
    result = cli(
        "meeting", "check-summary", "dagstart", "--text", SUMMARY, "--json", "--data-dir", data_dir
    )
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["meeting"] == "dagstart" and data["deck"] == "it-servicedesk"
    assert levels(data["points"])["storing-opgelost"] == "covered"
    assert levels(data["points"])["phishing"] == "missed"
    assert levels(data["actions"])["leverancier-bellen"] == "covered"
    assert 0 < data["score"] < 1


def test_check_summary_reads_a_file(cli, data_dir, tmp_path):
    path = tmp_path / "samenvatting.txt"
    path.write_text(SUMMARY, encoding="utf-8")
    by_file = cli(
        "meeting", "check-summary", "dagstart", "--file", path, "--json", "--data-dir", data_dir
    )
    by_text = cli(
        "meeting", "check-summary", "dagstart", "--text", SUMMARY, "--json", "--data-dir", data_dir
    )
    assert by_file.code == 0 and json.loads(by_file.out) == json.loads(by_text.out)


def test_an_unknown_meeting_says_what_to_do(cli, data_dir):
    result = cli("meeting", "check-summary", "bestaat-niet", "--text", "x", "--data-dir", data_dir)
    assert result.code == 1 and result.out == ""
    assert "geen vergadering 'bestaat-niet'" in result.err and "meeting list" in result.err


@pytest.mark.parametrize("content", [b"", b"  \n ", b"\xff\xfe\x00k"])
def test_an_empty_or_unreadable_file_gives_a_plain_message(cli, data_dir, tmp_path, content):
    path = tmp_path / "samenvatting.txt"
    path.write_bytes(content)
    result = cli("meeting", "check-summary", "dagstart", "--file", path, "--data-dir", data_dir)
    assert result.code == 1 and result.out == ""
    assert ("leeg" in result.err) or ("geen gewone tekst" in result.err)
    assert "Traceback" not in result.err


def test_a_missing_file_is_named(cli, data_dir, tmp_path):
    path = tmp_path / "weg.txt"
    result = cli("meeting", "check-summary", "dagstart", "--file", path, "--data-dir", data_dir)
    assert result.code == 1 and f"{path} bestaat niet" in result.err


def test_the_report_from_a_fake_store():
    store = FakeMeetingStore(InstalledMeeting("magazijn", magazijn_werkoverleg()))
    meetings = Meetings(store)  # type: ignore[arg-type]
    report = summary_report(meetings, "magazijn-werkoverleg", "Ahmed ruimt vrijdag dozen op.")
    assert report["meeting"] == "magazijn-werkoverleg" and report["deck"] == "magazijn"
    assert levels(report["actions"]) == {"dozen": "covered"}
    assert levels(report["points"]) == {"dock": "missed", "dubbel": "missed"}
    with pytest.raises(CommandError, match="geen vergadering 'anders'.*meeting list"):
        summary_report(meetings, "anders", "tekst")


def test_the_app_and_the_command_line_check_a_summary_alike():
    meeting = magazijn_werkoverleg()
    meetings = Meetings(FakeMeetingStore(InstalledMeeting("magazijn", meeting)))  # type: ignore[arg-type]
    text = "Ahmed ruimt vrijdag dozen op."
    in_the_app = meetings.check_summary(meeting, text)
    assert meetings.check_installed_summary(meeting.id, text).check == in_the_app
    with pytest.raises(EmptySummary):
        meetings.check_summary(meeting, " \n ")
    with pytest.raises(SummaryTooLong):
        meetings.check_summary(meeting, "woord " * 20_000)
    with pytest.raises(MeetingNotFound):
        meetings.check_installed_summary("anders", text)


def test_summary_text_from_standard_input_and_its_limits(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Pallets bij dock 3."))
    assert summary_text(None, Path("-")) == "Pallets bij dock 3."
    with pytest.raises(CommandError, match="te lang"):
        summary_text("woord " * 20_000, None)
    with pytest.raises(CommandError, match="leeg"):
        summary_text(" ", None)


def test_check_summary_prints_the_feedback_the_app_shows(cli, data_dir):
    partial = "Er was een storing. Youssef belt om 11 uur de leverancier over de printer."
    result = cli("meeting", "check-summary", "dagstart", "--text", partial, "--data-dir", data_dir)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Goed bezig! Je hebt 2 van de 6 punten gevonden."
    assert "[Voor een deel erin] De storing van de mail is opgelost." in lines
    assert "    Let op: vandaag om 10:00, niet 11 uur." in lines
    as_json = cli("meeting", "check-summary", "dagstart", "--text", partial, "--json",
                  "--data-dir", data_dir)  # fmt: skip
    feedback = json.loads(as_json.out)["feedback"]
    assert feedback["headline"] == lines[0] and feedback["mood"] == "progress"


def test_an_english_summary_is_asked_for_in_dutch(cli, data_dir):
    english = "The mail problem is fixed. Youssef calls the supplier about the printer."
    result = cli("meeting", "check-summary", "dagstart", "--text", english, "--data-dir", data_dir)
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "Schrijf in het Nederlands."
    assert "Gevonden" not in result.out


def test_the_feedback_counts_partly_found_points_as_progress():
    from vaktaal.core.meetings.feedback_text import summary_feedback

    meeting = magazijn_werkoverleg()
    nothing = summary_feedback(check(meeting, "Het was een goede dag."))
    assert nothing.mood == "start" and nothing.headline == "Nog geen punten gevonden."
    partly = summary_feedback(check(meeting, "Er zijn pallets. Ahmed ruimt dozen op."))
    assert partly.mood == "progress" and "2 van de 3" in partly.headline
    assert (
        partly.points[0].add == "Voeg toe: dock 3" and partly.points[0].found == "Gevonden: pallet"
    )
    everything = (
        "Pallets bij dock 3. Elke bestelling twee keer checken. Ahmed ruimt vrijdag dozen op."
    )
    assert summary_feedback(check(meeting, everything)).mood == "all"
    mixed = summary_feedback(check(meeting, "Pallets bij dock 3, the orders are checked twice."))
    assert mixed.hint == "Schrijf alles in het Nederlands."


def check(meeting, text):  # type: ignore[no-untyped-def]
    from vaktaal.core.meetings.coverage import check_summary

    return check_summary(meeting, text)
