"""An A4 PDF in memory, measured in millimetres, with text that wraps, shrinks and runs RTL."""

import errno
from pathlib import Path
from typing import Self

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from vaktaal.core.files import write_atomically

DOTS_PER_INCH = 300
WRAP = Qt.TextFlag.TextWordWrap
CENTRE = Qt.AlignmentFlag.AlignHCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute


class Paper:
    """Pages drawn with one painter on a PDF writer or a printer, measured in millimetres."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                             QMarginsF(0, 0, 0, 0))  # fmt: skip
        device.setPageLayout(layout)
        self.device = device
        self.painter = QPainter()
        if not self.painter.begin(device):
            raise OSError(errno.EIO, "cannot start drawing on the print device")
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.pages = 1

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        if self.painter.isActive():
            self.painter.end()

    def mm(self, value: float) -> float:
        """Millimetres on paper in the device's dots."""
        return value * self.device.logicalDpiX() / 25.4

    def new_page(self) -> None:
        self.device.newPage()
        self.pages += 1

    def finish(self) -> int:
        """End the document; the number of pages."""
        if self.painter.isActive():
            self.painter.end()
        return self.pages

    def text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.device)
        bounds = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(WRAP | LEFT), text)
        return bounds.height()

    def fits(self, text: str, font: QFont, box: QRectF) -> bool:
        metrics = QFontMetricsF(font, self.device)
        bounds = metrics.boundingRect(QRectF(0, 0, box.width(), 1e6), int(WRAP | CENTRE), text)
        return bounds.width() <= box.width() + 0.5 and bounds.height() <= box.height() + 0.5

    def shrunk_to_fit(self, text: str, font: QFont, box: QRectF, smallest: float = 6) -> QFont:
        """`font`, made smaller step by step until `text` fits `box` (words are never split)."""
        fitted = QFont(font)
        while fitted.pointSizeF() > smallest and not self.fits(text, fitted, box):
            fitted.setPointSizeF(max(smallest, fitted.pointSizeF() * 0.9))
        return fitted

    def draw_text(
        self, box: QRectF, text: str, font: QFont,
        align: Qt.AlignmentFlag = LEFT, rtl: bool = False,
    ) -> float:  # fmt: skip
        """Draw wrapped text in `box`; right-to-left text keeps its own order. Height used."""
        painter = self.painter
        painter.save()
        painter.setFont(font)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        painter.setLayoutDirection(direction)
        used = painter.drawText(box, int(align | WRAP), text)
        painter.restore()
        return used.height()


class PdfPaper(Paper):
    """An A4 PDF built in memory; `save` writes it to disk in one go (atomically)."""

    def __init__(self, title: str) -> None:
        self._bytes = QByteArray()
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setTitle(title)
        self.writer.setCreator("Vaktaal")
        self.writer.setResolution(DOTS_PER_INCH)
        super().__init__(self.writer)

    def save(self, target: Path) -> int:
        """End the document and write it to `target`; the number of pages."""
        pages = self.finish()
        self._buffer.close()
        write_atomically(target, bytes(self._bytes.data()))
        return pages
