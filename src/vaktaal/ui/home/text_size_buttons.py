"""Three toggle buttons 'A', 'A', 'A' in growing size: normal, large and extra large text."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import text_label
from vaktaal.usecases.settings import TEXT_SIZES

FACTORS = {"normal": 0.9, "large": 1.2, "xlarge": 1.5}


class TextSizeButtons(QWidget):
    """Emits `requested(size)` when the learner picks a size. Not a button group: with one,
    Tab would reach only the chosen button, and arrow keys would be the only way to the others."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {
            "normal": self.tr("Tekst normaal"),
            "large": self.tr("Tekst groot"),
            "xlarge": self.tr("Tekst extra groot"),
        }
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(text_label(self.tr("Tekst"), 1.0, bold=True))
        for size in TEXT_SIZES:
            self.buttons[size] = self._button(size, names[size])
            row.addWidget(self.buttons[size])
        self.set_current("normal")

    def _button(self, size: str, name: str) -> QPushButton:
        button = QPushButton(self.tr("A"))
        button.setCheckable(True)
        button.setAutoDefault(True)  # Enter works as Space
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setMinimumSize(QSize(56, 56))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        set_relative_font(button, FACTORS[size], bold=True)
        button.clicked.connect(lambda: self._pick(size))
        return button

    def set_current(self, size: str) -> None:
        """Show `size` as the chosen one (without asking for a change)."""
        chosen = size if size in self.buttons else "normal"
        for name, button in self.buttons.items():
            button.setChecked(name == chosen)

    def current(self) -> str:
        return next(size for size, button in self.buttons.items() if button.isChecked())

    def _pick(self, size: str) -> None:
        self.set_current(size)  # a second click must not un-check it
        self.requested.emit(size)
