"""The dashboard screens: the table of learners (sorting, the deck filter), a learner's page
with charts and notes, and no dashboard for a learner session."""

import time
from datetime import UTC, datetime, timedelta

import pytest

pytest.importorskip("pytestqt")

from dashboard_data import PEOPLE, make_demo  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from deckbuilder import bundled_safety_count  # noqa: E402
from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402
from vaktaal.ui.staff.dashboard.dashboard_page import DashboardPage  # noqa: E402
from vaktaal.ui.staff.dashboard.standings_model import Column  # noqa: E402
from vaktaal.usecases.dashboard import DeckStanding, LearnerStanding  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 20_000
PEOPLE_HERE = PEOPLE[:3]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dashboard") / "data"
    return folder, make_demo(folder, days=16, people=PEOPLE_HERE)


def open_window(qtbot, demo):
    folder, now = demo
    window = create_window(folder, clock=FakeClock(now), speaker=FakeSpeaker())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.picker, timeout=WAIT_MS)
    return window


@pytest.fixture
def dashboard(qtbot, demo):
    """The app, a coach logged in, the dashboard shown."""
    window = open_window(qtbot, demo)
    controller = window.controller
    controller.start_staff_session(next(p for p in staff(qtbot, window) if p.role == "coach"))
    home = controller.staff_flow.home_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home, timeout=WAIT_MS)
    qtbot.mouseClick(home.buttons["dashboard"], LEFT)
    flow = controller.staff_flow.dashboard
    qtbot.waitUntil(lambda: window.stack.currentWidget() is flow.page, timeout=WAIT_MS)
    return window, flow


def staff(qtbot, window):
    found = []
    learners = window.controller.services.learners
    from vaktaal.ui.tasks import Op

    window.tasks.run(Op(learners.staff, found.append))
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    return found[0]


def on_database_lane(window, name):
    """The dashboard use case's answer, asked as the app asks it (not on the GUI thread)."""
    from vaktaal.ui.tasks import Op

    found = []
    work = getattr(window.controller.services.dashboard, name)
    window.tasks.run(Op(work, found.append))
    deadline = time.monotonic() + WAIT_MS / 1000
    while not found and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    return found[0]


def shown(page: DashboardPage, column: Column) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_table_shows_every_learner_with_figures(dashboard) -> None:
    _window, flow = dashboard
    page = flow.page
    assert sorted(shown(page, Column.NAME)) == sorted(p.name for p in PEOPLE_HERE)
    assert shown(page, Column.NAME) == sorted(shown(page, Column.NAME))  # by name at first
    rows = {row.name: row for row in on_database_lane(_window, "table")}
    learned = {name: str(sum(deck.learned for deck in row.decks)) for name, row in rows.items()}
    assert dict(zip(shown(page, Column.NAME), shown(page, Column.LEARNED), strict=True)) == learned
    assert any(int(n) > 0 for n in learned.values())  # the demo learners learned words
    retention = shown(page, Column.RETENTION)
    assert all(text.endswith("%") or text == "–" for text in retention)
    assert any(text.endswith("%") for text in retention)
    assert page.decks.itemText(0) == "Alle pakketten" and page.decks.count() >= 3
    tip = page.proxy.index(0, Column.LEARNED).data(Qt.ItemDataRole.ToolTipRole)
    assert "magazijn" in tip.lower() or "werk" in tip.lower()


def standing(name: str, learned: int, last_days_ago: int | None) -> LearnerStanding:
    now = datetime(2026, 12, 3, 12, tzinfo=UTC)
    last = now - timedelta(days=last_days_ago) if last_days_ago is not None else None
    deck = DeckStanding("d", "Pakket", 500, learned, 3)
    return LearnerStanding(
        1000 + learned, name, ("ar",), last, 1, (deck,), 10, 0.5, 0, 0, 0, None, 0
    )


def click_header(qtbot, page: DashboardPage, column: Column) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def test_sorting_by_a_number_sorts_numerically_and_dates_as_dates(qtbot, on_screen) -> None:
    from vaktaal.core.pictograms import PictogramLibrary
    from vaktaal.paths import Paths

    library = PictogramLibrary(Paths.create("/nonexistent-vaktaal").assets_dir)
    page = DashboardPage(library)
    on_screen(page)
    rows = [standing("A", 9, 40), standing("B", 100, None), standing("C", 10, 2)]
    page.show_standings(rows)
    click_header(qtbot, page, Column.LEARNED)
    assert shown(page, Column.LEARNED) == ["9", "10", "100"]  # as text: 10, 100, 9
    click_header(qtbot, page, Column.LEARNED)
    assert shown(page, Column.LEARNED) == ["100", "10", "9"]
    click_header(qtbot, page, Column.LAST)
    assert shown(page, Column.NAME) == ["B", "A", "C"]  # never, then oldest first


def test_the_deck_filter_shows_that_decks_figures(qtbot, dashboard) -> None:
    _window, flow = dashboard
    page = flow.page
    every = {row.name: row for row in page.model.rows}
    index = page.decks.findData("magazijn-installatie")
    page.decks.setCurrentIndex(index)
    page.decks.activated.emit(index)
    qtbot.waitUntil(lambda: all(len(row.decks) == 1 for row in page.model.rows), timeout=WAIT_MS)
    for row in page.model.rows:
        deck = next(d for d in every[row.name].decks if d.deck_id == "magazijn-installatie")
        assert row.decks[0].learned == deck.learned
        assert row.must_know_total <= every[row.name].must_know_total
    learned = [int(text) for text in shown(page, Column.LEARNED)]
    totals = [sum(d.learned for d in every[name].decks) for name in shown(page, Column.NAME)]
    assert learned != totals and all(a <= b for a, b in zip(learned, totals, strict=True))


def test_enter_opens_the_learner_page_with_charts_and_notes(qtbot, dashboard) -> None:
    window, flow = dashboard
    page = flow.page
    amal = next(r for r in range(page.proxy.rowCount()) if "Amal" in shown(page, Column.NAME)[r])
    page.table.selectRow(amal)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    learner = flow.learner_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is learner, timeout=WAIT_MS)
    assert learner.title.text() == "Amal Haddad"
    assert learner.reviews_chart.chart().series()  # answers per day
    assert sum(s.count() for s in learner.learned_chart.series) == 30
    assert learner.right_chart.series
    assert learner.notes.count() >= 2  # a buddy session every Wednesday
    safety = bundled_safety_count("magazijn-installatie") + bundled_safety_count("eerste-werkweken")
    assert learner.must_know.count() == safety  # the safety terms of both decks
    assert "Volgende keer" in all_text(learner)
    qtbot.keyClick(learner, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=WAIT_MS)


def all_text(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_a_learner_session_cannot_open_the_dashboard(qtbot, demo) -> None:
    window = open_window(qtbot, demo)
    qtbot.waitUntil(lambda: len(window.picker.grid.tiles) == len(PEOPLE_HERE), timeout=WAIT_MS)
    qtbot.mouseClick(window.picker.grid.tiles[0], LEFT)  # demo learners have no PIN
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=WAIT_MS)
    flow = window.controller.staff_flow.dashboard
    flow.start()
    flow.open_learner(1)
    window.tasks.wait_until_idle()
    qtbot.wait(200)
    assert window.stack.currentWidget() is window.home
    assert flow.page.model.rowCount() == 0
    assert window.controller.staff is None
