"""Start the app: the window first, then the database and the profiles in the background;
the picker is painted before the other pages and the controller are made (and their
modules imported), and the bundled decks and the speech model follow after that.

Only what the first paint needs is imported at the top: everything that brings in the
database code (SQLAlchemy, the use cases) is imported on the worker thread or later."""

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths
from vaktaal.ui.crash import install_crash_handler
from vaktaal.ui.garbage import GuiThreadCollector
from vaktaal.ui.i18n import choose_language, install_translation
from vaktaal.ui.main_window import MainWindow
from vaktaal.ui.style import apply_style
from vaktaal.ui.tasks import Lane, Op
from vaktaal.ui.window_place import PLACE_FILE
from vaktaal.usecases.changes import DECKS

if TYPE_CHECKING:
    from vaktaal.core.clock import Clock
    from vaktaal.speech.tts import Speaker
    from vaktaal.usecases import Services
    from vaktaal.usecases.learners import Learner
    from vaktaal.usecases.settings import AppSettings


@dataclass(frozen=True)
class Opened:
    """What the worker brings back: the services, the settings and the profiles to show."""

    services: "Services"
    settings: "AppSettings"
    learners: "list[Learner]"
    staff: "list[Learner]"


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
    clock: "Clock | None" = None,
    speaker: "Speaker | None" = None,
) -> MainWindow:
    """The main window; the database and the profiles are prepared in the background."""
    paths = Paths.create(data_dir)
    window = MainWindow(PictogramLibrary(paths.assets_dir, paths.media_dir))
    window.place_file = paths.data_dir / PLACE_FILE
    gui_thread = threading.current_thread()

    def open_data(allow_server_upgrade: bool) -> Opened:
        from vaktaal.app import open_services  # SQLAlchemy and the use cases: on this thread

        services = open_services(
            data_dir,
            clock=clock,
            speaker=speaker,
            gui_thread=gui_thread,
            allow_server_upgrade=allow_server_upgrade,
            on_waiting=lambda: window.tasks.run_on_main(lambda: _show_waiting(window)),
        )
        try:
            learners = services.learners
            settings = services.settings.app_settings()
            return Opened(services, settings, learners.all(), learners.staff())
        except Exception:
            services.close()  # the window shows the problem; nothing stays open
            raise

    def start(allow_server_upgrade: bool) -> None:
        window.tasks.run(
            Op(
                lambda: open_data(allow_server_upgrade),
                lambda opened: _ready(window, opened, speaker),
                lambda error: _not_opened(
                    window, error, upgrade=lambda: start(True), again=lambda: start(False)
                ),
            )
        )

    start(allow_server_upgrade=False)  # an older server: ask first (ui/upgrade_dialog.py)
    return window


def _not_opened(
    window: MainWindow, error: Exception, upgrade: Callable[[], None], again: Callable[[], None]
) -> None:
    from vaktaal.ui.restore_dialog import offer_restore
    from vaktaal.ui.upgrade_dialog import UpgradeDialog
    from vaktaal.usecases.errors import DatabaseDamaged, ServerUpgradeNeeded

    if isinstance(error, DatabaseDamaged):  # offer the newest good backup, then start again
        window.show_problem(_problem_text(window, error))
        offer_restore(window, window.library, window.tasks, error, again)
        return
    if not isinstance(error, ServerUpgradeNeeded):
        window.show_problem(_problem_text(window, error))
        return
    window.show_problem(  # not a "waiting for another PC" left from before
        QCoreApplication.translate("UpgradeDialog", "Vaktaal moet de database bijwerken.")
    )
    dialog = UpgradeDialog(window.library, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _upgrade(window, upgrade))
    dialog.rejected.connect(window.close)
    dialog.open()


def _upgrade(window: MainWindow, upgrade: Callable[[], None]) -> None:
    window.show_problem(QCoreApplication.translate("Launcher", "De database wordt bijgewerkt…"))
    upgrade()


def _show_waiting(window: MainWindow) -> None:
    window.show_problem(
        QCoreApplication.translate(
            "Launcher", "De database wordt bijgewerkt op een andere pc. Even wachten…"
        )
    )


def _ready(window: MainWindow, opened: Opened, speaker: "Speaker | None") -> None:
    """The profiles are painted first; then the other pages and the controller are made in
    this same turn of the event loop, so a click on a profile waits for them and is never
    lost. The bundled decks and the speech model follow in the background."""
    window.picker.show_learners(opened.learners)
    window.picker.show_staff(opened.staff)
    window.show_page(window.picker)
    window.picker.repaint()  # on screen now, before the imports below
    window.build_other_pages()
    from vaktaal.ui.controller import Controller

    services = opened.services
    controller = Controller(window, services, opened.settings, speaker)
    window.controller = controller
    window.destroyed.connect(lambda: services.close())
    controller.load_speech()
    window.tasks.run(
        Op(
            services.decks.install_bundled,
            on_error=lambda error: window.show_problem(_problem_text(window, error)),
            changes=DECKS,
        )
    )
    # SQLite: today's backup, on its own connection; the CPU lane, so answers never wait
    window.tasks.run(Op(lambda: daily_backup(services.paths), lane=Lane.CPU))


def daily_backup(paths: Paths) -> Path | None:
    """usecases/backups.py's, imported when it runs (it brings in the database code)."""
    from vaktaal.usecases.backups import daily_backup as make_daily_backup

    return make_daily_backup(paths)


def _problem_text(window: MainWindow, error: Exception) -> str:
    from vaktaal.usecases.errors import (
        DatabaseConnectionError,
        DatabaseDamaged,
        DatabaseTooNew,
        UpgradeWaitTimeout,
    )

    if isinstance(error, (DatabaseConnectionError, UpgradeWaitTimeout)):  # what to do, in Dutch
        return str(error)
    if isinstance(error, DatabaseDamaged):
        return QCoreApplication.translate(
            "Launcher", "De gegevens van Vaktaal zijn kapot. Vraag hulp aan IT."
        )
    if isinstance(error, DatabaseTooNew):
        return QCoreApplication.translate(
            "Launcher",
            "Deze gegevens zijn gemaakt met een nieuwere Vaktaal. Update Vaktaal op deze pc.",
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
