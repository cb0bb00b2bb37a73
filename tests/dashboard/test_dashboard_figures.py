"""The dashboard's figures on small made-up data: streak, retention, learned and must-know per
deck, buddy sessions in the period, the deck filter, and the same answers as the learner's
own screens (PracticeService)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from vaktaal.app import install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.learned import WordState
from vaktaal.core.practice.rating import AGAIN, GOOD
from vaktaal.core.practice.session import PracticeSession
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage.dashboard_figures import Period
from vaktaal.storage.dashboard_store import DashboardStore
from vaktaal.storage.tables import TermRow

pytestmark = pytest.mark.both_databases

START = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
DAY = 86_400
DECK, OTHER = "magazijn-installatie", "eerste-werkweken"


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    clock = FakeClock(START)
    backend = open_backend(tmp_path / "data", clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    amal = backend.learners.add("Amal", ["ar"], decks=[DECK, OTHER])
    bilal = backend.learners.add("bilal", ["ti"], decks=[DECK])
    backend.learners.add_staff("Sanne", "coach", "4826")
    pools = backend.practice_store.pools([DECK, OTHER])
    # a term id in both decks (nooduitgang) means the one of DECK
    pool = {item.term.id: item for deck in (OTHER, DECK) for item in pools[deck]}
    yield backend, clock, {"amal": amal, "bilal": bilal}, pool
    backend.close()


def answer(world, who, term_id, kind=ExerciseKind.RECALL, right=True, overruled=None, buddy=None):
    backend, clock, learners, pool = world
    found = pool[term_id]
    item = PracticeItem(found.term_pk, found.deck_id, found.term)
    session = PracticeSession([Exercise(kind, item)], clock)
    session.show()
    clock.advance(5)
    if kind is ExerciseKind.RECALL:
        outcome = session.rate(GOOD if right else AGAIN)
    else:
        verdict = Verdict.RIGHT if right else Verdict.WRONG
        outcome = session.answer(verdict, heard="x", overruled_from=overruled)
    backend.practice.record(learners[who].id, outcome, buddy)


def standing(world, who, **kwargs):
    backend, _clock, learners, _pool = world
    rows = backend.services.dashboard.overview(**kwargs)
    return next(row for row in rows if row.learner_id == learners[who].id)


def next_day(world, days=1):
    world[1].advance(days * DAY)


def test_every_learner_once_by_name_and_no_staff(world) -> None:
    rows = world[0].services.dashboard.overview()
    assert [row.name for row in rows] == ["Amal", "bilal"]
    assert rows[0].last_practised is None and rows[0].retention is None
    assert rows[0].speaking_agreement is None and rows[0].streak == 0
    assert {deck.deck_id for deck in rows[0].decks} == {DECK, OTHER}


def test_streak_counts_days_in_a_row_up_to_today(world) -> None:
    for _ in range(3):
        answer(world, "amal", "nooduitgang")
        next_day(world)
    next_day(world)  # a day off breaks the streak
    answer(world, "amal", "nooduitgang")
    next_day(world)
    answer(world, "amal", "nooduitgang")
    assert standing(world, "amal").streak == 2
    assert standing(world, "bilal").streak == 0
    assert standing(world, "amal").last_practised == world[1].now()


def test_retention_leaves_out_each_cards_first_answer(world) -> None:
    answer(world, "amal", "nooduitgang", right=False)  # first answers: not counted
    answer(world, "amal", "brandblusser", right=False)
    next_day(world)
    answer(world, "amal", "nooduitgang")
    answer(world, "amal", "brandblusser", right=False)
    answer(world, "amal", "nooduitgang")
    answer(world, "amal", "brandblusser")
    row = standing(world, "amal")
    assert row.reviews == 6
    assert row.retention == pytest.approx(3 / 4)


def test_the_period_limits_reviews_and_buddy_sessions(world) -> None:
    backend, clock, learners, _pool = world
    answer(world, "amal", "nooduitgang")
    backend.buddies.start(learners["amal"].id, 9, "Sanne", 15, clock.now())
    next_day(world, 10)
    buddy = backend.buddies.start(learners["amal"].id, 9, "Sanne", 20, clock.now())
    answer(world, "amal", "nooduitgang", buddy=buddy)
    answer(world, "amal", "nooduitgang", buddy=buddy)
    today = clock.now().date()
    recent = standing(world, "amal", since=today, until=today)
    assert (recent.reviews, recent.buddy_sessions, recent.retention) == (2, 1, 1.0)
    everything = standing(world, "amal", since=date(2026, 11, 1))
    assert (everything.reviews, everything.buddy_sessions) == (3, 2)
    before = standing(world, "amal", since=date(2026, 10, 1), until=date(2026, 10, 31))
    assert (before.reviews, before.buddy_sessions, before.retention) == (0, 0, None)


def test_the_dashboard_table_counts_buddy_sessions_of_this_month(world) -> None:
    backend, clock, learners, _pool = world
    backend.buddies.start(learners["bilal"].id, 9, "Sanne", 15, clock.now())  # 20 November
    next_day(world, 15)  # 5 December
    backend.buddies.start(learners["bilal"].id, 9, "Sanne", 15, clock.now())
    table = backend.services.dashboard.table()
    assert next(row for row in table if row.name == "bilal").buddy_sessions == 1
    assert standing(world, "bilal").buddy_sessions == 2  # the last 30 days


def learn(world, who, term_id, days=3):
    for _ in range(days):
        answer(world, who, term_id, ExerciseKind.TYPE)
        answer(world, who, term_id, ExerciseKind.RECALL)
        next_day(world)


def test_learned_and_must_know_per_deck_and_the_deck_filter(world) -> None:
    learn(world, "amal", "nooduitgang")  # must-know, of DECK
    learn(world, "amal", "heftruck")  # must-know too
    mine = [item for item in world[3].values() if item.deck_id == DECK]
    learn(world, "amal", next(i.term.id for i in mine if not i.term.safety_critical))
    other = world[0].practice_store.pools([OTHER])[OTHER]
    learn(world, "amal", next(i.term.id for i in other if i.term.safety_critical))
    answer(world, "amal", "brandblusser", ExerciseKind.CHOOSE_PICTURE)
    row = standing(world, "amal")
    learned = {deck.deck_id: deck.learned for deck in row.decks}
    assert learned == {DECK: 3, OTHER: 1}
    assert row.must_know_done == 3
    only = standing(world, "amal", deck_id=DECK)
    assert [deck.deck_id for deck in only.decks] == [DECK]
    assert [deck.learned for deck in only.decks] == [3]
    assert only.must_know_done == 2
    in_deck = sum(i.term.safety_critical for i in world[3].values() if i.deck_id == DECK)
    assert (only.must_know_total, row.must_know_total) == (
        in_deck,
        in_deck + sum(i.term.safety_critical for i in other),
    )
    assert only.reviews == row.reviews  # answers and retention stay over all decks


def test_the_figures_are_those_of_the_learners_own_screens(world) -> None:
    backend, clock, learners, pool = world
    words = [t for t, item in pool.items() if item.deck_id == DECK][:12]
    for day in range(6):
        for index, word in enumerate(words):
            if (index + day) % 3:
                right = (index * day) % 4 != 1
                kind = ExerciseKind.SPEAK if index % 2 else ExerciseKind.RECALL
                answer(world, "amal", word, kind, right=right)
                answer(world, "bilal", word, ExerciseKind.CHOOSE_PICTURE, right=right)
        next_day(world)
    answer(world, "amal", words[1], ExerciseKind.SPEAK, right=True, overruled=Verdict.WRONG)
    for who in ("amal", "bilal"):
        learner_id = learners[who].id
        row = standing(world, who)
        home = backend.practice.home(learner_id)
        assert row.streak == home.streak
        for deck in row.decks:
            own = next(d for d in home.decks if d.deck_id == deck.deck_id)
            listed = backend.practice.word_list(learner_id, deck.deck_id).words
            assert deck.learned == own.learned
            assert deck.learned == sum(w.state is WordState.LEARNED for w in listed)
            assert (deck.due, deck.terms) == (own.due, own.total)
        must = [t for d in row.decks for t in backend.practice.must_know(learner_id, d.deck_id)]
        assert (row.must_know_done, row.must_know_total) == (sum(t.done for t in must), len(must))
        calibration = backend.practice.speaking_calibration(learner_id)
        assert (row.speaking_agreement, row.speaking_checked) == (
            calibration.agreement,
            calibration.attempts,
        )
    assert sum(deck.learned for deck in standing(world, "amal").decks) > 0  # not all zero
    assert standing(world, "amal").speaking_agreement < 1


def test_the_learner_page_has_days_must_know_and_notes_newest_first(world) -> None:
    backend, clock, learners, _pool = world
    amal = learners["amal"].id
    first = backend.buddies.start(amal, 9, "Sanne", 15, clock.now())
    backend.buddies.finish(first, clock.now(), "goed", "heftruck", "eerst")
    learn(world, "amal", "nooduitgang")
    second = backend.buddies.start(amal, 9, "Piet", 30, clock.now())
    answer(world, "amal", "heftruck", buddy=second)
    backend.buddies.finish(second, clock.now(), "beter", "", "daarna")
    detail = backend.services.dashboard.learner(amal)
    assert len(detail.days) == 30 and detail.days[-1].day == clock.now().date()
    assert sum(day.reviews for day in detail.days) == detail.standing.reviews == 7
    learned = [day.learned_total for day in detail.days]
    assert learned[-1] == 1 and learned == sorted(learned) and learned[0] == 0
    assert learned[-1] == sum(deck.learned for deck in detail.standing.decks)
    assert [note.next_note for note in detail.sessions] == ["daarna", "eerst"]
    assert (detail.sessions[0].buddy_name, detail.sessions[0].answers) == ("Piet", 1)
    done = {(title, term.term.id): term.done for title, term in detail.must_know}
    title = "Magazijn installatiebedrijf"
    assert done[(title, "nooduitgang")] and not done[(title, "brandblusser")]
    assert len(detail.must_know) == detail.standing.must_know_total


def test_days_of_all_learners_together(world) -> None:
    answer(world, "amal", "nooduitgang")
    answer(world, "bilal", "nooduitgang", right=False)
    today = world[1].now().date()
    days = world[0].services.dashboard.days_all(date(2026, 11, 19), today)
    assert [(d.reviews, d.correct) for d in days] == [(0, 0), (2, 1)]


def test_days_of_all_learners_are_kept_until_an_answer_comes_or_goes(world) -> None:
    dashboard, today = world[0].services.dashboard, world[1].now().date()
    answer(world, "amal", "nooduitgang")
    assert dashboard.days_all(today, today)[0].reviews == 1
    answer(world, "bilal", "nooduitgang")
    assert dashboard.days_all(today, today)[0].reviews == 2  # a new answer: read again
    world[0].services.learners.manage.delete(world[2]["bilal"])
    assert dashboard.days_all(today, today)[0].reviews == 1  # its answers went with it


def test_the_memory_of_the_review_log_counts_as_sql_does(world) -> None:
    """All learners come from memory (read once, then only new rows); one learner from SQL.
    Both must agree after new answers, a late answer, unknown words and a deleted learner."""
    backend, clock, learners, pool = world
    store = DashboardStore(backend.engine)
    amal = learners["amal"].id
    steps = [
        lambda: None,
        lambda: learn(world, "amal", "nooduitgang"),
        lambda: [
            answer(
                world,
                "bilal",
                t,
                ExerciseKind.SPEAK,
                right=i % 2 == 0,
                overruled=Verdict.WRONG if i % 3 == 0 else None,
            )
            for i, t in enumerate(list(pool)[:9])
        ],  # fmt: skip
        lambda: late_answer(world, "nooduitgang"),  # before its first answer
        lambda: backend.meetings.add_unknown_words(amal, DECK, ["helm", "hesje"]),  # due now
        lambda: remove_term(backend, "brandblusser"),
        lambda: backend.learners.add("Chen", ["en"], decks=[DECK]),
        lambda: backend.services.learners.manage.delete(learners["bilal"]),
        lambda: learn(world, "amal", "brandblusser", days=2),
    ]
    for number, step in enumerate(steps):
        step()
        now = clock.now()
        period = Period(now - timedelta(days=30), now + timedelta(hours=1))
        remembered = store.figures(now, 0, period, period)
        counted = store.figures(now, 0, period, period, from_memory=False)
        assert comparable(remembered) == comparable(counted), f"after step {number}"
    assert comparable(remembered)[1]  # there were decks to compare
    new_memory = DashboardStore(backend.engine).figures(now, 0, period, period)  # reads all
    assert comparable(new_memory) == comparable(counted)


def comparable(figures):
    return (
        figures.learners,
        figures.decks,
        figures.activity,
        sorted(figures.must_know, key=repr),
        sorted(figures.verdicts, key=repr),
        figures.buddy_sessions,
    )


def late_answer(world, term_id) -> None:
    """An answer stored after others but given before them (its id is higher, its time not)."""
    clock = world[1]
    clock.advance(-10 * DAY)
    answer(world, "amal", term_id, ExerciseKind.TYPE, right=False)
    clock.advance(10 * DAY)


def remove_term(backend, term_id) -> None:
    with backend.engine.begin() as connection:
        connection.execute(update(TermRow).where(TermRow.term_id == term_id).values(removed=True))


def test_cards_made_due_by_a_meeting_are_read_again(world) -> None:
    """A meeting's unknown words make cards due now without a new answer: the memory sees it."""
    backend, clock, learners, _pool = world
    store = DashboardStore(backend.engine)
    amal = learners["amal"].id

    def due_in_deck() -> tuple[int, int]:
        now = clock.now()
        period = Period(now - timedelta(days=30), now)
        found = [store.figures(now, 0, period, period, from_memory=m) for m in (True, False)]
        due = [sum(d.due for d in f.decks if d.learner_id == amal) for f in found]
        return due[0], due[1]

    answer(world, "amal", "helm")  # due again in some minutes
    assert due_in_deck() == (0, 0)
    clock.advance(60)
    backend.meetings.add_unknown_words(amal, DECK, ["helm", "hesje"])
    assert due_in_deck() == (2, 2)


