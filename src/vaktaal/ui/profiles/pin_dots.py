"""Four round dots: filled for each digit typed, open for the rest (drawn, not font glyphs)."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

DOT = 30
GAP = 22
PAD = 8  # room for the focus frame
FILLED = QColor("#2f6fde")
OPEN = QColor("#9aa5b1")


class PinDots(QWidget):
    def __init__(self, length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.length = length
        self.typed = 0
        self.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus
        )  # focus here: typing works, Enter does nothing
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(self.length * DOT + (self.length - 1) * GAP + 2 * PAD, DOT + 2 * PAD)

    def set_typed(self, typed: int) -> None:
        self.typed = typed
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.hasFocus():
            painter.setPen(QPen(FILLED, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 12, 12)
        for index in range(self.length):
            filled = index < self.typed
            painter.setPen(QPen(FILLED if filled else OPEN, 3))
            painter.setBrush(FILLED if filled else QColor("#ffffff"))
            painter.drawEllipse(QRectF(PAD + index * (DOT + GAP), PAD, DOT, DOT))
        painter.end()
