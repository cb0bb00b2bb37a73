"""An unexpected error never shows a traceback: it is logged, and the user gets a calm message.

Errors can be raised on any thread (the microphone's, a worker's); a message box may only be
opened on the GUI thread. So every error is logged where it happens, and the message is
handed to the GUI thread through a queued signal.
"""

import contextlib
import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from vaktaal.ui.signals import emit

log = logging.getLogger(__name__)


class CrashReporter(QObject):
    """Lives on the GUI thread; shows one calm message at a time."""

    reported = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.showing = False
        self.shown = 0
        self.reported.connect(self.show_message, Qt.ConnectionType.QueuedConnection)

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """From any thread: log, then ask the GUI thread to tell the user."""
        where = threading.current_thread().name
        log.critical("unexpected error on thread %s", where, exc_info=(kind, error, trace))
        with contextlib.suppress(RuntimeError):  # the app is closing: the log has it
            emit(self.reported)

    @Slot()
    def show_message(self) -> None:
        self.shown += 1
        if self.showing:  # one message box is enough
            return
        self.showing = True
        try:
            QMessageBox.warning(
                None,
                QCoreApplication.translate("crash", "Er ging iets mis"),
                QCoreApplication.translate(
                    "crash",
                    "Er ging iets mis. Wat je al gedaan hebt, is bewaard.\nMeld dit bij IT.",
                ),
            )
        finally:
            self.showing = False


def install_crash_handler(parent: QObject | None = None) -> CrashReporter:
    """Errors of the GUI thread and of every other thread go to one reporter."""
    reporter = CrashReporter(parent or QCoreApplication.instance())
    sys.excepthook = reporter.handle

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            reporter.handle(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
    return reporter
