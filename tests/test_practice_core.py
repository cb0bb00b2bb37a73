"""Practice logic without Qt or a database: answer checks, ratings, plans, sessions, streaks."""

import random
from datetime import UTC, date, datetime

import pytest

from vaktaal.core.clock import FakeClock
from vaktaal.core.model import Term
from vaktaal.core.practice.answers import DiffKind, Verdict, check_article, check_typed, normalise
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.plan import SessionOptions, plan_session, possible_kinds
from vaktaal.core.practice.rating import AGAIN, EASY, GOOD, HARD, rating_for
from vaktaal.core.practice.session import PracticeSession
from vaktaal.core.practice.stats import last_days, streak

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def term(word: str, article: str | None = "de", pictogram: str | None = None, **extra) -> Term:
    return Term(
        id=word.replace(" ", "-").lower(),
        term=word,
        word_class="noun" if article else "verb",
        explanation="uitleg",
        example="voorbeeld",
        pictogram=pictogram or f"asset:{word}.svg",
        glosses={"en": word},
        article=article,
        **extra,
    )


def item(pk: int, word: str, card: int | None = 1, deck: str = "d", **extra) -> PracticeItem:
    return PracticeItem(pk, deck, term(word, **extra), card)


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [
        ("heftruck", Verdict.RIGHT),
        ("  Heftruck ", Verdict.RIGHT),
        ("de heftruck", Verdict.RIGHT),
        ("heftruk", Verdict.ALMOST),
        ("hetfruck", Verdict.ALMOST),
        ("heftrucks", Verdict.ALMOST),
        ("pallet", Verdict.WRONG),
        ("", Verdict.WRONG),
    ],
)
def test_typed_answers_tolerate_case_spaces_and_article(typed: str, verdict: Verdict) -> None:
    assert check_typed(term("heftruck"), typed).verdict is verdict


def test_typed_answers_tolerate_accents() -> None:
    assert check_typed(term("café", article="het"), "cafe").verdict is Verdict.RIGHT
    assert normalise("Café  Crème!") == "cafe creme"
    assert normalise("Een ladder") == "ladder"


def test_the_difference_is_shown_letter_by_letter() -> None:
    answer = check_typed(term("heftruck"), "heftrok")
    rebuilt_expected = "".join(p.text for p in answer.diff if p.kind is not DiffKind.EXTRA)
    rebuilt_typed = "".join(p.text for p in answer.diff if p.kind is not DiffKind.MISSING)
    assert rebuilt_expected == "heftruck"
    assert rebuilt_typed == "heftrok"
    assert any(p.kind is DiffKind.MISSING and "u" in p.text for p in answer.diff)


def test_articles() -> None:
    assert check_article(term("pallet", article="de/het"), "het")
    assert check_article(term("magazijn", article="het"), "het")
    assert not check_article(term("heftruck"), "het")


@pytest.mark.parametrize(
    ("kind", "verdict", "seconds", "rating"),
    [
        (ExerciseKind.CHOOSE_PICTURE, Verdict.WRONG, 1, AGAIN),
        (ExerciseKind.CHOOSE_PICTURE, Verdict.RIGHT, 2, EASY),
        (ExerciseKind.CHOOSE_PICTURE, Verdict.RIGHT, 6, GOOD),
        (ExerciseKind.CHOOSE_PICTURE, Verdict.RIGHT, 30, HARD),
        (ExerciseKind.TYPE, Verdict.ALMOST, 3, HARD),
        (ExerciseKind.TYPE, Verdict.RIGHT, 10, GOOD),
        (ExerciseKind.ARTICLE, Verdict.RIGHT, 2, EASY),
    ],
)
def test_rating_follows_from_correctness_and_time(kind, verdict, seconds, rating) -> None:
    assert rating_for(kind, verdict, seconds) == rating


def test_recall_is_never_rated_by_the_app() -> None:
    with pytest.raises(ValueError):
        rating_for(ExerciseKind.RECALL, Verdict.RIGHT, 1)


def test_new_words_are_shown_first_and_choices_need_four_pictures() -> None:
    pool = [item(i, f"woord{i}") for i in range(3)]
    options = SessionOptions(listening=False)
    assert possible_kinds(item(9, "nieuw", card=None), pool, options) == [ExerciseKind.RECALL]
    few = possible_kinds(item(0, "woord0"), pool, options)
    assert ExerciseKind.CHOOSE_PICTURE not in few
    assert ExerciseKind.ARTICLE in few
    pool.append(item(5, "woord5"))
    assert ExerciseKind.CHOOSE_PICTURE in possible_kinds(item(0, "woord0"), pool, options)
    assert ExerciseKind.LISTEN not in possible_kinds(item(0, "woord0"), pool, options)


@pytest.mark.parametrize("seed", range(10))
def test_plan_mixes_new_words_between_due_words_without_repeating_kinds(seed: int) -> None:
    pool = [item(i, f"woord{i}") for i in range(20)]
    due = pool[:10]
    new = [item(100 + i, f"nieuw{i}", card=None) for i in range(5)]
    plan = plan_session(
        due, new, {"d": pool}, SessionOptions(size=12, new_terms=3), random.Random(seed)
    )
    assert len(plan) == 12
    assert [e.item.is_new for e in plan[:3]] == [False, False, True]
    assert sum(e.item.is_new for e in plan) == 3
    assert all(a.kind is not b.kind for a, b in zip(plan, plan[1:], strict=False))
    for exercise in plan:
        if exercise.kind in (ExerciseKind.CHOOSE_PICTURE, ExerciseKind.LISTEN):
            pictures = {o.term.pictogram for o in exercise.options}
            assert len(pictures) == 4 and exercise.item in exercise.options


