"""Answers while the server is away, with a fake store that fails as a lost connection does:
kept on this PC (fsynced, 0600), stored again in order when it is back, each exactly once."""

import json
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError, OperationalError

from vaktaal.core.model import Term
from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.core.practice.session import Outcome
from vaktaal.storage.answer_queue import AnswerQueue, QueuedAnswer, connection_lost, queue_file
from vaktaal.usecases.kept_answers import KeptAnswers, Saved, outcome_of, queued

START = datetime(2026, 12, 7, 9, 0, 0, 123456, tzinfo=UTC)


def gone() -> OperationalError:
    refused = psycopg.OperationalError("connection failed: Connection refused")
    return OperationalError("SELECT 1", {}, refused)


def outcome(term_pk: int, seconds: int = 0, kind: ExerciseKind = ExerciseKind.RECALL) -> Outcome:
    term = Term(f"t{term_pk}", "hamer", "noun", "", "", "", {}, article="de")
    item = PracticeItem(term_pk, "deck", term, card_id=None)
    when = START + timedelta(seconds=seconds)
    return Outcome(Exercise(kind, item), Verdict.RIGHT, 3, when, 1500)


class FakeServer:
    """A store whose server can go away; `lose_reply`: the commit arrives, the reply not."""

    def __init__(self) -> None:
        self.away = False
        self.lose_reply = False
        self.stored: list[tuple[int, int, datetime, int | None]] = []
        self.refuse: set[int] = set()
        self.away_after: int | None = None  # goes away after this many stored answers

    def record(self, learner_id: int, outcome: Outcome, buddy: int | None) -> int:
        if self.away:
            raise gone()
        if outcome.exercise.item.term_pk in self.refuse:
            raise IntegrityError("INSERT", {}, psycopg.errors.ForeignKeyViolation("no learner"))
        self.stored.append((learner_id, outcome.exercise.item.term_pk, outcome.answered_at, buddy))
        if self.lose_reply:
            raise gone()
        self.away = self.away_after is not None and len(self.stored) >= self.away_after
        return 1


class FakeQueue(AnswerQueue):
    """The queue's file for real; whether an answer is stored is asked of the fake server."""

    def __init__(self, path: Path, server: FakeServer) -> None:
        super().__init__(path, create_engine("sqlite://"))
        self.server = server

    def is_stored(self, answer: QueuedAnswer) -> bool:
        if self.server.away:
            raise gone()
        key = (answer.learner_id, answer.term_pk, answer.moment)
        return key in [stored[:3] for stored in self.server.stored]


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def kept(tmp_path: Path, server: FakeServer) -> KeptAnswers:
    return KeptAnswers(server.record, FakeQueue(tmp_path / "queue.jsonl", server))


def test_an_answer_while_the_server_is_away_is_kept_and_stored_when_it_is_back(
    kept: KeptAnswers, server: FakeServer, tmp_path: Path
) -> None:
    assert kept.record(1, outcome(10), None) is Saved.STORED
    server.away = True
    assert kept.record(1, outcome(11, 5), None) is Saved.KEPT
    assert kept.record(1, outcome(12, 9), 7) is Saved.KEPT
    assert kept.waiting() == 2
    assert kept.replay() == 2  # still away: nothing lost, nothing stored
    server.away = False

    assert kept.replay() == 0

    assert server.stored == [
        (1, 10, START, None),
        (1, 11, START + timedelta(seconds=5), None),  # the time it was answered
        (1, 12, START + timedelta(seconds=9), 7),
    ]
    assert kept.waiting() == 0
    assert not (tmp_path / "queue.jsonl").exists()


def test_while_answers_wait_a_new_one_waits_behind_them(
    kept: KeptAnswers, server: FakeServer
) -> None:
    server.away = True
    kept.record(1, outcome(11), None)
    server.away = False
    assert kept.record(1, outcome(12, 1), None) is Saved.KEPT  # not before the older one
    assert server.stored == []
    kept.replay()
    assert [term for _l, term, _t, _b in server.stored] == [11, 12]


def test_an_answer_whose_commit_reached_the_server_is_not_stored_twice(
    kept: KeptAnswers, server: FakeServer
) -> None:
    server.lose_reply = True
    assert kept.record(1, outcome(11), None) is Saved.KEPT
    server.lose_reply = False
    assert kept.replay() == 0
    assert server.stored == [(1, 11, START, None)]


