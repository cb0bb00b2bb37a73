"""A scrollable grid of big avatar buttons; arrow keys move between them, Enter chooses."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QToolButton, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.profiles.avatars import avatar_pixmap
from vaktaal.ui.text_size import set_relative_font

if TYPE_CHECKING:  # the learners' use case is not imported before the first paint
    from vaktaal.usecases.learners import Learner

AVATAR_SIZE = 96
MAX_COLUMNS = 5
SPACING = 24
NAME_CHARS = 14  # longer names are shortened on the button (the full name is in the tooltip)
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

TILE_STYLE = """
QToolButton#avatarTile {
    background: #ffffff; border: 2px solid #c5d0dc; border-radius: 16px; padding: 14px;
    color: #1f2933;
}
QToolButton#avatarTile:hover { background: #eef4fd; }
QToolButton#avatarTile:focus { border: 4px solid #2f6fde; background: #eef4fd; }
QToolButton#avatarTile:pressed { background: #d6e4fb; }
"""


def grid_step(index: int, key: Qt.Key, count: int, columns: int) -> int:
    """The tile an arrow key moves to from `index` in a grid of `count` tiles."""
    if key == Qt.Key.Key_Left:
        return max(0, index - 1)
    if key == Qt.Key.Key_Right:
        return min(count - 1, index + 1)
    if key == Qt.Key.Key_Up:
        return index - columns if index >= columns else index
    last_row = (count - 1) // columns
    return min(index + columns, count - 1) if index // columns < last_row else index


class AvatarGrid(QScrollArea):
    chosen = Signal(object)

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.tiles: list[QToolButton] = []
        self.columns = MAX_COLUMNS
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(TILE_STYLE)
        inner = QWidget()
        inner.setObjectName("page")
        self.grid = QGridLayout(inner)
        self.grid.setSpacing(SPACING)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(inner)

    def show_learners(self, learners: "list[Learner]") -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = [self._tile(learner) for learner in learners]
        self._place_tiles(self.columns)  # in the grid first, so the style sheet applies
        for tile in self.tiles:
            tile.ensurePolished()
        width = max((tile.sizeHint().width() for tile in self.tiles), default=0)
        for tile in self.tiles:
            tile.setMinimumWidth(width)  # all tiles equally wide, so the grid looks calm
        self._place_tiles(self._fitting_columns())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = self._fitting_columns()
        if columns != self.columns:
            self._place_tiles(columns)

    def _fitting_columns(self) -> int:
        """As many columns as fit next to each other (bigger text: fewer columns)."""
        if not self.tiles:
            return MAX_COLUMNS
        tile = self.tiles[0].minimumWidth() + SPACING
        return max(1, min(MAX_COLUMNS, (self.viewport().width() + SPACING) // tile))

    def _place_tiles(self, columns: int) -> None:
        self.columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, index // columns, index % columns)

    def focus_first(self) -> None:
        if self.tiles:
            self.tiles[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _tile(self, learner: "Learner") -> QToolButton:
        tile = QToolButton()
        tile.setObjectName("avatarTile")
        tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        tile.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        tile.setCursor(Qt.CursorShape.PointingHandCursor)
        pixmap = avatar_pixmap(learner.avatar, self.library, AVATAR_SIZE, learner.has_pin)
        tile.setIcon(QIcon(pixmap))
        tile.setIconSize(QSize(AVATAR_SIZE, AVATAR_SIZE))
        set_relative_font(tile, 1.3, bold=True)
        tile.setText(_short(learner.name))
        tile.setToolTip(learner.name)
        tile.setMinimumSize(QSize(220, 190))
        tile.setAccessibleName(self._spoken_name(learner))
        tile.clicked.connect(lambda: self.chosen.emit(learner))
        tile.installEventFilter(self)
        return tile

    def _spoken_name(self, learner: "Learner") -> str:
        if learner.has_pin:
            return self.tr("{name}, met pincode").format(name=learner.name)
        return learner.name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.tiles:
            assert isinstance(event, QKeyEvent) and isinstance(watched, QToolButton)
            return self._key(watched, Qt.Key(event.key()))
        return super().eventFilter(watched, event)

    def _key(self, tile: QToolButton, key: Qt.Key) -> bool:
        if key in ENTER:
            tile.click()
            return True
        if key in ARROWS:
            index = grid_step(self.tiles.index(tile), key, len(self.tiles), self.columns)
            self.tiles[index].setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(self.tiles[index])
            return True
        return False


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1].rstrip() + "…"
