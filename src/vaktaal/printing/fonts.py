"""Fonts for print: Noto for Latin, Arabic script and Ge'ez, so no letter becomes a box."""

from PySide6.QtGui import QFont

# Qt picks, per letter, the first family that has it: Latin, then Arabic/Farsi, then Tigrinya.
FAMILIES = ["Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans Ethiopic"]
RTL_FAMILIES = ["Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", "Noto Sans Ethiopic"]


def print_font(points: float, bold: bool = False, italic: bool = False, rtl: bool = False) -> QFont:
    """A font of `points` pt on paper (the PDF writer's resolution turns points into dots)."""
    font = QFont()
    font.setFamilies(RTL_FAMILIES if rtl else FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font
