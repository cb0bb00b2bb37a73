"""Pictograms on paper: SVGs stay vectors in the PDF; photos are scaled into their box."""

import logging
from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from vaktaal.core.model import is_deck_file
from vaktaal.core.pictograms import MDI, PictogramLibrary
from vaktaal.printing.fonts import print_font

log = logging.getLogger(__name__)
Drawable = QSvgRenderer | QImage | tuple[str, str] | None  # tuple: (mdi font family, glyph)


class PrintPictures:
    """Draws the pictogram behind a reference; one instance per print job (it caches)."""

    def __init__(self, library: PictogramLibrary, media: Mapping[str, bytes]) -> None:
        self.library = library
        self.media = media
        self._cache: dict[str, Drawable] = {}

    def draw(self, painter: QPainter, ref: str | None, box: QRectF) -> None:
        drawable = self._drawable(ref) if ref else None
        if isinstance(drawable, QSvgRenderer):
            drawable.render(painter, _fitted(drawable.viewBoxF().size(), box))
        elif isinstance(drawable, QImage):
            painter.drawImage(_fitted(QSizeF(drawable.size()), box), drawable)
        elif isinstance(drawable, tuple):
            _draw_glyph(painter, drawable, box)
        else:
            _draw_placeholder(painter, box)

    def _drawable(self, ref: str) -> Drawable:
        if ref not in self._cache:
            self._cache[ref] = _mdi_glyph(ref) if ref.startswith(MDI) else self._file(ref)
        return self._cache[ref]

    def _file(self, ref: str) -> Drawable:
        data = self.media.get(ref) if is_deck_file(ref) else self._library_bytes(ref)
        if data is None:
            log.info("pictogram %r not found for printing", ref)
            return None
        if b"<svg" in data[:2048]:
            renderer = QSvgRenderer(QByteArray(data))
            return renderer if renderer.isValid() else None
        image = QImage.fromData(data)
        return None if image.isNull() else image

    def _library_bytes(self, ref: str) -> bytes | None:
        path = self.library.file_for(ref)
        return path.read_bytes() if path is not None else None


def _fitted(size: QSizeF, box: QRectF) -> QRectF:
    """The largest rectangle with the picture's proportions, centred in `box`."""
    if size.isEmpty():
        return box
    scaled = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = box.x() + (box.width() - scaled.width()) / 2
    top = box.y() + (box.height() - scaled.height()) / 2
    return QRectF(left, top, scaled.width(), scaled.height())


def _mdi_glyph(ref: str) -> Drawable:
    try:
        import qtawesome

        family = qtawesome.font("mdi6", 12).family()
        return family, str(qtawesome.charmap(f"mdi6.{ref[len(MDI) :]}"))
    except Exception:  # an unknown name or no icon font: a placeholder is drawn instead
        log.info("icon %r cannot be printed", ref, exc_info=True)
        return None


def _draw_glyph(painter: QPainter, glyph: tuple[str, str], box: QRectF) -> None:
    family, char = glyph
    font = print_font(12)
    font.setFamily(family)
    font.setPixelSize(max(1, int(min(box.width(), box.height()))))
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#1f2933"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, char)
    painter.restore()


def _draw_placeholder(painter: QPainter, box: QRectF) -> None:
    side = min(box.width(), box.height()) * 0.8
    square = QRectF(0, 0, side, side)
    square.moveCenter(box.center())
    painter.save()
    painter.setPen(QPen(QColor("#9aa5b1"), max(1.0, side / 60)))
    painter.setBrush(QColor("#eef1f4"))
    painter.drawRoundedRect(square, side / 6, side / 6)
    painter.restore()
