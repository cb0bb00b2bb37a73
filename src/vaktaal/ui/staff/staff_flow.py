"""From a staff login to the staff's screens: the staff home and the flows it opens.

Each task (buddy session, dashboard, reports, learner management, staff profiles) is a flow
of its own that gets this object as its `hub`: who is logged in, and the way back home.
"""

import logging
from typing import Protocol

from PySide6.QtCore import QObject

from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.staff.buddy.buddy_flow import BuddyFlow, PracticeHost
from vaktaal.ui.staff.dashboard.dashboard_flow import DashboardFlow
from vaktaal.ui.staff.learners.learners_flow import LearnersFlow
from vaktaal.ui.staff.report_dialog import open_report_dialog
from vaktaal.ui.staff.staff_home import StaffHomePage
from vaktaal.ui.tasks import Lane, Op
from vaktaal.usecases import Services
from vaktaal.usecases.learners import Learner

log = logging.getLogger(__name__)


class StaffHost(PracticeHost, Protocol):
    """The controller: the staff member logged in, the decks page and the profiles (and
    voice and speech engine for the buddy session)."""

    staff: Learner | None

    def show_decks(self) -> None: ...
    def show_picker(self) -> None: ...


class StaffFlow(QObject):
    def __init__(self, window: MainWindow, services: Services, host: StaffHost) -> None:
        super().__init__(window)
        self.window, self.services, self.host = window, services, host
        self._warmed = False
        self.home_page = StaffHomePage(window.library)
        window.stack.addWidget(self.home_page)
        self.home_page.decks_requested.connect(host.show_decks)
        self.home_page.logout_requested.connect(host.show_picker)
        self.learners = LearnersFlow(window, services, self)  # coach: learners and staff
        self.home_page.learners_requested.connect(self.learners.start)
        self.home_page.staff_requested.connect(self.learners.start_staff)
        self.buddy = BuddyFlow(window, services, self)  # practise together with a learner
        self.home_page.buddy_requested.connect(self.buddy.start)
        self.dashboard = DashboardFlow(window, services, self)  # all learners, one table
        self.home_page.dashboard_requested.connect(self.dashboard.start)
        self.home_page.report_requested.connect(
            lambda: open_report_dialog(window, services, window.tasks)  # a report for the employer
        )

    @property
    def staff(self) -> Learner | None:
        """The buddy or coach logged in (None once the profiles are shown again)."""
        return self.host.staff

    def show_home(self) -> None:
        person = self.host.staff
        if person is None:  # logged out meanwhile (idle time-out)
            self.host.show_picker()
            return
        self.home_page.show_person(person)
        self.window.show_page(self.home_page)
        if not self._warmed:  # the first overview then opens at once
            self._warmed = True
            warm = Op(self.services.dashboard.warm, on_error=_log_warm_failure, lane=Lane.CPU)
            self.window.tasks.run(warm)


def _log_warm_failure(error: Exception) -> None:
    """Warming up is only for speed: the dashboard itself reads again and shows problems."""
    log.warning("Dashboard warm-up failed: %s", error)
