"""Shows that the app is busy: the text of a running op in a window's status bar."""

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMainWindow

from vaktaal.ui.tasks import TaskManager


class BusyNote(QObject):
    """A status line and a waiting cursor while an op with a busy text runs; hidden after."""

    def __init__(self, window: QMainWindow, tasks: TaskManager) -> None:
        super().__init__(window)
        self.bar = window.statusBar()
        self.bar.setAccessibleName(QCoreApplication.translate("BusyNote", "Bezig"))
        self.bar.setVisible(False)
        self.cursor_set = False
        tasks.busy_changed.connect(self.show_busy)

    @Slot(str)
    def show_busy(self, text: str) -> None:
        self.bar.setVisible(bool(text))
        if text:
            self.bar.showMessage(text)
        else:
            self.bar.clearMessage()
        self._wait_cursor(bool(text))

    def _wait_cursor(self, busy: bool) -> None:
        if busy and not self.cursor_set:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        elif not busy and self.cursor_set:
            QApplication.restoreOverrideCursor()
        self.cursor_set = busy
