"""Pieces the learner's screens share: page style, calm progress bars, white cards, fact lines."""

from PySide6.QtWidgets import QFrame, QProgressBar, QWidget

# The app style sheet has no disabled look for the primary button; this one is calm grey.
PRIMARY_DISABLED = """
QPushButton[role="primary"]:disabled { background: #dde3ea; border-color: #dde3ea; color: #7b8794; }
"""

PAGE_STYLE = (
    PRIMARY_DISABLED
    + """
QFrame#card { background: #ffffff; border: 1px solid #d9e2ec; border-radius: 16px; }
QLabel#muted { color: #52606d; }
QPushButton:checked { background: #d6e4fb; border: 3px solid #2f6fde; }
QProgressBar {
    background: #e4e9f0; border: none; border-radius: 12px;
    min-height: 24px; max-height: 24px;
}
QProgressBar::chunk { background: #3f9b5b; border-radius: 12px; }
QScrollArea, QWidget#qt_scrollarea_viewport, QWidget#scrollInner { background: transparent; }
"""
)


def facts(*parts: str) -> str:
    """'5 te oefenen · 8 nieuw': a line breaks only between the facts, never inside one."""
    return " · ".join(part.replace(" ", "\u00a0") for part in parts)


def progress_bar(value: int, maximum: int, accessible_name: str) -> QProgressBar:
    """A bar without text inside (the numbers are in a label next to it, in bigger type)."""
    bar = QProgressBar()
    bar.setTextVisible(False)
    bar.setRange(0, max(maximum, 1))
    bar.setValue(min(max(value, 0), max(maximum, 1)))
    bar.setAccessibleName(accessible_name)
    return bar


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("card")
    return frame
