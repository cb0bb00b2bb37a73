"""The real thing: a PostgreSQL server of this module's own is stopped in the middle of a
session and started again. Answers given meanwhile are kept on the PC, stored when it is
back, each exactly once, and the cards end as if there had been no break."""

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from postgres_server import PostgresServer, find_bindir, missing_prerequisites, skip_or_fail
from vaktaal.app import Backend, install_bundled_decks, open_backend
from vaktaal.core.clock import FakeClock
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.rating import AGAIN, GOOD
from vaktaal.core.practice.session import Outcome, PracticeSession
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.storage.answer_queue import AnswerQueue, queue_file
from vaktaal.storage.tables import CardRow, ReviewLogRow
from vaktaal.usecases.kept_answers import Saved, queued, server_away

pytestmark = pytest.mark.postgres

START = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
DECK = "magazijn-installatie"


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresServer]:
    reason = missing_prerequisites()
    if reason:
        skip_or_fail(reason)
    bindir = find_bindir()
    assert bindir is not None
    # A commit is on disk when it returns (no synchronous_commit=off, unlike the shared
    # test server): stopped "immediate", it keeps what it said was stored, as a real one.
    server = PostgresServer(bindir, settings="-c fsync=off")
    try:
        server.start()
        yield server
    finally:
        server.remove()


@pytest.fixture
def on_server(own_server: PostgresServer, tmp_path: Path) -> Iterator[tuple[Backend, FakeClock]]:
    if not own_server.running:
        own_server.start()
    url = own_server.create_database()
    clock = FakeClock(START)
    env = {**os.environ, "VAKTAAL_DATABASE_URL": url}
    backend = open_backend(tmp_path / "data", env=env, clock=clock, speaker=FakeSpeaker())
    install_bundled_decks(backend)
    yield backend, clock
    backend.close()


def answer(session: PracticeSession, clock: FakeClock, number: int) -> Outcome:
    exercise = session.show()
    assert exercise is not None
    clock.advance(7)
    if exercise.kind.is_objective:
        return session.answer(Verdict.WRONG if number % 3 == 0 else Verdict.RIGHT)
    return session.rate(AGAIN if number % 3 == 0 else GOOD)


def review_log(backend: Backend, learner_id: int) -> list[tuple[int, datetime, int]]:
    query = (
        select(CardRow.term_pk, ReviewLogRow.reviewed_at, ReviewLogRow.rating)
        .join(CardRow, CardRow.id == ReviewLogRow.card_id)
        .where(CardRow.learner_id == learner_id)
        .order_by(ReviewLogRow.reviewed_at)
    )
    with backend.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(query)]  # type: ignore[misc]


def cards(backend: Backend, learner_id: int) -> dict[int, tuple[object, ...]]:
    columns = (CardRow.state, CardRow.stability, CardRow.difficulty, CardRow.due)
    query = select(CardRow.term_pk, *columns, CardRow.last_review)
    with backend.engine.connect() as connection:
        rows = connection.execute(query.where(CardRow.learner_id == learner_id)).all()
    return {row[0]: tuple(row[1:]) for row in rows}


def same_answers_without_a_break(folder: Path, outcomes: list[Outcome]) -> Backend:
    """The same answers stored on a database that never went away (SQLite)."""
    env = {k: v for k, v in os.environ.items() if k != "VAKTAAL_DATABASE_URL"}
    backend = open_backend(folder, env=env, clock=FakeClock(START), speaker=FakeSpeaker())
    install_bundled_decks(backend)
    learner = backend.learners.add("Amal", ["ar"], decks=[DECK])
    for outcome in outcomes:
        assert backend.practice.record(learner.id, outcome) is Saved.STORED
    return backend


