"""Whether the database server is away, and getting back to work when it returns.

Answers given while it is away are kept on this PC (usecases/kept_answers.py). The watch
hears of each answer (`note`), shows the practice page's banner while answers wait, and
tries to store them every few seconds, and once at start-up. When a page cannot be loaded
because the server is away (`wait`), "Even wachten op de server…" is shown and the page is
tried again every few seconds: no restart, no "Er ging iets mis".
"""

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget
from shiboken6 import isValid

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.practice.server_banner import ServerWaitPage
from vaktaal.ui.signals import emit
from vaktaal.ui.tasks import Op, TaskManager
from vaktaal.usecases.kept_answers import Saved, server_away

log = logging.getLogger(__name__)

RETRY_MS = 5000


class PageHost(Protocol):
    """The main window, as far as the waiting page needs it."""

    library: PictogramLibrary
    stack: QStackedWidget

    def show_page(self, page: QWidget) -> None: ...


class ServerWatch(QObject):
    away_changed = Signal(bool)  # True: answers wait on this PC for the server

    def __init__(
        self, tasks: TaskManager, replay: Callable[[], int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.replay = replay  # stores the kept answers; returns how many still wait
        self.away = False
        self._replaying = False
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        self.again = QTimer(self)  # one try again of a page at a time
        self.again.setSingleShot(True)
        self.again.setInterval(RETRY_MS)
        self._page: ServerWaitPage | None = None
        self._try_again: Callable[[], None] = _nothing
        self.again.timeout.connect(lambda: self._try_again())

    def note(self, saved: object) -> None:
        """The result of recording an answer."""
        if saved is Saved.KEPT:
            self._set_away(True)
        elif saved is Saved.STORED:
            self._set_away(False)  # stored at once: nothing waits before it

    def retry(self) -> None:
        """Store the kept answers (on the database lane, after what is queued there)."""
        if self._replaying:
            return
        self._replaying = True
        self.tasks.run(Op(self.replay, self._replayed, self._replay_failed))

    def wait(self, host: PageHost, again: Callable[[], None]) -> None:
        """The server is away and nothing could be loaded: show the waiting page and call
        `again` in a few seconds (it ends up here again while the server is away)."""
        page = self._page
        if page is None or not isValid(page) or host.stack.indexOf(page) < 0:
            page = self._page = ServerWaitPage(host.library)
            host.stack.addWidget(page)
        host.show_page(page)
        self._try_again = again
        self.again.start()

    def is_away(self, error: Exception) -> bool:
        """Whether an error means the server is away (for the controller's error handler)."""
        return server_away(error)

    def _replayed(self, waiting: int) -> None:
        self._replaying = False
        self._set_away(waiting > 0)

    def _replay_failed(self, error: Exception) -> None:
        self._replaying = False
        log.error("kept answers not stored: %s", error)

    def _set_away(self, away: bool) -> None:
        if away and not self.timer.isActive():
            self.timer.start()
        elif not away:
            self.timer.stop()
        if away != self.away:
            self.away = away
            emit(self.away_changed, away)


def _nothing() -> None:
    """Nothing to try again yet."""
