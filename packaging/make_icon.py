"""Make the app icon (vaktaal.png, vaktaal.ico) from our pictogram of a learner (leerling.svg).

Run once after changing it: `.venv/bin/python packaging/make_icon.py`; both files are kept
in packaging/ so a build needs no drawing."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
PICTOGRAM = HERE.parent / "assets" / "pictogrammen" / "leerling.svg"  # a learner with a tool
SIZE = 256
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> QImage:
    """The pictogram on a white rounded square with a blue edge."""
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#1f5fa8"))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(QRectF(4, 4, SIZE - 8, SIZE - 8), 40, 40)
    QSvgRenderer(str(PICTOGRAM)).render(painter, QRectF(20, 20, SIZE - 40, SIZE - 40))
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication([])
    draw().save(str(HERE / "vaktaal.png"))
    Image.open(HERE / "vaktaal.png").save(HERE / "vaktaal.ico", sizes=ICO_SIZES)
    del app


if __name__ == "__main__":
    main()
