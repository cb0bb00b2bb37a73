"""Pictures that say "this does not work here": a pictogram in a red prohibition sign."""

import math

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.widgets import PictogramLabel

RED, OUTLINE = "#ea5a47", "#000000"  # OpenMoji's red, and its black lines
MICROPHONE = "openmoji:1F3A4"
NO_SOUND = "openmoji:1F507"  # a speaker with a stroke through it


def crossed_out(ref: str, library: PictogramLibrary, size: int) -> QPixmap:
    """`ref` inside a red circle with a bar across it (drawn over it: the picture shows)."""
    picture = QPixmap(size, size)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = size // 6
    painter.drawPixmap(inset, inset, pictogram_pixmap(ref, library, size - 2 * inset))
    width = max(3.0, size / 14)
    ring = QRectF(0, 0, size, size).adjusted(width, width, -width, -width)
    end = width + (size / 2 - width) * (1 - math.sqrt(0.5))  # where 45 degrees meets the ring
    bar = QLineF(end, end, size - end, size - end)
    for colour, pen_width in ((OUTLINE, width * 1.5), (RED, width)):  # an outline, as OpenMoji
        pen = QPen(QColor(colour))
        pen.setWidthF(pen_width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawEllipse(ring)
        painter.drawLine(bar)
    painter.end()
    return picture


def show_crossed_out(label: PictogramLabel, ref: str, description: str) -> None:
    label.setPixmap(crossed_out(ref, label.library, label.pictogram_size))
    label.setAccessibleName(description)
