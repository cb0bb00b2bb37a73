"""Is anything cut off? Every visible widget of a window lies inside its parent and the window
(or inside a scroll area's content), labels have room for all their text, buttons for theirs."""

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QWidget,
)


def cut_off(window: QWidget) -> list[str]:
    """What sticks out or is squeezed, one line per widget; empty when everything fits."""
    problems = [
        f"{area!r} ({_name(area)}) scrolls sideways, or its content is wider than it"
        for area in window.findChildren(QAbstractScrollArea)
        if area.isVisible() and _sideways(area)
    ]
    for child in window.findChildren(QWidget):
        if _checked(child):
            problems += _problems(window, child)
    return problems


def _sideways(area: QAbstractScrollArea) -> bool:
    content = area.widget() if isinstance(area, QScrollArea) else None
    wider = content is not None and content.width() > area.viewport().width()
    return wider or area.horizontalScrollBar().isVisible()


def _checked(widget: QWidget) -> bool:
    if not widget.isVisible() or widget.width() == 0 or widget.isWindow():
        return False
    parent = widget.parentWidget()
    # A scroll area's viewport holds a content widget that is meant to be bigger than it.
    return not isinstance(widget, QScrollBar) and not (
        parent is not None
        and isinstance(parent.parentWidget(), QAbstractScrollArea)
        and parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
    )


def _problems(window: QWidget, child: QWidget) -> list[str]:
    found = []
    parent = child.parentWidget()
    if parent is not None and not parent.rect().contains(child.geometry()):
        found.append(f"{child!r} ({_name(child)}) sticks out of {parent!r}: {child.geometry()}")
    if _scroll_area_of(child) is None:
        box = QRect(child.mapTo(window, child.rect().topLeft()), child.size())
        if not window.rect().contains(box):
            found.append(f"{child!r} ({_name(child)}) is outside the window: {box}")
    need = _needed(child)
    slack = 2 if isinstance(child, QAbstractButton) else 1  # a focus border is 1 px thicker
    if need is not None and (need[0] > child.width() + 1 or need[1] > child.height() + slack):
        found.append(f"{child!r} ({_name(child)}) needs {need}, has {child.size().toTuple()}")
    return found


def _needed(widget: QWidget) -> tuple[int, int] | None:
    """The size the widget needs to show all of its text (None: not checked)."""
    if isinstance(widget, QLabel):
        return _label_needs(widget)
    if isinstance(widget, QAbstractButton):
        return _button_needs(widget)
    if isinstance(widget, QLineEdit):
        return 0, widget.minimumSizeHint().height()
    return None


def _label_needs(label: QLabel) -> tuple[int, int] | None:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return label.pixmap().deviceIndependentSize().toSize().toTuple()  # type: ignore[return-value]
    if not label.text():
        return None
    if label.wordWrap():
        return label.minimumSizeHint().width(), label.heightForWidth(label.width())
    return label.sizeHint().toTuple()  # type: ignore[return-value]


def _button_needs(button: QAbstractButton) -> tuple[int, int]:
    if not button.text():  # a pictogram button: its picture must fit
        return button.iconSize().toTuple()  # type: ignore[return-value]
    if button.hasHeightForWidth():  # its text wraps
        return button.minimumSizeHint().width(), button.heightForWidth(button.width())
    hint = button.sizeHint()  # the text, icon and padding on one line
    return hint.width(), button.minimumSizeHint().height()


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return widget.accessibleName() or text[:40]
