"""Printing draws text and pictures, so Qt needs a (possibly invisible) GUI application."""

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new one; offscreen when there is no display."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1] or ["vaktaal"])


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
