"""What a user can read on a page, and whether staff things (install steps) are among it."""

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

STAFF_WORDS = ("vaktaal speech", ".zip", "zip-bestand", "alphacephei", "vosk", "http", "model")


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can see on `root`: labels and buttons."""
    widgets = root.findChildren(QLabel) + root.findChildren(QAbstractButton)
    return [w.text() for w in widgets if w.isVisibleTo(root) and w.text()]


def staff_words_in(root: QWidget) -> list[str]:
    texts = " ".join(visible_texts(root)) + " " + root.accessibleName()
    return [word for word in STAFF_WORDS if word.lower() in texts.lower()]
