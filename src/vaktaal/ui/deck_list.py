"""The list of decks: a big pictogram, the title, and a second line with the facts."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import dutch
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.widgets import paint_item_panel
from vaktaal.usecases.decks import DeckSummary

ICON_SIZE = 96
PADDING = 12
ROW_HEIGHT = ICON_SIZE + 2 * PADDING
WRAP_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1
DECK_ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class DeckListWidget(QListWidget):
    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setItemDelegate(_DeckDelegate(self))
        self.setSpacing(4)
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows grow when the text wraps
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Pakketten met woorden"))

    def show_decks(self, decks: list[DeckSummary]) -> None:
        self.clear()
        for deck in decks:
            self.addItem(self._item(deck))
        if decks:
            self.setCurrentRow(0)

    def _item(self, deck: DeckSummary) -> QListWidgetItem:
        details = self.tr("{function} · {n} woorden · niveau {level}").format(
            function=deck.job_function or deck.organisation, n=deck.terms, level=deck.level
        )
        item = QListWidgetItem(dutch(deck.title))
        item.setData(
            Qt.ItemDataRole.DecorationRole,
            pictogram_pixmap(deck.pictogram, self.library, ICON_SIZE),
        )
        item.setData(DETAILS_ROLE, details)
        item.setData(DECK_ID_ROLE, deck.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{deck.title}. {details}")
        return item


class _DeckDelegate(QStyledItemDelegate):
    """Pictogram on the left; title and facts wrap onto more lines when the list is narrow."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        paint_item_panel(painter, option)
        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        pixmap: QPixmap = index.data(Qt.ItemDataRole.DecorationRole)
        painter.drawPixmap(rect.left(), rect.top(), pixmap)
        text_rect = rect.adjusted(ICON_SIZE + 24, 0, 0, 0)
        self._draw_text(painter, text_rect, option.font, index)
        painter.restore()

    def _draw_text(self, painter: QPainter, rect: QRect, base: QFont, index: Index) -> None:
        title, details = _title_font(base), index.data(DETAILS_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        title_height = _text_height(title, rect.width(), text)
        painter.setFont(title)
        painter.setPen(QColor("#1f2933"))
        painter.drawText(rect, WRAP_FLAGS, text)
        painter.setFont(base)
        painter.setPen(QColor("#52606d"))
        painter.drawText(rect.adjusted(0, title_height + 6, 0, 0), WRAP_FLAGS, details)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """High enough for the pictogram, and for the wrapped title and facts."""
        width = max(option.rect.width() - 2 * PADDING - ICON_SIZE - 24, 120)
        title = _text_height(
            _title_font(option.font), width, index.data(Qt.ItemDataRole.DisplayRole)
        )
        details = _text_height(option.font, width, index.data(DETAILS_ROLE))
        return QSize(option.rect.width(), max(ROW_HEIGHT, title + 6 + details + 2 * PADDING))


def _title_font(base: QFont) -> QFont:
    title = QFont(base)
    title.setPointSize(base.pointSize() + 8)
    title.setBold(True)
    return title


def _text_height(font: QFont, width: int, text: str) -> int:
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), WRAP_FLAGS, text).height()
