"""What the coach's management flows share: the coach check, ops, and calm messages."""

import logging
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject

from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.tasks import Lane, Op
from vaktaal.usecases import Services
from vaktaal.usecases.changes import LEARNERS, Changes
from vaktaal.usecases.errors import UseCaseError
from vaktaal.usecases.learners import Learner

log = logging.getLogger(__name__)

T = TypeVar("T")


class Hub(Protocol):
    """The staff flow: who is logged in, and the way back to the staff home."""

    @property
    def staff(self) -> Learner | None: ...

    def show_home(self) -> None: ...


class MessagePage(Protocol):
    def show_message(self, text: str, problem: bool = False) -> None: ...


class CoachFlow(QObject):
    def __init__(self, window: MainWindow, services: Services, hub: Hub) -> None:
        super().__init__(window)
        self.window, self.services, self.hub = window, services, hub
        self.manage = services.learners.manage

    def coach(self) -> Learner | None:
        """The coach logged in; None (and nothing happens) for a buddy, a learner or nobody."""
        person = self.hub.staff
        if person is None or person.role != "coach":
            log.warning("learner management refused: no coach logged in")
            return None
        return person

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        page: MessagePage,
        changes: Changes = LEARNERS,
    ) -> None:
        """Database work on the database lane; a refusal is shown on `page`, in Dutch."""
        self.window.tasks.run(
            Op(
                work,
                on_done,
                lambda error: self.failed(page, error),
                Lane.DATABASE,
                changes=changes,
            )
        )

    def failed(self, page: MessagePage, error: Exception) -> None:
        if isinstance(error, UseCaseError):
            page.show_message(str(error), problem=True)
        else:
            log.error("learner management failed: %s", error)
            page.show_message(self.tr("Er ging iets mis. Er is niets veranderd."), problem=True)
        self.reload()

    def saved(self, page: MessagePage, text: str) -> Callable[[object], None]:
        """After a change: say so on `page`, and show the list again."""

        def done(_result: object) -> None:
            page.show_message(text)
            self.reload()

        return done

    def reload(self) -> None:
        """Show the page again with fresh data."""
