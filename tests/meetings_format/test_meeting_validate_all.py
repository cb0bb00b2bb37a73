"""A meeting file's validation reports every problem at once, each with its line."""

from pathlib import Path

from meetingbuilder import VALID_MEETING

from vaktaal.core.meetings.authoring_files import validate_meeting_file

BROKEN = (
    VALID_MEETING.replace('name = "Samir"\n', "")  # a speaker without a name ...
    .replace('id = "monteur-bellen"\nwho = "ans"', 'id = "monteur-bellen"\nwho = "kees"')
    .replace("start = 3.0\nend = 6.0", "start = 3.0\nend = 1.0")  # ends before it starts
    + '\n[[speakers]]\nid = "ans"\nrole = "chef"\n'  # ... and a speaker id twice, no name
)


def line_of(text: str, header: str, occurrence: int = 1) -> int:
    numbers = [n for n, line in enumerate(text.split("\n"), start=1) if line == header]
    return numbers[occurrence - 1]


def write(folder: Path, text: str, name: str = "werkoverleg.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_problem_of_a_meeting_file_is_reported_with_its_line(tmp_path):
    problems = validate_meeting_file(write(tmp_path, BROKEN))
    found = {(p.field, p.line) for p in problems}
    assert found == {
        ("name", line_of(BROKEN, "[[speakers]]", 2)),  # Samir
        ("name", line_of(BROKEN, "[[speakers]]", 3)),  # the second "ans"
        ("speakers.id", line_of(BROKEN, "[[speakers]]", 3)),
        ("end", line_of(BROKEN, "[[lines]]", 2)),
        ("who", line_of(BROKEN, "[[action_items]]")),
    }, problems
    # Samir lacks a name but is there: his line is not reported as an unknown speaker
    assert not any(p.field == "speaker" for p in problems)


def test_the_command_line_lists_every_problem_and_passes_a_good_file(tmp_path, cli):
    broken = write(tmp_path, BROKEN)
    good = write(tmp_path, VALID_MEETING, "dagstart.toml")
    result = cli("meeting", "validate", broken, good)
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0].startswith("FOUT") and "5 problemen" in lines[0]
    bullets = [line for line in lines if line.startswith("  - ")]
    assert len(bullets) == 5
    assert all("werkoverleg.toml, regel " in line for line in bullets)
    assert lines[-1].startswith("GOED") and "dagstart.toml" in lines[-1]
    assert cli("meeting", "validate", good).code == 0


def test_broken_toml_and_a_bad_file_name_are_each_one_problem(tmp_path):
    text = VALID_MEETING.replace('title = "Werkoverleg in het magazijn"', "title = ")
    problems = validate_meeting_file(write(tmp_path, text, "Werk Overleg.toml"))
    assert len(problems) == 2
    assert problems[0].field is None and "bestandsnaam" in problems[0].message
    assert problems[1].line == 2
    missing = validate_meeting_file(tmp_path / "weg.toml")
    assert len(missing) == 1 and missing[0].message