def never_shown(pk: int, word: str) -> PracticeItem:
    """A word with a card but no review: marked "kende ik niet" in a meeting."""
    return PracticeItem(pk, "d", term(word), card_id=500 + pk, never_shown=True)


def test_a_card_without_a_review_is_a_new_word() -> None:
    assert never_shown(1, "helm").is_new
    assert item(1, "helm", card=None).is_new
    assert not item(1, "helm").is_new
    pool = [item(i, f"woord{i}") for i in range(6)]
    options = SessionOptions(speaking=True)
    assert possible_kinds(never_shown(9, "helm"), pool, options) == [ExerciseKind.RECALL]


@pytest.mark.parametrize("seed", range(10))
def test_words_from_a_meeting_are_shown_before_any_exercise_asks_for_them(seed: int) -> None:
    pool = [item(i, f"woord{i}") for i in range(20)]
    meeting = [never_shown(100 + i, f"vergadering{i}") for i in range(3)]
    due = [*pool[:4], meeting[0], *pool[4:8], meeting[1], meeting[2]]  # as the store gives them
    new = [meeting[1], item(200, "nieuw", card=None)]  # the store's new words may repeat one
    plan = plan_session(
        due, new, {"d": pool}, SessionOptions(size=12, new_terms=4), random.Random(seed)
    )

    shown = [e for e in plan if e.item.term_pk >= 100]
    assert [e.item.term_pk for e in shown] == [101, 200, 100, 102]  # the store's order first
    assert all(e.kind is ExerciseKind.RECALL and e.item.is_new for e in shown)
    assert len(plan) == 12 and sum(e.item.is_new for e in plan) == 4
    assert [e.item.is_new for e in plan[:3]] == [False, False, True]  # due words lead


def test_new_words_beyond_the_limit_wait_for_a_later_session() -> None:
    pool = [item(i, f"woord{i}") for i in range(20)]
    due = [never_shown(100 + i, f"vergadering{i}") for i in range(5)] + pool[:10]
    plan = plan_session(due, [], {"d": pool}, SessionOptions(size=8, new_terms=2), random.Random())
    assert [e.item.term_pk for e in plan if e.item.is_new] == [100, 101]
    assert all(e.item.term_pk < 100 or e.item.term_pk in (100, 101) for e in plan)
    assert len(plan) == 8


def test_time_away_on_the_question_to_stop_is_not_answer_time() -> None:
    clock = FakeClock(START)
    session = PracticeSession([Exercise(ExerciseKind.ARTICLE, item(1, "helm"))] * 2, clock)
    session.show()
    clock.advance(2)
    session.pause()
    clock.advance(40)
    session.pause()  # twice is once
    session.resume()
    clock.advance(1)
    first = session.answer(Verdict.RIGHT)
    assert (first.duration_ms, first.rating) == (3000, GOOD)  # 43 s would be "hard"
    session.show()
    session.resume()  # without a pause: nothing changes
    clock.advance(4)
    assert session.answer(Verdict.RIGHT).duration_ms == 4000


def test_a_session_scores_records_repeats_and_sums_up() -> None:
    clock = FakeClock(START)
    words = [item(i, f"woord{i}") for i in range(4)]
    exercises = [
        Exercise(ExerciseKind.ARTICLE, words[0]),
        Exercise(ExerciseKind.TYPE, words[1]),
        Exercise(ExerciseKind.RECALL, words[2]),
        Exercise(ExerciseKind.ARTICLE, words[3]),
    ]
    session = PracticeSession(exercises, clock)

    session.show()
    clock.advance(2)
    first = session.answer(Verdict.RIGHT)
    session.show()
    clock.advance(8)
    second = session.answer(Verdict.WRONG)
    session.show()
    third = session.rate(GOOD)

    assert (first.rating, first.duration_ms) == (EASY, 2000)
    assert second.rating == AGAIN
    assert third.verdict is Verdict.RIGHT
    assert [e.item.term_pk for e in session.exercises[3:]] == [3, 1]
    assert session.exercises[-1].kind is ExerciseKind.RECALL
    with pytest.raises(ValueError):
        session.rate(GOOD)  # the next one is an objective exercise
    session.show()
    session.answer(Verdict.RIGHT)
    session.show()
    session.rate(GOOD)
    assert session.finished
    summary = session.summary()
    assert (summary.practised, summary.right_first_time, summary.answers) == (4, 3, 5)
    assert [t.term for t in summary.to_repeat] == ["woord1"]


def test_streak_counts_days_in_a_row_up_to_today_or_yesterday() -> None:
    today = date(2026, 11, 24)
    days = {date(2026, 11, d) for d in (20, 21, 22, 23)}
    assert streak(days, today) == 4
    assert streak(days | {today}, today) == 5
    assert streak({date(2026, 11, 21)}, today) == 0
    filled = last_days({date(2026, 11, 23): 7}, today, 3)
    assert filled == [(date(2026, 11, 22), 0), (date(2026, 11, 23), 7), (today, 0)]
