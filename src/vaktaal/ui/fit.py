"""Layout pieces that let a page fit any screen, from 1024x600 up, at every text size:
a scroll area that scrolls up and down only and follows the keyboard focus, and a row of
widgets that wraps onto the next line when it is too wide."""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
    QWidgetItem,
)
from shiboken6 import isValid

FOCUS_MARGIN = 24  # px kept free around the focused widget when scrolling to it
MIN_HEIGHT = 120  # px: a scroll area is never lower than this
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap


class VerticalScroll(QScrollArea):
    """Its content gets the full width (never a sideways scroll bar) and scrolls up and down;
    the widget with the keyboard focus is scrolled into view."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not content.objectName():
            content.setObjectName("scrollInner")
        self.setWidget(content)
        self._known_width = 0
        content.installEventFilter(self)  # its new minimum width reaches the page's layout
        self.setViewportMargins(0, 0, 6, 0)  # a little room before the scroll bar
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changes = (QEvent.Type.LayoutRequest, QEvent.Type.Resize)
        if watched is self.widget() and event.type() in changes:
            width = self._width(minimum=True)
            if width != self._known_width:  # tell the page's layout
                self._known_width = width
                self.updateGeometry()
        return super().eventFilter(watched, event)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            # After the layout has placed a widget that has just appeared.
            QTimer.singleShot(0, self, lambda: self.show_focused(new))

    def show_focused(self, focused: QWidget) -> None:
        """Scroll as little down as needed to show `focused` (the top of a page, with its
        picture and word, stays in view as long as it can)."""
        content = self.widget()
        if content is None or not isValid(focused) or not content.isAncestorOf(focused):
            return
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)  # placed first
        shown = _small_box_around(focused, content, self.viewport().height() * 2 // 3)
        top = shown.mapTo(content, QPoint(0, 0)).y()
        bottom = top + shown.height() + FOCUS_MARGIN
        value = max(bottom - self.viewport().height(), 0)
        self.verticalScrollBar().setValue(min(value, max(top - FOCUS_MARGIN, 0)))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the content allows, and only a little high: the rest scrolls."""
        return QSize(self._width(minimum=True), MIN_HEIGHT)

    def sizeHint(self) -> QSize:
        """Low as well: a layout gives a scroll area the height that is left (stretch), and a
        scroll area around this one takes its layout's height for width as the least height."""
        return QSize(self._width(minimum=False), MIN_HEIGHT)

    def _width(self, minimum: bool) -> int:
        content = self.widget()
        margins = self.viewportMargins()
        extra = margins.left() + margins.right() + self.verticalScrollBar().sizeHint().width()
        if content is None:
            return extra
        hint = content.minimumSizeHint() if minimum else content.sizeHint()
        return hint.width() + extra


def _small_box_around(widget: QWidget, content: QWidget, height: int) -> QWidget:
    """The largest box holding `widget` that is still small enough to show whole: the
    feedback panel around "Verder", the row of rating buttons around "Goed"."""
    box = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not content and parent.height() <= height:
        box, parent = parent, parent.parentWidget()
    return box


def scrolled(content: QWidget | QLayout) -> VerticalScroll:
    """`content` (a widget, or a layout put in a plain widget) in a VerticalScroll."""
    if isinstance(content, QLayout):
        holder = QWidget()
        holder.setLayout(content)
        return VerticalScroll(holder)
    return VerticalScroll(content)


