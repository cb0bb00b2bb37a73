"""The dashboard's memory of the review log with several PCs on one PostgreSQL: two PCs may
commit their answers out of order, so an answer can appear with a lower number than one the
memory already read. It must still be counted."""

from datetime import timedelta

import pytest
from sqlalchemy import func, insert, select
from test_dashboard_figures import answer, comparable, world  # noqa: F401 (world: a fixture)

from vaktaal.storage.dashboard_figures import Period
from vaktaal.storage.dashboard_store import DashboardStore
from vaktaal.storage.tables import ReviewLogRow

pytestmark = [pytest.mark.both_databases, pytest.mark.only_postgresql]


def test_an_answer_committed_late_with_a_lower_number_is_counted(world) -> None:  # noqa: F811
    backend, clock, _learners, _pool = world
    answer(world, "amal", "nooduitgang")
    with backend.engine.connect() as connection:
        last, card = connection.execute(
            select(func.max(ReviewLogRow.id), func.max(ReviewLogRow.card_id))
        ).one()
    store = DashboardStore(backend.engine)

    def figures_agree() -> bool:
        now = clock.now()
        period = Period(now - timedelta(days=30), now + timedelta(hours=1))
        remembered = store.figures(now, 0, period, period)
        counted = store.figures(now, 0, period, period, from_memory=False)
        return comparable(remembered) == comparable(counted)

    def stored_by_a_pc(number: int) -> None:
        row = {"card_id": card, "rating": 3, "duration_ms": 900, "exercise_kind": "recall"}
        with backend.engine.begin() as connection:
            connection.execute(
                insert(ReviewLogRow).values(id=number, reviewed_at=clock.now(), **row)
            )

    stored_by_a_pc(last + 10)  # the quicker PC
    assert figures_agree()
    stored_by_a_pc(last + 5)  # the slower PC's answer, committed after it
    assert figures_agree()
