"""Look and feel: big type, calm colours, clear focus for keyboard users."""

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 14
TITLE_POINT_SIZE = 26
PREFERRED_FAMILIES = ("Noto Sans", "DejaVu Sans")

STYLE_SHEET = """
QMainWindow, QWidget#page { background: #f7f8fa; }
QLabel#title { color: #1f2933; }
QLabel#subtitle, QLabel#status { color: #52606d; }
QListView { background: #ffffff; border: 1px solid #d9e2ec; border-radius: 12px; padding: 8px; }
QListView:focus { border: 3px solid #2f6fde; }
QPushButton {
    background: #ffffff; border: 2px solid #c5d0dc; border-radius: 12px; padding: 8px 18px;
}
QPushButton:hover { background: #eef4fd; }
QPushButton:focus { border: 3px solid #2f6fde; }
QPushButton:pressed { background: #d6e4fb; }
QPushButton[role="primary"] { background: #2f6fde; color: #ffffff; border-color: #2f6fde; }
QPushButton[role="primary"]:focus { border: 3px solid #0b3d91; }
QPushButton[role="good"] { background: #e3f4e8; border-color: #3f9b5b; }
QPushButton[role="bad"] { background: #fbe7e6; border-color: #c8453b; }
QLineEdit { background: #ffffff; border: 2px solid #c5d0dc; border-radius: 10px; padding: 8px; }
QLineEdit:focus { border: 3px solid #2f6fde; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(_family(), BASE_POINT_SIZE)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#d6e4fb"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#1f2933"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


def _family() -> str:
    available = set(QFontDatabase.families())
    return next((name for name in PREFERRED_FAMILIES if name in available), QFont().family())


def title_font() -> QFont:
    font = QFont(QApplication.font())
    font.setPointSize(TITLE_POINT_SIZE)
    font.setBold(True)
    return font