class FlowLayout(QLayout):
    """Widgets side by side, left to right; what does not fit goes to the next line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self.spacing() * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:
        """The widest single widget: everything else can wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in lines within `rect`; returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(area.width(), 10_000))
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def wrapping_row(*widgets: QWidget, spacing: int = 12) -> QWidget:
    """A widget holding `widgets` in a FlowLayout."""
    row = QWidget()
    flow = FlowLayout(row, spacing)
    for widget in widgets:
        flow.add(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    row.setSizePolicy(policy)
    return row


class AdaptiveGrid(QWidget):
    """Widgets in a grid of equal columns: all in one row when they fit, else in half as many
    columns (4 -> 2 -> 1), so buttons never get squeezed or cut."""

    def __init__(
        self, widgets: Sequence[QWidget], spacing: int = 16, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.widgets = list(widgets)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.columns = 0
        self._place(len(self.widgets))

    def columns_for(self, width: int) -> int:
        """The most columns (all, half, a quarter… at least one) whose widgets fit `width`."""
        shown = [widget for widget in self.widgets if not widget.isHidden()] or self.widgets
        need = max((widget.minimumSizeHint().width() for widget in shown), default=0)
        columns = max(len(self.widgets), 1)
        while columns > 1 and columns * need + (columns - 1) * self.grid.spacing() > width:
            columns = (columns + 1) // 2
        return columns

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for index, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, index // columns, index % columns)
        for column in range(len(self.widgets)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def minimumSizeHint(self) -> QSize:
        """One column: the widest widget."""
        hint = super().minimumSizeHint()
        need = max((widget.minimumSizeHint().width() for widget in self.widgets), default=0)
        return QSize(need, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(self.columns_for(event.size().width()))
        super().resizeEvent(event)


def side_by_side(*widgets: QWidget, spacing: int = 12) -> QWidget:
    """Widgets that belong together on one line (they wrap as one, in a wrapping row)."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget)
    return group


class TitleAndTools(QWidget):
    """A page's title (maybe with a picture before it) and its buttons: side by side when the
    title fits on one line next to them, else the buttons under the title."""

    def __init__(
        self, title: QLabel, tools: QWidget, lead: QWidget | None = None, spacing: int = 16
    ) -> None:
        super().__init__()
        self.title, self.tools, self.lead = title, tools, lead
        who = QHBoxLayout()
        who.setSpacing(spacing)
        if lead is not None:
            who.addWidget(lead)
        who.addWidget(title, stretch=1)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self.box.addLayout(who, stretch=1)
        self.box.addWidget(tools)

    def needed_width(self) -> int:
        """The width for the title on one line and every button next to it."""
        spacing = self.box.spacing()
        lead = self.lead.sizeHint().width() + spacing if self.lead is not None else 0
        title = self.title.fontMetrics().horizontalAdvance(self.title.text()) + 8
        return lead + title + spacing + self.tools.sizeHint().width()

    def fit(self, width: int) -> None:
        side_by_side = width >= self.needed_width()
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != direction:
            self.box.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a new title, or another text size
            self.fit(self.width())
        return super().event(event)


class PageStack(QStackedWidget):
    """A stacked widget as high as the page it shows, not as its highest page: in a scroll
    area a short exercise then gets no empty space and no scroll bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def _page(self) -> QWidget | None:
        return self.currentWidget()

    def sizeHint(self) -> QSize:
        page = self._page()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self._page()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        page = self._page()
        return page.hasHeightForWidth() if page is not None else False

    def heightForWidth(self, width: int) -> int:
        page = self._page()
        if page is None or not page.hasHeightForWidth():
            return self.sizeHint().height()
        return max(page.heightForWidth(width), page.minimumSizeHint().height())


def fold(row: QBoxLayout, width: int) -> None:
    """Lay `row` out side by side when its items fit in `width`, else one under the other."""
    side_by_side = width >= _row_width(row)
    direction = (
        QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
    )
    if row.direction() != direction:
        row.setDirection(direction)


def column_width(row: QBoxLayout) -> int:
    """The width `row` needs with its items one under the other."""
    margins = row.contentsMargins()
    widest = max((item.minimumSize().width() for item in _items(row)), default=0)
    return widest + margins.left() + margins.right()


def _row_width(row: QBoxLayout) -> int:
    margins = row.contentsMargins()
    items = _items(row)
    needed = sum(item.minimumSize().width() for item in items)
    return needed + row.spacing() * max(len(items) - 1, 0) + margins.left() + margins.right()


def _items(row: QBoxLayout) -> list[QLayoutItem]:
    found = (row.itemAt(index) for index in range(row.count()))
    return [item for item in found if item is not None and not item.isEmpty()]