@pytest.mark.parametrize("mode", ["immediate", "fast"])
def test_answers_given_while_the_server_is_stopped_are_stored_once_when_it_is_back(
    on_server: tuple[Backend, FakeClock], own_server: PostgresServer, tmp_path: Path, mode: str
) -> None:
    backend, clock = on_server
    practice = backend.practice
    learner = backend.learners.add("Amal", ["ar"], decks=[DECK])
    session = practice.start_session(learner.id)
    given: list[Outcome] = []
    for number in range(4):
        given.append(answer(session, clock, number))
        assert practice.record(learner.id, given[-1]) is Saved.STORED

    own_server.stop(mode)  # the server PC is switched off (immediate) or shut down (fast)
    for number in range(4, 10):
        given.append(answer(session, clock, number))
        assert practice.record(learner.id, given[-1]) is Saved.KEPT
    with pytest.raises(Exception) as planning:
        practice.start_session(learner.id)
    assert server_away(planning.value)
    assert practice.replay_kept() == 6  # still away: all six wait

    own_server.start()
    assert practice.replay_kept() == 0

    stored = review_log(backend, learner.id)
    sent = [(o.exercise.item.term_pk, o.answered_at, o.rating) for o in given]
    assert stored == sent  # every answer once, in order, at the time it was given
    reference = same_answers_without_a_break(tmp_path / "one-pc", given)
    reference_learner = reference.learners.all()[0]
    assert cards(backend, learner.id) == cards(reference, reference_learner.id)
    reference.close()
    assert not queue_file(backend.paths.data_dir, backend.paths.database_url).exists()


def test_an_answer_whose_reply_was_lost_is_not_stored_again(
    on_server: tuple[Backend, FakeClock], tmp_path: Path
) -> None:
    backend, clock = on_server
    learner = backend.learners.add("Amal", ["ar"], decks=[DECK])
    session = backend.practice.start_session(learner.id)
    first, second = answer(session, clock, 1), answer(session, clock, 2)
    backend.practice.record(learner.id, first)  # the commit reached the server, but the
    waiting = queue_file(backend.paths.data_dir, backend.paths.database_url)
    queue = AnswerQueue(waiting, backend.engine)  # reply was lost: the PC kept it as well
    queue.append(queued(learner.id, first, None))
    queue.append(queued(learner.id, second, None))
    backend.close()

    env = {**os.environ, "VAKTAAL_DATABASE_URL": backend.paths.database_url}
    again = open_backend(tmp_path / "data", env=env, clock=clock, speaker=FakeSpeaker())
    assert again.practice.replay_kept() == 0  # as the app does at start-up

    stored = review_log(again, learner.id)
    assert [(term, when) for term, when, _rating in stored] == [
        (first.exercise.item.term_pk, first.answered_at),
        (second.exercise.item.term_pk, second.answered_at),
    ]
    again.close()


def test_the_practice_page_across_a_server_stop(
    qtbot, own_server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from vaktaal.ui.launcher import create_window
    from vaktaal.ui.practice import server_watch

    if not own_server.running:
        own_server.start()
    monkeypatch.setenv("VAKTAAL_DATABASE_URL", own_server.create_database())
    monkeypatch.setattr(server_watch, "RETRY_MS", 200)
    backend = open_backend(tmp_path / "data", speaker=FakeSpeaker())
    install_bundled_decks(backend)
    learner = backend.learners.add("Amal", ["ar"], decks=[DECK])
    window = create_window(tmp_path / "data", clock=FakeClock(START), speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.show()
    click, wait = Qt.MouseButton.LeftButton, 20_000
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=wait)
    qtbot.mouseClick(window.picker.grid.tiles[0], click)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=wait)
    qtbot.mouseClick(window.home.practice_button, click)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.practice, timeout=wait)
    page = window.practice
    qtbot.mouseClick(page.recall.rating_buttons[GOOD], click)
    window.tasks.wait_until_idle()

    own_server.stop("immediate")
    for _ in range(2):
        qtbot.mouseClick(page.recall.rating_buttons[GOOD], click)
    qtbot.waitUntil(page.banner.isVisible, timeout=wait)
    assert window.stack.currentWidget() is page and page.session is not None

    own_server.start()
    qtbot.waitUntil(lambda: not page.banner.isVisible(), timeout=wait)
    window.tasks.shutdown()
    backend.engine.dispose()  # its connection died with the server
    assert len(review_log(backend, learner.id)) == 3
    backend.close()
