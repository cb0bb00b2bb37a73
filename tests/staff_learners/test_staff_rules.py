"""Staff profiles in the use case: a coach changes a PIN, deletes a buddy or coach, but never
themselves and never the last coach; a learner's decks are set in one go; the footprint
counts buddy sessions."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from vaktaal.storage.tables import LearnerRow
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.learners import PinCheck

pytestmark = pytest.mark.both_databases

WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def manage(services):
    return services.services.learners.manage


def profiles(services) -> int:
    with services.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(LearnerRow)).scalar_one()


def test_a_coach_deletes_a_buddy(services):
    sanne = services.learners.add_staff("Sanne", "coach", "4826")
    piet = services.learners.add_staff("Piet", "buddy", "1357")

    manage(services).delete_staff(piet, acting=sanne)

    assert [person.name for person in services.learners.staff()] == ["Sanne"]


def test_nobody_deletes_themselves(services, dump_database):
    sanne = services.learners.add_staff("Sanne", "coach", "4826")
    services.learners.add_staff("Kees", "coach", "1357")
    before = dump_database(services.engine)

    with pytest.raises(UseCaseError, match="jezelf"):
        manage(services).delete_staff(sanne, acting=sanne)

    assert dump_database(services.engine) == before


def test_the_last_coach_stays(services, dump_database):
    sanne = services.learners.add_staff("Sanne", "coach", "4826")
    kees = services.learners.add_staff("Kees", "coach", "1357")
    piet = services.learners.add_staff("Piet", "buddy", "2468")
    manage(services).delete_staff(kees, acting=sanne)  # two coaches: one may go
    before = dump_database(services.engine)

    with pytest.raises(UseCaseError, match="altijd een coach"):
        manage(services).delete_staff(sanne, acting=piet)

    assert dump_database(services.engine) == before
    assert profiles(services) == 2


def test_delete_staff_refuses_a_learner(services):
    sanne = services.learners.add_staff("Sanne", "coach", "4826")
    amal = services.learners.add("Amal", ["ar"])

    with pytest.raises(UseCaseError, match="geen begeleider"):
        manage(services).delete_staff(amal, acting=sanne)

    assert [x.name for x in services.learners.all()] == ["Amal"]


def test_a_staff_pin_is_changed_and_always_required(services):
    piet = services.learners.add_staff("Piet", "buddy", "2468")

    manage(services).staff_pin(piet, "1357")

    assert services.services.learners.check_pin(piet.id, "1357") is PinCheck.OK
    assert services.services.learners.check_pin(piet.id, "2468") is PinCheck.WRONG
    with pytest.raises(UseCaseError, match="altijd een pincode"):
        manage(services).staff_pin(piet, "")
    amal = services.learners.add("Amal", ["ar"])
    with pytest.raises(UseCaseError, match="altijd een pincode"):
        manage(services).staff_pin(amal, "1111")  # not for learners: reset_pin is


def test_set_decks_gives_exactly_those_and_marks_them_chosen(services, deck_dir, import_deck):
    import_deck(services, deck_dir)
    amal = services.learners.add("Amal", ["ar"])
    deck = amal.decks[0]

    amal = manage(services).set_decks(amal, [])
    assert amal.decks == ()
    amal = manage(services).set_decks(amal, [deck])
    assert amal.decks == (deck,)
    with pytest.raises(UseCaseError, match="niet geïnstalleerd"):
        manage(services).set_decks(amal, ["bestaat-niet"])
    assert manage(services).get(amal.id).decks == (deck,)


def test_the_footprint_counts_buddy_sessions(services):
    amal = services.learners.add("Amal", ["ar"])
    piet = services.learners.add_staff("Piet", "buddy", "2468")
    services.buddies.start(amal.id, piet.id, piet.name, 15, WHEN)

    assert manage(services).footprint(amal).buddy_sessions == 1
    assert manage(services).delete(amal).buddy_sessions == 1
    assert manage(services).footprint(piet).buddy_sessions == 0
