"""Three text sizes. Widgets ask for a font relative to the base size; a change re-scales all."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

SIZES = {"normal": 14, "large": 18, "xlarge": 22}  # base point size per choice
_FACTOR = "vaktaalFontFactor"
_BOLD = "vaktaalFontBold"


def set_relative_font(widget: QWidget, factor: float = 1.0, bold: bool = False) -> None:
    """Give `widget` a font `factor` times the base size; it follows text size changes."""
    widget.setProperty(_FACTOR, factor)
    widget.setProperty(_BOLD, bold)
    widget.setFont(_font(factor, bold))


def apply_text_size(size: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = QFont(app.font())
    base.setPointSize(SIZES.get(size, SIZES["normal"]))
    app.setFont(base)
    for widget in app.allWidgets():
        factor = widget.property(_FACTOR)
        if factor is not None:
            widget.setFont(_font(float(factor), bool(widget.property(_BOLD))))


def _font(factor: float, bold: bool) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font
