"""Start the app: window first, then open the database and bundled decks in the background."""

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from vaktaal.app import open_services
from vaktaal.core.clock import Clock
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths
from vaktaal.speech.tts import Speaker
from vaktaal.ui.controller import Controller
from vaktaal.ui.crash import install_crash_handler
from vaktaal.ui.garbage import GuiThreadCollector
from vaktaal.ui.i18n import choose_language, install_translation
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.style import apply_style
from vaktaal.ui.tasks import Op
from vaktaal.ui.window_place import PLACE_FILE
from vaktaal.usecases import Services
from vaktaal.usecases.changes import DECKS
from vaktaal.usecases.errors import DatabaseConnectionError, DatabaseTooNew
from vaktaal.usecases.settings import AppSettings


def launch(data_dir: str | Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare_application(app)
    install_crash_handler(app)
    GuiThreadCollector(app)  # no cycle collection on worker threads
    window = create_window(data_dir)
    window.show_placed()  # maximised, or as it was left on this PC
    return app.exec()


def prepare_application(app: QApplication) -> None:
    """Name, style and language of the app; before the first window is made."""
    app.setApplicationName("vaktaal")
    apply_style(app)
    install_translation(app, choose_language())


def create_window(
    data_dir: str | Path | None,
    clock: Clock | None = None,
    speaker: Speaker | None = None,
) -> MainWindow:
    """The main window; the database and bundled decks are prepared in the background."""
    paths = Paths.create(data_dir)
    window = MainWindow(PictogramLibrary(paths.assets_dir, paths.media_dir))
    window.place_file = paths.data_dir / PLACE_FILE
    gui_thread = threading.current_thread()

    def open_data() -> tuple[Services, AppSettings]:
        services = open_services(data_dir, clock=clock, speaker=speaker, gui_thread=gui_thread)
        return services, services.settings.app_settings()

    window.tasks.run(
        Op(
            open_data,
            lambda opened: _ready(window, *opened, speaker),
            lambda error: window.show_problem(_problem_text(window, error)),
        )
    )
    return window


def _ready(
    window: MainWindow, services: Services, settings: AppSettings, speaker: Speaker | None
) -> None:
    """Profiles first; the bundled decks and the speech model follow, in the background."""
    controller = Controller(window, services, settings, speaker)
    window.controller = controller
    window.destroyed.connect(lambda: services.close())
    controller.show_picker()
    controller.load_speech()
    window.tasks.run(
        Op(
            services.decks.install_bundled,
            on_error=lambda error: window.show_problem(_problem_text(window, error)),
            changes=DECKS,
        )
    )


def _problem_text(window: MainWindow, error: Exception) -> str:
    if isinstance(error, DatabaseConnectionError):  # what is wrong and what to do, in Dutch
        return str(error)
    if isinstance(error, DatabaseTooNew):
        return QCoreApplication.translate(
            "Launcher", "Deze gegevens zijn gemaakt met een nieuwere Vaktaal. Vraag om een update."
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Launcher",
            "Vaktaal kan zijn gegevens niet openen of opslaan. Is de schijf vol? Vraag hulp aan IT.",  # noqa: E501
        )
    return QCoreApplication.translate(
        "Launcher",
        "Er ging iets mis bij het starten. Start Vaktaal opnieuw. Lukt het niet? Vraag hulp aan IT.",  # noqa: E501
    )
