"""Where the main window goes on this PC: maximised the first time; after that as the last
person left it (size, place, maximised or not), kept in a small file in the data folder.
A place that is no longer on any screen (another monitor, a smaller screen) is not used."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PLACE_FILE = "window.ini"
GEOMETRY = "window/geometry"
MAXIMISED = "window/maximised"
BORDER = 8  # px of a window frame that may stick out of the screen


def show_placed(window: QWidget, place_file: Path | None) -> None:
    """Show `window` where it was last time on this PC, else maximised."""
    settings = _settings(place_file)
    geometry = settings.value(GEOMETRY) if settings is not None else None
    maximised = settings is None or _true(settings.value(MAXIMISED, True))
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if maximised or not restored or not on_a_screen(window.frameGeometry()):
        window.showMaximized()
    else:
        window.show()


def remember_place(window: QWidget, place_file: Path | None) -> None:
    """Keep the window's size and place for the next start (a failure is not an error)."""
    settings = _settings(place_file)
    if settings is None:
        return
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(MAXIMISED, window.isMaximized())
    settings.sync()


def on_a_screen(frame: QRect) -> bool:
    """`frame` lies on one screen's free area (not under a taskbar), give or take a border."""
    return any(
        screen.availableGeometry().adjusted(-BORDER, -BORDER, BORDER, BORDER).contains(frame)
        for screen in QGuiApplication.screens()
    )


def _settings(place_file: Path | None) -> QSettings | None:
    if place_file is None:
        return None
    return QSettings(str(place_file), QSettings.Format.IniFormat)


def _true(value: object) -> bool:
    """An INI file gives "true"/"false" back as text."""
    return value is True or str(value).lower() == "true"
