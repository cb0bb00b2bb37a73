"""Draw a pictogram reference (asset, OpenMoji, MDI icon or deck file) as a pixmap."""

import functools
import logging

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from vaktaal.core.pictograms import MDI, PictogramLibrary, mdi_names

log = logging.getLogger(__name__)


def pictogram_pixmap(
    ref: str | None, library: PictogramLibrary, size: int, data: bytes | None = None
) -> QPixmap:
    """The pictogram at `size` px; a calm placeholder (and a log line) when it cannot be drawn."""
    pixmap = render_pictogram(ref, library, size, data) if ref else None
    if pixmap is None:
        log.info("pictogram %r could not be drawn; showing a placeholder", ref)
        return placeholder_pixmap(size)
    return pixmap


def render_pictogram(
    ref: str, library: PictogramLibrary, size: int, data: bytes | None = None
) -> QPixmap | None:
    """The pictogram drawn at `size` px, or None when it cannot be drawn."""
    if data is None:
        return _drawn_once(ref, library, size)
    pixmap = _draw(ref, library, size, data)
    return None if pixmap is None or pixmap.isNull() else pixmap


@functools.lru_cache(maxsize=1024)
def _drawn_once(ref: str, library: PictogramLibrary, size: int) -> QPixmap | None:
    """Library pictograms never change while the app runs: draw each size once."""
    pixmap = _draw(ref, library, size, None)
    return None if pixmap is None or pixmap.isNull() else pixmap


def _draw(ref: str, library: PictogramLibrary, size: int, data: bytes | None) -> QPixmap | None:
    if ref.startswith(MDI):
        return _mdi(ref[len(MDI) :], size)
    if data is None:
        path = library.file_for(ref)
        if path is None:
            return None
        data = path.read_bytes()
    if ref.lower().endswith(".svg") or path_is_svg(data):
        return _svg_pixmap(data, size)
    image = QPixmap()
    if not image.loadFromData(data):
        return None
    mode = Qt.TransformationMode.SmoothTransformation
    return image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, mode)


def path_is_svg(data: bytes) -> bool:
    return b"<svg" in data[:2048]


def _svg_pixmap(data: bytes, size: int) -> QPixmap | None:
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return None
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def placeholder_pixmap(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#9aa5b1"))
    painter.setBrush(QColor("#eef1f4"))
    painter.drawRoundedRect(QRectF(2, 2, size - 4, size - 4), size / 6, size / 6)
    font = QFont()
    font.setPixelSize(int(size * 0.5))
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "?")
    painter.end()
    return pixmap


def _mdi(name: str, size: int) -> QPixmap | None:
    """An icon of the MDI font; None for a name it does not know (e.g. half typed in the
    editor: qtawesome raises, and an exception inside Qt's undo stack ends the app)."""
    import qtawesome

    if name not in mdi_names():
        return None
    icon: QIcon = qtawesome.icon(f"mdi6.{name}")
    return icon.pixmap(size, size)
