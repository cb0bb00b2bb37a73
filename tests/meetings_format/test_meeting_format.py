"""meetings/<id>.toml: a good file loads with its deck; each bad case: a located Dutch problem."""

from pathlib import Path

import pytest
from meetingbuilder import MEETING_ID, VALID_MEETING, write_deck_with_meeting

from vaktaal.core.deckformat import load_deck, validate_deck
from vaktaal.core.meetings.format import parse_meeting
from vaktaal.core.problems import DeckProblems

FILE = "meetings/werkoverleg.toml"
TERMS = {"heftruck", "helm"}


def parse(text: str, meeting_id: str = MEETING_ID):
    return parse_meeting(text.encode(), meeting_id, FILE, TERMS)


def line_number(text: str, needle: str, occurrence: int = 1) -> int:
    found = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return found[occurrence - 1]


def test_a_valid_meeting_is_read_completely():
    meeting, problems = parse(VALID_MEETING)
    assert problems == []
    assert meeting.title == "Werkoverleg in het magazijn"
    assert [s.id for s in meeting.speakers] == ["ans", "samir"]
    assert meeting.speakers[0].voice == "nl+f3" and meeting.speakers[1].voice is None
    assert [line.speaker for line in meeting.lines] == ["ans", "samir"]
    assert meeting.lines[1].audio == "audio/heftruck.wav"
    assert (meeting.lines[1].start, meeting.lines[1].end) == (3.0, 6.0)
    assert meeting.main_points[0].keywords == (
        ("heftruck", "heftrucks"),
        ("kapot", "stuk", "geluid"),
    )
    assert meeting.action_items[0].keywords == (("monteur",), ("bellen", "belt"))
    assert meeting.action_items[0].when == "vandaag"
    assert meeting.terms == ("heftruck", "helm")
    assert len(meeting.distractors) == 2


def test_a_line_by_an_unknown_speaker():
    text = VALID_MEETING.replace('speaker = "samir"', 'speaker = "piet"')
    meeting, problems = parse(text)
    assert meeting is None
    [problem] = problems
    assert problem.field == "speaker" and "'piet'" in problem.message
    assert problem.line == line_number(text, "[[lines]]", 2)
    assert str(problem).startswith(f"{FILE}, regel {problem.line}, veld 'speaker'")


def test_an_action_item_without_an_owner():
    text = VALID_MEETING.replace('who = "ans"\n', "")
    _meeting, [problem] = parse(text)
    assert problem.field == "who" and "Wie doet dit?" in problem.message
    assert problem.line == line_number(text, "[[action_items]]")


def test_an_action_item_with_an_unknown_owner():
    _meeting, [problem] = parse(VALID_MEETING.replace('who = "ans"', 'who = "kees"'))
    assert problem.field == "who" and "'kees'" in problem.message


def test_unknown_term_ids():
    _meeting, [problem] = parse(VALID_MEETING.replace('"helm"]', '"hamer"]'))
    assert problem.field == "terms" and "'hamer'" in problem.message
    assert problem.line == line_number(VALID_MEETING, "[meeting]")


def test_duplicate_ids():
    text = VALID_MEETING.replace('id = "samir"', 'id = "ans"').replace('"samir"', '"ans"')
    _meeting, problems = parse(text)
    assert [p.field for p in problems] == ["speakers.id"]
    assert "'ans'" in problems[0].message and "twee keer" in problems[0].message


def test_no_main_points():
    start = VALID_MEETING.index("[[main_points]]")
    end = VALID_MEETING.index("[[action_items]]")
    _meeting, [problem] = parse(VALID_MEETING[:start] + VALID_MEETING[end:])
    assert problem.field == "main_points" and "geen hoofdpunten" in problem.message


def test_a_main_point_needs_keywords():
    text = VALID_MEETING.replace(
        'keywords = [["heftruck", "heftrucks"], ["kapot", "stuk", "geluid"]]\n', ""
    )
    _meeting, [problem] = parse(text)
    assert problem.field == "keywords" and problem.line == line_number(text, "[[main_points]]")