def test_the_server_going_away_during_the_replay_keeps_the_rest_in_order(
    kept: KeptAnswers, server: FakeServer
) -> None:
    server.away = True
    for n in range(3):
        kept.record(1, outcome(20 + n, n), None)
    server.away = False
    server.away_after = 1  # gone again right after the first answer of the replay
    assert kept.replay() == 2
    assert [term for _l, term, _t, _b in server.stored] == [20]
    server.away, server.away_after = False, None
    assert kept.replay() == 0
    assert [term for _l, term, _t, _b in server.stored] == [20, 21, 22]


def test_kept_answers_survive_a_restart_and_are_stored_at_start_up(
    tmp_path: Path, server: FakeServer
) -> None:
    queue = FakeQueue(tmp_path / "queue.jsonl", server)
    server.away = True
    KeptAnswers(server.record, queue).record(2, outcome(30, 0, ExerciseKind.SPEAK), None)
    server.away = False

    again = KeptAnswers(server.record, FakeQueue(tmp_path / "queue.jsonl", server))
    assert again.waiting() == 1
    assert again.replay() == 0
    assert server.stored == [(2, 30, START, None)]


def test_an_answer_the_database_refuses_for_good_is_set_aside(
    kept: KeptAnswers, server: FakeServer, tmp_path: Path
) -> None:
    server.away = True
    kept.record(1, outcome(40), None)
    kept.record(1, outcome(41, 1), None)
    server.away = False
    server.refuse = {40}  # e.g. the learner was deleted meanwhile

    assert kept.replay() == 0

    assert [term for _l, term, _t, _b in server.stored] == [41]
    aside = [
        json.loads(line) for line in (tmp_path / "queue.refused.jsonl").read_text().splitlines()
    ]
    assert [(a["term_pk"], a["reason"]) for a in aside] == [(40, "IntegrityError")]


def test_other_errors_are_not_hidden(kept: KeptAnswers, server: FakeServer) -> None:
    server.refuse = {50}
    with pytest.raises(IntegrityError):
        kept.record(1, outcome(50), None)
    assert kept.waiting() == 0


def test_the_queue_file_is_the_owners_only_and_a_cut_off_line_is_left_out(
    tmp_path: Path, server: FakeServer
) -> None:
    queue = FakeQueue(tmp_path / "queue.jsonl", server)
    queue.append(queued(1, outcome(60), None))
    with open(queue.path, "a", encoding="utf-8") as file:
        file.write('{"id": "cut off by a power cu')
    assert stat.S_IMODE(queue.path.stat().st_mode) == 0o600
    assert [answer.term_pk for answer in queue.waiting()] == [60]


def test_a_queued_answer_gives_back_what_is_stored() -> None:
    exercise = Exercise(ExerciseKind.SPEAK, outcome(70).exercise.item)
    spoken = Outcome(exercise, Verdict.RIGHT, 3, START, 2100, Verdict.WRONG, heard="hamer")
    again = outcome_of(queued(1, spoken, 4))
    assert again.exercise.kind is ExerciseKind.SPEAK
    assert again.exercise.item.term_pk == 70
    assert (again.verdict, again.overruled_from, again.heard) == (
        Verdict.RIGHT,
        Verdict.WRONG,
        "hamer",
    )
    assert (again.rating, again.answered_at, again.duration_ms) == (3, START, 2100)


def test_only_a_server_that_went_away_counts_as_a_lost_connection() -> None:
    assert connection_lost(gone())
    locked = OperationalError("UPDATE", {}, sqlite3.OperationalError("database is locked"))
    assert not connection_lost(locked)
    assert not connection_lost(ValueError("no"))


def test_each_database_has_its_own_queue_without_the_password(tmp_path: Path) -> None:
    one = queue_file(tmp_path, "postgresql+psycopg://amal:geheim@server/vaktaal")
    same = queue_file(tmp_path, "postgresql+psycopg://amal:anders@server/vaktaal")
    other = queue_file(tmp_path, "postgresql+psycopg://amal:geheim@server/ander")
    assert one == same != other
    assert "geheim" not in one.name
