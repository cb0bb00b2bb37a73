"""Shared by the screenshot scripts of single widgets: the app, settling, saving a picture."""

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from vaktaal.paths import Paths
from vaktaal.ui.style import apply_style

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def styled_app() -> tuple[QApplication, Paths]:
    """The styled application, and paths whose bundled assets and decks are the real ones."""
    app = QApplication(sys.argv)
    apply_style(app)
    return app, Paths.create(Path("/nonexistent-vaktaal-shots"))


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str, settle_seconds: float = 0.3) -> None:
    settle(app, settle_seconds)
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")
