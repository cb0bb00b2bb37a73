"""The terms of a deck: pictogram, the Dutch word in big type, and a mark for an own recording.

Up and Down choose a term; Space or Enter asks for a recording (`record_pressed`)."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import dutch
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.signals import emit
from vaktaal.ui.widgets import paint_item_panel
from vaktaal.usecases.recordings import TermVoice

ICON_SIZE = 64
MARK_SIZE = 40
MICROPHONE_ICON = "openmoji:1F3A4"
TERM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_ROLE = Qt.ItemDataRole.UserRole + 2  # the mark's pixmap, or None
NOTE_ROLE = Qt.ItemDataRole.UserRole + 3  # "eigen opname", under the word
WORD_FACTOR = 1.3
RECORD_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
Index = QModelIndex | QPersistentModelIndex


class TermVoiceList(QListWidget):
    record_pressed = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setItemDelegate(_TermDelegate(self))
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Woorden"))
        self._mark = pictogram_pixmap(MICROPHONE_ICON, library, MARK_SIZE)

    def show_terms(self, terms: tuple[TermVoice, ...], current: str | None = None) -> None:
        """Fill the list; the term with id `current` (else the first) is chosen."""
        self.blockSignals(True)
        self.clear()
        for term in terms:
            self.addItem(self._item(term))
        self.blockSignals(False)
        ids = [term.term_id for term in terms]
        self.setCurrentRow(ids.index(current) if current in ids else 0 if ids else -1)

    def current_term_id(self) -> str | None:
        item = self.currentItem()
        return str(item.data(TERM_ID_ROLE)) if item is not None else None

    def _item(self, term: TermVoice) -> QListWidgetItem:
        item = QListWidgetItem(dutch(term.display))
        item.setData(
            Qt.ItemDataRole.DecorationRole,
            pictogram_pixmap(term.pictogram, self.library, ICON_SIZE),
        )
        item.setData(TERM_ID_ROLE, term.term_id)
        item.setData(MARK_ROLE, self._mark if term.own else None)
        state = self.tr("eigen opname") if term.own else self.tr("geen eigen opname")
        item.setData(NOTE_ROLE, state)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{term.display}. {state}")
        item.setToolTip(state)
        return item

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in RECORD_KEYS and not event.isAutoRepeat():
            emit(self.record_pressed)
            event.accept()
            return
        super().keyPressEvent(event)


class _TermDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        paint_item_panel(painter, option)
        rect: QRect = option.rect.adjusted(10, 0, -12, 0)

        def visual(part: QRect) -> QRect:  # mirrored in a right-to-left layout (Arabic)
            return QStyle.visualRect(option.direction, option.rect, part)

        middle = rect.center().y()
        picture: QPixmap = index.data(Qt.ItemDataRole.DecorationRole)
        painter.drawPixmap(
            visual(QRect(rect.left(), middle - ICON_SIZE // 2, ICON_SIZE, ICON_SIZE)), picture
        )
        mark: QPixmap | None = index.data(MARK_ROLE)
        if mark is not None:
            place = QRect(rect.right() - MARK_SIZE, middle - MARK_SIZE // 2, MARK_SIZE, MARK_SIZE)
            painter.drawPixmap(visual(place), mark)
        text_rect = visual(rect.adjusted(ICON_SIZE + 20, 0, -(MARK_SIZE + 16), 0))
        self._draw_word(painter, text_rect, option.font, index)
        painter.restore()

    def _draw_word(self, painter: QPainter, rect: QRect, base: QFont, index: Index) -> None:
        """The word; under it "eigen opname" when the term has one."""
        word, note = _word_font(base), QFont(base)
        own = index.data(MARK_ROLE) is not None
        word_height = QFontMetrics(word).height()
        if own:
            rect = rect.adjusted(
                0, (rect.height() - word_height - QFontMetrics(note).height()) // 2, 0, 0
            )
            rect.setHeight(word_height)
        middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(word)
        painter.setPen(QColor("#1f2933"))
        text = painter.fontMetrics().elidedText(
            index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, middle, text)
        if own:
            painter.setFont(note)
            painter.setPen(QColor("#2f7a47"))
            below = rect.translated(0, word_height)
            painter.drawText(
                below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, index.data(NOTE_ROLE)
            )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text_height = QFontMetrics(_word_font(option.font)).height()
        text_height += QFontMetrics(option.font).height()
        return QSize(option.rect.width(), max(ICON_SIZE, text_height) + 16)


def _word_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * WORD_FACTOR)
    font.setBold(True)
    return font