@pytest.mark.parametrize(
    "bad", ['keywords = [["heftruck", 3]]', "keywords = [[]]", 'keywords = "x"']
)
def test_keywords_must_be_words_or_word_groups(bad):
    text = VALID_MEETING.replace('keywords = ["monteur", ["bellen", "belt"]]', bad)
    _meeting, [problem] = parse(text)
    assert problem.field == "keywords" and "trefwoord" in problem.message


def test_timestamps_that_go_backwards():
    text = VALID_MEETING.replace("start = 0.0\nend = 2.5", "start = 5.0\nend = 5.5")
    _meeting, [problem] = parse(text)
    assert problem.field == "start" and "gaat terug" in problem.message
    assert problem.line == line_number(text, "[[lines]]", 2)


def test_a_line_that_ends_before_it_starts():
    _meeting, [problem] = parse(VALID_MEETING.replace("end = 6.0", "end = 2.9"))
    assert problem.field == "end" and "voor het begin" in problem.message


def test_a_negative_time():
    _meeting, [problem] = parse(VALID_MEETING.replace("start = 0.0", "start = -1"))
    assert problem.field == "start" and "seconden" in problem.message


def test_missing_title_and_bad_file_name_are_both_reported():
    _meeting, problems = parse(
        VALID_MEETING.replace('title = "Werkoverleg in het magazijn"\n', ""), "Werk Overleg"
    )
    assert {p.field for p in problems} == {None, "title"}
    assert any("Werk Overleg" in p.message for p in problems)


def test_broken_toml_has_a_line():
    _meeting, [problem] = parse(VALID_MEETING + "\n[[lines]\n")
    assert "geen geldige TOML" in problem.message and problem.line is not None


def test_the_deck_loader_reads_the_meeting(tmp_path: Path, library):
    loaded = load_deck(write_deck_with_meeting(tmp_path / "deck"), library)
    [meeting] = loaded.deck.meetings
    assert meeting.id == MEETING_ID and len(meeting.lines) == 2
    assert "audio/heftruck.wav" in loaded.media


def test_a_deck_with_a_broken_meeting_is_refused_as_a_whole(tmp_path: Path, library):
    text = VALID_MEETING.replace('who = "ans"\n', "")
    folder = write_deck_with_meeting(tmp_path / "deck", text)
    with pytest.raises(DeckProblems) as refused:
        load_deck(folder, library)
    [problem] = refused.value.problems
    assert problem.file == str(folder / "meetings" / "werkoverleg.toml")


def test_missing_meeting_audio_is_a_problem_of_the_meeting_file(tmp_path: Path, library):
    text = VALID_MEETING.replace("audio/heftruck.wav", "audio/weg.wav")
    text = text.replace("[meeting]\n", '[meeting]\nrecording = "audio/hele-overleg.mp3"\n')
    problems = validate_deck(write_deck_with_meeting(tmp_path / "deck", text), library)
    assert sorted(p.field for p in problems) == ["lines.audio", "recording"]
    assert all(p.file.endswith("meetings/werkoverleg.toml") for p in problems)
    assert all("staat niet in het pakket" in p.message for p in problems)


def test_the_learner_is_one_of_the_speakers():
    text = VALID_MEETING.replace("situation = ", 'learner = "samir"\nsituation = ', 1)
    meeting, problems = parse(text)
    assert problems == [] and meeting is not None and meeting.learner == "samir"
    meeting, problems = parse(text.replace('learner = "samir"', 'learner = "piet"'))
    assert meeting is None
    [problem] = problems
    assert problem.field == "learner" and "'piet'" in problem.message


def test_the_learner_survives_the_codec():
    from vaktaal.core.meetings.codec import meeting_from_document, meeting_to_document

    text = VALID_MEETING.replace("situation = ", 'learner = "samir"\nsituation = ', 1)
    meeting, _problems = parse(text)
    assert meeting is not None
    again = meeting_from_document(meeting.id, meeting_to_document(meeting))
    assert again == meeting and again.learner == "samir"
