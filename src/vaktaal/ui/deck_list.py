"""The list of decks: a big pictogram, the title, and a second line with the facts."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.widgets import paint_item_panel
from vaktaal.usecases.decks import DeckSummary

ICON_SIZE = 96
ROW_HEIGHT = ICON_SIZE + 24
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1
DECK_ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class DeckListWidget(QListWidget):
    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setItemDelegate(_DeckDelegate(self))
        self.setUniformItemSizes(True)
        self.setSpacing(4)
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
        item = QListWidgetItem(deck.title)
        item.setData(
            Qt.ItemDataRole.DecorationRole,
            pictogram_pixmap(deck.pictogram, self.library, ICON_SIZE),
        )
        item.setData(DETAILS_ROLE, details)
        item.setData(DECK_ID_ROLE, deck.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{deck.title}. {details}")
        item.setSizeHint(QSize(0, ROW_HEIGHT))
        return item


class _DeckDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        paint_item_panel(painter, option)
        rect: QRect = option.rect.adjusted(12, 12, -12, -12)
        pixmap: QPixmap = index.data(Qt.ItemDataRole.DecorationRole)
        painter.drawPixmap(rect.left(), rect.top(), pixmap)
        text_rect = rect.adjusted(ICON_SIZE + 24, 0, 0, 0)
        self._draw_text(painter, text_rect, option.font, index)
        painter.restore()

    def _draw_text(self, painter: QPainter, rect: QRect, base: QFont, index: Index) -> None:
        title = QFont(base)
        title.setPointSize(base.pointSize() + 8)
        title.setBold(True)
        half = rect.height() // 2
        painter.setFont(title)
        painter.setPen(QColor("#1f2933"))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(
            rect.adjusted(0, 0, 0, -half), flags, index.data(Qt.ItemDataRole.DisplayRole)
        )
        painter.setFont(base)
        painter.setPen(QColor("#52606d"))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(rect.adjusted(0, half + 6, 0, 0), flags, index.data(DETAILS_ROLE))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)
