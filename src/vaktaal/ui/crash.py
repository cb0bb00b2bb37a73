"""An unexpected error never shows a traceback: it is logged, and the user gets a calm message."""

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


def install_crash_handler() -> None:
    sys.excepthook = _handle


def _handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    log.critical("unexpected error", exc_info=(kind, error, trace))
    QMessageBox.warning(
        None,
        QCoreApplication.translate("crash", "Er ging iets mis"),
        QCoreApplication.translate(
            "crash", "Er ging iets mis. Wat je al gedaan hebt, is bewaard.\nMeld dit bij IT."
        ),
    )
