"""Small building blocks shared by the screens: headings, big buttons, pictograms."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QStyleOptionViewItem, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import mirrored
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.text_size import set_relative_font


def heading(text: str, factor: float = 1.8) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_relative_font(label, factor, bold=True)
    return label


def text_label(text: str = "", factor: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_relative_font(label, factor, bold)
    return label


def big_button(
    text: str,
    library: PictogramLibrary | None = None,
    pictogram: str | None = None,
    factor: float = 1.3,
    icon_size: int = 48,
) -> QPushButton:
    """A large button with an optional pictogram (arrows point the reading way: ui/bidi.py);
    its text is also its accessible name."""
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", ""))
    button.setMinimumHeight(icon_size + 24)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    set_relative_font(button, factor, bold=True)
    if library is not None and pictogram is not None:
        pixmap = pictogram_pixmap(mirrored(pictogram), library, icon_size * 2)
        button.setIcon(QIcon(pixmap))
        button.setIconSize(QSize(icon_size, icon_size))
    return button


class PictogramLabel(QLabel):
    """A pictogram at a fixed size, with a text for screen readers."""

    def __init__(self, library: PictogramLibrary, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.pictogram_size = size
        self.setFixedSize(size, size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_pictogram(self, ref: str | None, description: str, data: bytes | None = None) -> None:
        self.setPixmap(pictogram_pixmap(ref, self.library, self.pictogram_size, data))
        self.setAccessibleName(description)


def paint_item_panel(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The style's background of a list row (selection, focus, hover) under custom painting."""
    style = option.widget.style() if option.widget else None
    if style is not None:
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
