"""A small row of buddies and coaches ('Begeleiders'), apart from the learners' big tiles."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QToolButton, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.profiles.avatars import avatar_pixmap
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import text_label

if TYPE_CHECKING:  # the learners' use case is not imported before the first paint
    from vaktaal.usecases.learners import Learner

STAFF_AVATAR_SIZE = 40
STAFF_TILE_STYLE = """
QToolButton#staffTile {
    background: #ffffff; border: 2px solid #c5d0dc; border-radius: 12px; padding: 6px 12px;
    color: #1f2933;
}
QToolButton#staffTile:hover { background: #eef4fd; }
QToolButton#staffTile:focus { border: 4px solid #2f6fde; background: #eef4fd; }
"""


class StaffRow(QWidget):
    """Emits `chosen(Learner)` for a buddy or coach; hidden while there are none."""

    chosen = Signal(object)

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.tiles: list[QToolButton] = []
        self.people: list[Learner] = []  # the buddies and coaches shown, in tile order
        self.setStyleSheet(STAFF_TILE_STYLE)
        self.label = text_label(self.tr("Begeleiders"), 1.1, bold=True)
        self.label.setWordWrap(False)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(12)
        self.row.addWidget(self.label)
        self.row.addStretch(1)
        self.setVisible(False)

    def show_staff(self, staff: "list[Learner]") -> None:
        for tile in self.tiles:
            self.row.removeWidget(tile)
            tile.deleteLater()
        self.people = list(staff)
        self.tiles = [self._tile(person) for person in staff]
        for index, tile in enumerate(self.tiles):
            self.row.insertWidget(1 + index, tile)
        self.setVisible(bool(staff))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter chooses the focused person, as Space does (the tile passes Enter on)."""
        focused = QApplication.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused in self.tiles:
            assert isinstance(focused, QToolButton)
            focused.click()
            return
        super().keyPressEvent(event)

    def _tile(self, person: "Learner") -> QToolButton:
        tile = QToolButton()
        tile.setObjectName("staffTile")
        tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tile.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        tile.setCursor(Qt.CursorShape.PointingHandCursor)
        size = STAFF_AVATAR_SIZE
        tile.setIcon(QIcon(avatar_pixmap(person.avatar, self.library, size, person.has_pin)))
        tile.setIconSize(QSize(size, size))
        set_relative_font(tile, 1.1, bold=True)
        tile.setText(person.name)
        tile.setAccessibleName(self.tr("{name}, begeleider").format(name=person.name))
        tile.clicked.connect(lambda: self.chosen.emit(person))
        return tile
