"""A telephone-style keypad: big digit buttons 1–9 and 0, and an erase button."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.widgets import big_button

ERASE = "mdi:backspace-outline"
KEY_SIZE = QSize(104, 84)
# (digit, row, column) like a phone; 0 sits under 8
LAYOUT = [(str(n), (n - 1) // 3, (n - 1) % 3) for n in range(1, 10)] + [("0", 3, 1)]


class Keypad(QWidget):
    digit = Signal(str)
    erase = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Cijfers"))
        grid = QGridLayout(self)
        grid.setSpacing(12)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for text, row, column in LAYOUT:
            self.buttons[text] = self._digit_button(text)
            grid.addWidget(self.buttons[text], row, column)
        self.erase_button = big_button("", library, ERASE, icon_size=40)
        self.erase_button.setAccessibleName(self.tr("Wissen"))
        self.erase_button.setToolTip(self.tr("Wissen"))
        self.erase_button.setMinimumSize(KEY_SIZE)
        self.erase_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.erase_button.clicked.connect(self.erase.emit)
        grid.addWidget(self.erase_button, 3, 2)

    def _digit_button(self, text: str) -> QPushButton:
        button = big_button(text, factor=2.0)
        button.setMinimumSize(KEY_SIZE)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps the focus where it is
        button.clicked.connect(lambda: self.digit.emit(text))
        return button
