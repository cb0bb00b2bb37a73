"""Start the app: window first, then open the database and bundled decks in the background."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from vaktaal.app import Services, install_bundled_decks, open_services
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths
from vaktaal.storage.database import DatabaseTooNew
from vaktaal.storage.deck_store import DeckSummary
from vaktaal.ui.crash import install_crash_handler
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.style import apply_style


def launch(data_dir: str | Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("vaktaal")
    apply_style(app)
    install_crash_handler()
    window = create_window(data_dir)
    window.show()
    return app.exec()


def create_window(data_dir: str | Path | None) -> MainWindow:
    """The main window, already loading its decks in the background."""
    window = MainWindow(PictogramLibrary(Paths.create(data_dir).assets_dir))
    window.tasks.run(
        lambda: _prepare(data_dir),
        lambda result: window.show_decks(result[1]),
        lambda error: window.show_problem(_problem_text(window, error)),
    )
    return window


def _prepare(data_dir: str | Path | None) -> tuple[Services, list[DeckSummary]]:
    services = open_services(data_dir)
    install_bundled_decks(services)
    return services, services.decks.list_decks()


def _problem_text(window: MainWindow, error: Exception) -> str:
    if isinstance(error, DatabaseTooNew):
        return window.tr(
            "Deze gegevens zijn gemaakt met een nieuwere Vaktaal. Vraag om een update."
        )
    if isinstance(error, OSError):
        return window.tr(
            "Vaktaal kan zijn gegevens niet openen of opslaan. Is de schijf vol? Vraag hulp aan IT."
        )
    return window.tr(
        "Er ging iets mis bij het starten. Start Vaktaal opnieuw. Lukt het niet? Vraag hulp aan IT."
    )