def test_the_memory_kept_on_disk_counts_as_sql_does(world, tmp_path, monkeypatch) -> None:
    """A new run loads the memory the last one saved, reads what came since, and agrees with
    SQL; after rows went away it reads everything again. A damaged file is only ignored."""
    import vaktaal.storage.dashboard_store as dashboard_store

    monkeypatch.setattr(dashboard_store, "SAVE_AFTER_ANSWERS", 1)
    backend, clock, learners, _pool = world
    saved = tmp_path / "memory.pickle"
    steps = [
        lambda: learn(world, "amal", "nooduitgang"),
        lambda: answer(world, "bilal", "helm", right=False),
        lambda: late_answer(world, "nooduitgang"),
        lambda: backend.meetings.add_unknown_words(learners["amal"].id, DECK, ["hesje"]),
        lambda: remove_term(backend, "brandblusser"),
        lambda: backend.services.learners.manage.delete(learners["bilal"]),
        lambda: saved.write_bytes(b"not a pickle"),
        lambda: learn(world, "amal", "helm", days=2),
    ]
    for number, step in enumerate(steps):
        step()
        now = clock.now()
        period = Period(now - timedelta(days=30), now + timedelta(hours=1))
        next_run = DashboardStore(backend.engine, saved)  # a new start of the app
        remembered = next_run.figures(now, 0, period, period)
        counted = next_run.figures(now, 0, period, period, from_memory=False)
        assert comparable(remembered) == comparable(counted), f"after step {number}"
        assert saved.stat().st_size > 1000  # written (again) after new answers
    loaded = dashboard_store.load_memory(saved, DashboardStore(backend.engine)._memory_key())
    assert loaded is not None and loaded.seen["answers"][1] > 0
    assert dashboard_store.load_memory(saved, ("another database", "0008")) is None


