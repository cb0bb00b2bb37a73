"""'Begeleiders' (a coach only): add a buddy or coach, change a PIN, delete one.

Nobody deletes themselves, and the last coach stays: the buttons say so, and the use case
refuses as well (tests/staff_learners).
"""

from collections.abc import Callable

from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.staff.learners.coach_flow import CoachFlow, Hub
from vaktaal.ui.staff.learners.delete_dialog import DeleteDialog
from vaktaal.ui.staff.learners.pin_reset_dialog import PinResetDialog
from vaktaal.ui.staff.learners.staff_dialog import StaffDialog
from vaktaal.ui.staff.learners.staff_page import StaffPage
from vaktaal.usecases import Services
from vaktaal.usecases.changes import NOTHING
from vaktaal.usecases.learners import Learner


class StaffProfilesFlow(CoachFlow):
    def __init__(self, window: MainWindow, services: Services, hub: Hub) -> None:
        super().__init__(window, services, hub)
        self.page = StaffPage(window.library)
        window.stack.addWidget(self.page)
        self.page.back_requested.connect(hub.show_home)
        self.page.add_requested.connect(self.add)
        self.page.pin_requested.connect(self.change_pin)
        self.page.delete_requested.connect(self.delete)

    def start(self) -> None:
        if self.coach() is not None:
            self.page.show_message("")
            self.reload()

    def reload(self) -> None:
        self.run(self.services.learners.staff, self._ready, self.page, NOTHING)

    def _ready(self, staff: list[Learner]) -> None:
        me = self.coach()
        if me is None:  # logged out meanwhile
            return
        self.page.show_staff(staff, me)
        self.window.show_page(self.page)

    def _saved(self, text: str) -> Callable[[object], None]:
        return self.saved(self.page, text)

    def add(self) -> None:
        if self.coach() is None:
            return
        dialog = StaffDialog(self.window.library, self.window)
        if not dialog.exec() or self.coach() is None:  # logged out meanwhile
            return
        new, learners = dialog.values(), self.services.learners
        done = self._saved(self.tr("{name} is toegevoegd.").format(name=new.name))
        self.run(lambda: learners.add_staff(new.name, new.role, new.pin), done, self.page)

    def change_pin(self, person: Learner) -> None:
        if self.coach() is None:
            return
        dialog = PinResetDialog(person.name, self.window.library, self.window, allow_none=False)
        if not dialog.exec() or self.coach() is None:
            return
        pin = dialog.pin_code() or ""
        done = self._saved(self.tr("{name} heeft een nieuwe pincode.").format(name=person.name))
        self.run(lambda: self.manage.staff_pin(person, pin), done, self.page)

    def delete(self, person: Learner) -> None:
        if self.coach() is None:
            return
        line = self.tr("het profiel van {name}").format(name=person.name)
        dialog = DeleteDialog(person.name, [line], self.window.library, self.window)
        me = self.coach() if dialog.exec() else None
        if me is None:
            return
        done = self._saved(self.tr("{name} is verwijderd.").format(name=person.name))
        self.run(lambda: self.manage.delete_staff(person, me), done, self.page)
