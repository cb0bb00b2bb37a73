"""A push button whose text (a long sentence) wraps onto more lines instead of being cut."""

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap


class WrapButton(QPushButton):
    """A push button whose text (a long sentence) wraps onto more lines instead of being cut
    off; its picture, if any, stays on the left. Padding as in the app's option buttons."""

    PAD_X, PAD_Y, GAP = 24, 14, 12

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)  # narrower (down to its longest word) and higher
        self.setSizePolicy(policy)

    def _icon_width(self) -> int:
        return self.iconSize().width() + self.GAP if not self.icon().isNull() else 0

    def _text_rect(self, width: int) -> QRect:
        inner = max(width - 2 * self.PAD_X - self._icon_width(), 40)
        return self.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), WRAP, self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text = self._text_rect(width).height()
        return max(self.minimumHeight(), text + 2 * self.PAD_Y, self.iconSize().height() + 16)

    def sizeHint(self) -> QSize:
        """The text on one line, when that is not too wide."""
        one_line = self.fontMetrics().horizontalAdvance(self.text())
        width = min(one_line, 900) + 2 * self.PAD_X + self._icon_width() + 4
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """The longest word on a line of its own."""
        words = self.text().split() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        width = longest + 2 * self.PAD_X + self._icon_width() + 4
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.icon = QIcon()
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)  # frame and background
        left = self.PAD_X
        if not self.icon().isNull():
            size = self.iconSize()
            top = (self.height() - size.height()) // 2
            painter.drawPixmap(left, top, self.icon().pixmap(size))
            left += size.width() + self.GAP
        area = QRect(left, 0, self.width() - left - self.PAD_X, self.height())
        painter.setPen(option.palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(area, WRAP | Qt.AlignmentFlag.AlignVCenter, self.text())
