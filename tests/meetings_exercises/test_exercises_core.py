"""The exercises built from a meeting, and their scores (no Qt)."""

from dataclasses import dataclass, replace

from exercise_meeting import MEETING, TERMS

from vaktaal.core.meetings.exercises import (
    build_action_items,
    build_main_points,
    no_deadline,
    score_action_items,
    score_main_points,
    score_summary,
    score_unknown_words,
    unknown_word_chips,
)


def test_main_points_mix_points_and_distractors_the_same_way_per_seed() -> None:
    exercise = build_main_points(MEETING, seed=1)
    texts = [o.text for o in exercise.options]
    assert sorted(texts) == sorted(
        [p.text for p in MEETING.main_points] + list(MEETING.distractors)
    )
    assert {texts[i] for i in exercise.correct_indexes} == {p.text for p in MEETING.main_points}
    assert build_main_points(MEETING, seed=1) == exercise
    orders = {tuple(o.text for o in build_main_points(MEETING, s).options) for s in range(8)}
    assert len(orders) > 1


def test_main_points_score_counts_right_minus_wrong_choices() -> None:
    exercise = build_main_points(MEETING)
    right = sorted(exercise.correct_indexes)
    wrong = sorted(set(range(len(exercise.options))) - exercise.correct_indexes)
    assert score_main_points(exercise, right) == 1.0
    assert score_main_points(exercise, right[:1]) == 0.5
    assert score_main_points(exercise, [*right, wrong[0]]) == 0.5
    assert score_main_points(exercise, wrong) == 0.0
    assert score_main_points(exercise, []) == 0.0


def test_action_questions_offer_all_speakers_and_the_right_deadline() -> None:
    questions = build_action_items(MEETING)
    assert [q.item_id for q in questions] == ["controle", "pakbonnen"]
    first, second = questions
    assert first.who_options == MEETING.speakers and first.right_who == "samir"
    assert first.right_when == "voor de lunch" and first.right_when in first.when_options
    assert second.right_when == no_deadline() and no_deadline() in second.when_options
    assert "voor de lunch" in second.when_options  # the other item's deadline is plausible
    for question in questions:
        assert 2 <= len(question.when_options) <= 4
        assert len(set(question.when_options)) == len(question.when_options)


def test_action_score_gives_a_point_for_who_and_one_for_when() -> None:
    questions = build_action_items(MEETING)
    right = [(q.right_who, q.right_when) for q in questions]
    assert score_action_items(questions, right) == 1.0
    half = [("anja", questions[0].right_when), (questions[1].right_who, "morgen")]
    assert score_action_items(questions, half) == 0.5
    assert score_action_items(questions, [("anja", "morgen"), ("anja", "morgen")]) == 0.0


def test_unknown_word_chips_are_the_meeting_terms_then_other_deck_terms_said() -> None:
    chips = unknown_word_chips(MEETING, TERMS)
    assert [c.term_id for c in chips] == ["pakbon", "pallet", "heftruck", "laadperron"]
    assert chips[0].text == "de pakbon"
    assert "magazijn" not in {c.term_id for c in chips}  # in the deck, not in the lines


def test_unknown_word_chips_skip_meeting_terms_the_deck_does_not_have() -> None:
    meeting = replace(MEETING, terms=("bestaat-niet", "pallet"), lines=())
    assert [c.term_id for c in unknown_word_chips(meeting, TERMS)] == ["pallet"]


def test_unknown_words_score_is_the_part_known() -> None:
    chips = unknown_word_chips(MEETING, TERMS)
    assert score_unknown_words(chips, []) == 1.0
    assert score_unknown_words(chips, ["pakbon"]) == 0.75
    assert score_unknown_words(chips, [c.term_id for c in chips]) == 0.0


@dataclass(frozen=True)
class Level:
    level: str


@dataclass(frozen=True)
class Check:
    points: tuple[Level, ...]
    actions: tuple[Level, ...]


def test_summary_score_counts_partly_as_half() -> None:
    check = Check((Level("covered"), Level("partly")), (Level("missed"), Level("covered")))
    assert score_summary(check) == 2.5 / 4
    assert score_summary(Check((), ())) == 1.0