def test_days_of_all_learners_are_kept_on_disk_for_the_next_run(world, monkeypatch) -> None:
    backend, clock, _learners, _pool = world
    today = clock.now().date()
    answer(world, "amal", "nooduitgang")
    first = backend.services.dashboard.days_all(today, today)
    next_run = open_backend(backend.paths.data_dir, clock=clock, speaker=FakeSpeaker())
    store = next_run.services.dashboard._store
    reads = []
    read_answers = store.answers
    monkeypatch.setattr(store, "answers", lambda *args: reads.append(1) or read_answers(*args))
    assert next_run.services.dashboard.days_all(today, today) == first
    assert reads == []  # the kept figures did: nothing changed since
    answer(world, "amal", "helm")  # a new answer: the kept figures are old now
    assert next_run.services.dashboard.days_all(today, today)[0].reviews == 2
    assert reads == [1]
    next_run.close()


def test_deleting_a_learner_leaves_no_figures_of_theirs_on_disk(world) -> None:
    backend, clock, learners, _pool = world
    today = clock.now().date()
    answer(world, "bilal", "nooduitgang")
    dashboard = backend.services.dashboard
    dashboard.days_all(today, today)
    kept = list(backend.paths.data_dir.glob("dashboard-*.pickle"))
    assert kept  # the days of all learners were kept
    backend.services.learners.manage.delete(learners["bilal"])
    assert list(backend.paths.data_dir.glob("dashboard-*.pickle")) == []
    names = [row.name for row in dashboard.overview()]
    assert "bilal" not in names and "Amal" in names
