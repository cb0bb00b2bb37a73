"""From the staff home to the dashboard ("Overzicht") and on to one learner's page.

Everything is read through the dashboard use case as ops on the database lane; a learner
session never gets here (the staff home is the only way in, and `start` checks the login).
"""

import logging
from typing import Protocol

from PySide6.QtCore import QObject

from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.staff.dashboard.dashboard_page import DashboardPage
from vaktaal.ui.staff.dashboard.learner_page import LearnerPage
from vaktaal.ui.tasks import Op
from vaktaal.usecases import Services
from vaktaal.usecases.dashboard import LearnerDetail, LearnerStanding
from vaktaal.usecases.learners import Learner

log = logging.getLogger(__name__)

Decks = list[tuple[str, str]]


class Hub(Protocol):
    """The staff flow: who is logged in, and the way back to the staff home."""

    @property
    def staff(self) -> Learner | None: ...

    def show_home(self) -> None: ...


class DashboardFlow(QObject):
    def __init__(self, window: MainWindow, services: Services, hub: Hub) -> None:
        super().__init__(window)
        self.window, self.dashboard, self.hub = window, services.dashboard, hub
        self.page = DashboardPage(window.library)
        self.learner_page = LearnerPage(window.library)
        for page in (self.page, self.learner_page):
            window.stack.addWidget(page)
        self.page.back_requested.connect(hub.show_home)
        self.page.deck_chosen.connect(self.show_deck)
        self.page.learner_requested.connect(self.open_learner)
        self.learner_page.back_requested.connect(self.back_to_table)

    def allowed(self) -> bool:
        """Staff only: a buddy or coach is logged in."""
        if self.hub.staff is None:
            log.warning("dashboard refused: no staff logged in")
            return False
        return True

    def start(self) -> None:
        """'Overzicht' from the staff home: the deck filter and the table, in one op."""
        if not self.allowed():
            return
        dashboard = self.dashboard
        deck = self.page.chosen_deck() or None
        busy = self.tr("Overzicht laden…")
        self.window.tasks.run(
            Op(lambda: (dashboard.decks(), dashboard.table(deck)), self._ready, busy=busy)
        )

    def _ready(self, found: tuple[Decks, list[LearnerStanding]]) -> None:
        if not self.allowed():
            return
        decks, rows = found
        self.page.show_decks(decks, self.page.chosen_deck())
        self.window.show_page(self.page)
        self.page.show_standings(rows)

    def show_deck(self, deck_id: str) -> None:
        """The figures of one deck ("" all decks)."""
        if not self.allowed():
            return
        dashboard = self.dashboard
        self.window.tasks.run(
            Op(lambda: dashboard.table(deck_id or None), self._table_ready, busy=self.tr("Laden…"))
        )

    def _table_ready(self, rows: list[LearnerStanding]) -> None:
        if self.allowed():
            self.page.show_standings(rows)

    def back_to_table(self) -> None:
        if self.allowed():
            self.window.show_page(self.page)
            self.page.table.setFocus()

    def open_learner(self, learner_id: int) -> None:
        if not self.allowed():
            return
        dashboard = self.dashboard
        self.window.tasks.run(
            Op(lambda: dashboard.learner(learner_id), self._learner_ready, busy=self.tr("Laden…"))
        )

    def _learner_ready(self, detail: LearnerDetail) -> None:
        if not self.allowed():
            return
        self.window.show_page(self.learner_page)
        self.learner_page.show_detail(detail)
