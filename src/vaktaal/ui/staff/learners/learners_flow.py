"""From the staff home to 'Leerlingen beheren' and 'Begeleiders' (a coach only).

Every change is an op on the database lane with `changes=LEARNERS`, so the profiles page
shows it. A staff session means no learner is logged in on this PC (the controller ends the
learner's session at a staff login), so a coach never deletes a profile that is in use.
"""

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.staff.learners.coach_flow import CoachFlow, Hub
from vaktaal.ui.staff.learners.decks_dialog import DecksDialog
from vaktaal.ui.staff.learners.delete_dialog import DeleteDialog, footprint_lines
from vaktaal.ui.staff.learners.edit_dialog import LearnerEditDialog
from vaktaal.ui.staff.learners.learners_page import LearnersPage
from vaktaal.ui.staff.learners.pin_reset_dialog import PinResetDialog
from vaktaal.ui.staff.learners.staff_profiles_flow import StaffProfilesFlow
from vaktaal.usecases import Services
from vaktaal.usecases.changes import NOTHING
from vaktaal.usecases.decks import DeckSummary
from vaktaal.usecases.learner_management import Footprint
from vaktaal.usecases.learners import Learner

SavePath = Callable[[QWidget, Learner], Path | None]


class LearnersFlow(CoachFlow):
    def __init__(
        self, window: MainWindow, services: Services, hub: Hub, ask_path: SavePath | None = None
    ) -> None:
        super().__init__(window, services, hub)
        self.ask_path = ask_path or ask_save_path  # tests answer without a file dialog
        self.page = LearnersPage(window.library)
        window.stack.addWidget(self.page)
        self.page.back_requested.connect(hub.show_home)
        self.page.edit_requested.connect(self.edit)
        self.page.pin_requested.connect(self.reset_pin)
        self.page.decks_requested.connect(self.choose_decks)
        self.page.export_requested.connect(self.export)
        self.page.delete_requested.connect(self.delete)
        self.staff_profiles = StaffProfilesFlow(window, services, hub)

    def start(self) -> None:
        """'Leerlingen beheren' from the staff home."""
        if self.coach() is not None:
            self.page.show_message("")
            self.reload()

    def start_staff(self) -> None:
        """'Begeleiders' from the staff home."""
        self.staff_profiles.start()

    def reload(self) -> None:
        learners, decks = self.services.learners, self.services.decks
        self.run(lambda: (learners.all(), decks.list_decks()), self._ready, self.page, NOTHING)

    def _ready(self, found: tuple[list[Learner], list[DeckSummary]]) -> None:
        if self.coach() is None:  # logged out meanwhile
            return
        self.page.show_learners(*found)
        self.window.show_page(self.page)

    def _saved(self, text: str) -> Callable[[object], None]:
        return self.saved(self.page, text)

    def edit(self, learner: Learner) -> None:
        if self.coach() is None:
            return
        dialog = LearnerEditDialog(learner, self.window.library, self.window)
        if not dialog.exec() or self.coach() is None:  # logged out meanwhile
            return
        name, languages, avatar = dialog.name.text().strip(), dialog.languages(), dialog.avatar()
        done = self._saved(self.tr("{name} is gewijzigd.").format(name=name))
        self.run(lambda: self.manage.edit(learner, name, languages, avatar), done, self.page)

    def reset_pin(self, learner: Learner) -> None:
        if self.coach() is None:
            return
        dialog = PinResetDialog(learner.name, self.window.library, self.window)
        if not dialog.exec() or self.coach() is None:  # logged out meanwhile
            return
        pin = dialog.pin_code()
        if pin:
            text = self.tr("{name} heeft een nieuwe pincode.")
        else:
            text = self.tr("{name} heeft geen pincode meer.")
        done = self._saved(text.format(name=learner.name))
        self.run(lambda: self.manage.reset_pin(learner, pin), done, self.page)

    def choose_decks(self, learner: Learner) -> None:
        if self.coach() is not None:
            manage = self.manage
            self.run(
                lambda: (manage.get(learner.id), self.services.decks.list_decks()),
                self._decks_known, self.page, NOTHING,
            )  # fmt: skip

    def _decks_known(self, found: tuple[Learner, list[DeckSummary]]) -> None:
        learner, decks = found
        dialog = DecksDialog(learner, decks, self.window.library, self.window)
        if self.coach() is None or not dialog.exec():
            return
        chosen, manage = dialog.chosen(), self.manage
        done = self._saved(self.tr("De pakketten van {name} zijn opgeslagen.").format(
            name=learner.name
        ))  # fmt: skip
        self.run(lambda: manage.set_decks(manage.get(learner.id), chosen), done, self.page)

    def export(self, learner: Learner) -> None:
        """One zip with JSON and CSV; a bad folder gives a message and no file."""
        path = self.ask_path(self.window, learner) if self.coach() is not None else None
        if path is None:
            return
        text = self.tr("De gegevens van {name} staan in {path}.").format(
            name=learner.name, path=path
        )
        done = self._saved(text)
        self.run(lambda: self.manage.export(learner, path), done, self.page, NOTHING)

    def delete(self, learner: Learner) -> None:
        if self.coach() is not None:
            footprint = self.manage.footprint
            self.run(
                lambda: footprint(learner),
                lambda gone: self._confirm_delete(learner, gone), self.page, NOTHING,
            )  # fmt: skip

    def _confirm_delete(self, learner: Learner, gone: Footprint) -> None:
        lines = footprint_lines(learner.name, gone)
        dialog = DeleteDialog(learner.name, lines, self.window.library, self.window)
        if self.coach() is None or not dialog.exec():
            return
        done = self._saved(self.tr("{name} is verwijderd.").format(name=learner.name))
        self.run(lambda: self.manage.delete(learner), done, self.page)


def ask_save_path(parent: QWidget, learner: Learner) -> Path | None:
    """A save-file dialog; the name ends in .zip."""
    plain = re.sub(r"[^\w-]+", "-", learner.name).strip("-") or "leerling"
    suggested = Path.home() / f"vaktaal-{plain}-{date.today().isoformat()}.zip"
    title = QCoreApplication.translate("LearnersPage", "Gegevens opslaan")
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), "Zip (*.zip)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")
