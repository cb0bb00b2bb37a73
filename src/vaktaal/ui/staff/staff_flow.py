"""From a staff login to the staff's screens: the staff home and the flows it opens.

Each task (buddy session, dashboard, reports, learner management, staff profiles) is a flow
of its own that gets this object as its `hub`: who is logged in, and the way back home.
"""

from typing import Protocol

from PySide6.QtCore import QObject

from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.staff.staff_home import StaffHomePage
from vaktaal.usecases import Services
from vaktaal.usecases.learners import Learner


class StaffHost(Protocol):
    """The controller: the staff member logged in, the decks page and the profiles."""

    staff: Learner | None

    def show_decks(self) -> None: ...
    def show_picker(self) -> None: ...


class StaffFlow(QObject):
    def __init__(self, window: MainWindow, services: Services, host: StaffHost) -> None:
        super().__init__(window)
        self.window, self.services, self.host = window, services, host
        self.home_page = StaffHomePage(window.library)
        window.stack.addWidget(self.home_page)
        self.home_page.decks_requested.connect(host.show_decks)
        self.home_page.logout_requested.connect(host.show_picker)

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
