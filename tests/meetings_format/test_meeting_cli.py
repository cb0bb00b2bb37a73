"""`vaktaal meeting list` and `vaktaal meeting show ID`, as text and as JSON."""

import json
from pathlib import Path

import pytest
from meetingbuilder import MEETING_ID, write_deck_with_meeting

pytestmark = pytest.mark.both_databases


@pytest.fixture
def data_dir(tmp_path: Path, cli) -> Path:
    folder = write_deck_with_meeting(tmp_path / "deck")
    assert cli("deck", "import", folder, "--data-dir", tmp_path / "data").code == 0
    return tmp_path / "data"


def test_list_as_json(cli, data_dir):
    result = cli("meeting", "list", "--json", "--data-dir", data_dir)
    assert result.code == 0
    [meeting] = json.loads(result.out)
    assert meeting == {
        "id": MEETING_ID, "deck_id": "magazijn-test", "title": "Werkoverleg in het magazijn",
        "situation": "Maandag om 7:30 in de kantine.", "lines": 2, "main_points": 1,
    }  # fmt: skip


def test_list_as_a_table(cli, data_dir):
    result = cli("meeting", "list", "--data-dir", data_dir)
    assert result.code == 0 and MEETING_ID in result.out and "Werkoverleg" in result.out


def test_show_as_json_has_lines_with_names_points_and_actions(cli, data_dir):
    result = cli("meeting", "show", MEETING_ID, "--json", "--data-dir", data_dir)
    assert result.code == 0
    shown = json.loads(result.out)
    assert shown["id"] == MEETING_ID and shown["deck_id"] == "magazijn-test"
    assert [(x["name"], x["text"]) for x in shown["lines"]] == [
        ("Ans", "Goedemorgen allemaal."),
        ("Samir", "De heftruck maakt een raar geluid."),
    ]
    assert shown["main_points"][0]["id"] == "heftruck-kapot"
    assert shown["action_items"][0] | {"keywords": None} == {
        "id": "monteur-bellen", "who": "ans", "what": "De monteur bellen over de heftruck.",
        "when": "vandaag", "keywords": None,
    }  # fmt: skip


def test_show_as_text(cli, data_dir):
    result = cli("meeting", "show", MEETING_ID, "--data-dir", data_dir)
    assert "Samir: De heftruck maakt een raar geluid." in result.out
    assert "- Ans: De monteur bellen over de heftruck. (vandaag)" in result.out


def test_show_an_unknown_meeting_says_what_to_do(cli, data_dir):
    result = cli("meeting", "show", "bestaat-niet", "--data-dir", data_dir)
    assert result.code == 1
    assert "geen vergadering 'bestaat-niet'" in result.err and "meeting list" in result.err
    assert "Traceback" not in result.err
