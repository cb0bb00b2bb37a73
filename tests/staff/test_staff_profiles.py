"""Staff profiles (buddy, coach): always a PIN, apart from the learners, the first-start rule."""

import io
import json
from datetime import UTC, datetime

import pytest

from vaktaal.core.clock import FakeClock
from vaktaal.storage.learner_store import LearnerInputError
from vaktaal.usecases.learners import Learners, PinCheck

pytestmark = pytest.mark.both_databases

NOW = datetime(2026, 12, 6, 9, tzinfo=UTC)


@pytest.fixture
def learners(services):
    return Learners(services.learners, FakeClock(NOW))


def test_a_coach_and_a_buddy_carry_their_role_and_a_pin(learners):
    coach = learners.add_staff("Sanne", "coach", "1234")
    buddy = learners.add_staff("Pieter", "buddy", "5678")

    assert (coach.role, coach.is_staff, coach.has_pin) == ("coach", True, True)
    assert (buddy.role, buddy.is_staff) == ("buddy", True)
    assert [person.name for person in learners.staff()] == ["Pieter", "Sanne"]


def test_a_learner_is_not_staff(learners):
    amal = learners.add("Amal", ["ar"])
    assert (amal.role, amal.is_staff) == ("learner", False)


def test_staff_are_left_out_of_the_learner_list_for_practice(learners):
    learners.add_staff("Sanne", "coach", "1234")
    amal = learners.add("Amal", ["ar"])

    assert learners.all() == [amal]
    assert [person.name for person in learners.staff()] == ["Sanne"]


@pytest.mark.parametrize("pin_code", ["", "12", "abcd"])
def test_staff_without_a_good_pin_are_refused(learners, pin_code):
    with pytest.raises(LearnerInputError):
        learners.add_staff("Sanne", "coach", pin_code)
    assert learners.staff() == []


def test_an_unknown_role_is_refused_in_dutch(learners):
    with pytest.raises(LearnerInputError, match="buddy of coach"):
        learners.add_staff("Sanne", "learner", "1234")
    assert learners.staff() == []


def test_the_first_profile_may_be_a_coach(learners):
    assert not learners.has_profiles()
    coach = learners.add_first_coach("Sanne", "1234")
    assert coach.role == "coach" and learners.has_profiles()


def test_once_a_profile_exists_no_first_coach_can_be_made(learners):
    learners.add("Amal", ["ar"])
    with pytest.raises(LearnerInputError, match="Een coach maakt begeleiders"):
        learners.add_first_coach("Sanne", "1234")
    assert learners.staff() == []


def test_staff_pin_check_and_lockout_as_for_learners(services):
    clock = FakeClock(NOW)
    learners = Learners(services.learners, clock)
    coach = learners.add_staff("Sanne", "coach", "1234")

    assert learners.check_pin(coach.id, "1234") is PinCheck.OK
    results = [learners.check_pin(coach.id, "0000") for _ in range(3)]
    assert results == [PinCheck.WRONG, PinCheck.WRONG, PinCheck.LOCKED]
    assert learners.check_pin(coach.id, "1234") is PinCheck.LOCKED
    clock.advance(61)
    assert learners.check_pin(coach.id, "1234") is PinCheck.OK


def test_cli_staff_add_asks_the_pin_and_lists_json(tmp_path, cli, monkeypatch):
    data_dir = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO("4826\n"))
    added = cli("staff", "add", "Sanne", "--role", "coach", "--data-dir", data_dir)
    monkeypatch.setattr("sys.stdin", io.StringIO("1357\n"))
    buddy = cli("staff", "add", "Pieter", "--role", "buddy", "--data-dir", data_dir)
    listed = cli("staff", "list", "--json", "--data-dir", data_dir)
    learners = cli("learner", "list", "--json", "--data-dir", data_dir)

    assert (added.code, buddy.code, listed.code) == (0, 0, 0), added.err + buddy.err
    assert "Sanne" in added.out
    staff = {item["name"]: item for item in json.loads(listed.out)}
    assert {name: item["role"] for name, item in staff.items()} == {
        "Pieter": "buddy",
        "Sanne": "coach",
    }
    assert all(item["has_pin"] for item in staff.values())
    assert "4826" not in listed.out
    assert json.loads(learners.out) == []


def test_cli_staff_add_without_a_pin_is_refused(tmp_path, cli, monkeypatch):
    data_dir = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    result = cli("staff", "add", "Sanne", "--role", "coach", "--data-dir", data_dir)
    assert result.code != 0
    assert "pincode" in result.err and "Traceback" not in result.err
    assert json.loads(cli("staff", "list", "--json", "--data-dir", data_dir).out) == []


def test_cli_staff_list_as_a_table(tmp_path, cli, monkeypatch):
    data_dir = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO("4826\n"))
    cli("staff", "add", "Sanne", "--role", "coach", "--data-dir", data_dir)
    listed = cli("staff", "list", "--data-dir", data_dir)
    assert listed.code == 0 and "Sanne" in listed.out and "coach" in listed.out
