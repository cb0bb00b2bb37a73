"""What the import dialogs (Anki, spreadsheet) share: buttons, rows, lists, the status line.

Texts are translated by each dialog itself and passed in, so their translations stay put.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import DeckProblems
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, big_button
from vaktaal.usecases.errors import UseCaseError

OK_ICON, PROBLEM_ICON = "mdi:check-circle-outline", "mdi:alert-circle-outline"


def dialog_buttons(
    library: PictogramLibrary, choose_text: str, import_text: str, cancel_text: str
) -> tuple[QPushButton, QPushButton, QPushButton]:
    """The file, import (primary) and cancel buttons."""
    file_button = big_button(choose_text, library, "mdi:folder-open-outline", icon_size=32)
    import_button = big_button(import_text, library, "mdi:database-import-outline", icon_size=32)
    import_button.setProperty("role", "primary")
    cancel_button = big_button(cancel_text, library, "mdi:close-thick", icon_size=32)
    return file_button, import_button, cancel_button


def message_list(name: str) -> QListWidget:
    """A list whose messages always wrap, so a whole message is readable."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    set_relative_font(widget, 1.05)
    return widget


def side_by_side(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side; the last one takes the free space."""
    row = QHBoxLayout()
    for widget in widgets[:-1]:
        row.addWidget(widget)
    row.addWidget(widgets[-1], stretch=1)
    return row


def buttons_on_the_right(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def dialog_layout(dialog: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(28, 20, 28, 20)
    layout.setSpacing(12)
    return layout


def chain_tab_order(widget: QWidget, order: Sequence[QWidget]) -> None:
    for first, then in zip(order, order[1:], strict=False):
        widget.setTabOrder(first, then)


def show_failure(messages: QListWidget, error: Exception, fallback: str) -> None:
    """The deck's problems, a use case's own message, or `fallback` for any other error."""
    messages.clear()
    if isinstance(error, DeckProblems):
        messages.addItems([problem.message for problem in error.problems])
    elif isinstance(error, UseCaseError):
        messages.addItem(str(error))
    else:
        messages.addItem(fallback)


def show_status(icon: PictogramLabel, label: QLabel, text: str, ok: bool | None) -> None:
    """A check (ok), a warning (not ok) or no icon (None: busy or nothing chosen yet)."""
    label.setText(text)
    if ok is None:
        icon.clear()
    else:
        icon.show_pictogram(OK_ICON if ok else PROBLEM_ICON, text)
