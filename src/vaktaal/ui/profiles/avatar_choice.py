"""A row of big toggle buttons, one per avatar picture; exactly one is chosen."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.profiles.avatars import AVATARS, avatar_name

ICON_SIZE = 56

CHOICE_STYLE = """
QToolButton {
    background: #ffffff; border: 2px solid #c5d0dc; border-radius: 12px; padding: 6px;
}
QToolButton:hover { background: #eef4fd; }
QToolButton:checked { background: #d6e4fb; border: 3px solid #2f6fde; }
QToolButton:focus { border: 4px solid #0b3d91; }
"""


class AvatarChoice(QWidget):
    """Arrow keys move the choice, as with radio buttons."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CHOICE_STYLE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for avatar in AVATARS:
            button = self._button(avatar.ref, avatar_name(avatar), library)
            self.group.addButton(button)
            self.buttons[avatar.ref] = button
            row.addWidget(button)
        self.buttons[AVATARS[0].ref].setChecked(True)

    def _button(self, ref: str, name: str, library: PictogramLibrary) -> QToolButton:
        button = QToolButton()
        button.setCheckable(True)
        button.setIcon(QIcon(pictogram_pixmap(ref, library, ICON_SIZE * 2)))
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        button.setAccessibleName(self.tr("Plaatje: {name}").format(name=name))
        button.setToolTip(name)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def current(self) -> str:
        return next(ref for ref, button in self.buttons.items() if button.isChecked())

    def choose(self, ref: str) -> None:
        self.buttons[ref].setChecked(True)
