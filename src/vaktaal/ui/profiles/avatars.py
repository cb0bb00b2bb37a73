"""The avatar pictograms a learner can choose, and an avatar drawn with a lock hint."""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF
from PySide6.QtGui import QColor, QPainter, QPixmap

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.pictogram_icons import pictogram_pixmap

LOCK = "openmoji:1F512"


@dataclass(frozen=True)
class Avatar:
    ref: str
    name: str  # Dutch source text, marked for translation; show it through avatar_name()


# Friendly, culture-neutral pictures (no dogs or pigs, no religious signs).
AVATARS = (
    Avatar("openmoji:1F642", str(QT_TRANSLATE_NOOP("avatars", "Gezicht"))),
    Avatar("openmoji:1F431", str(QT_TRANSLATE_NOOP("avatars", "Kat"))),
    Avatar("openmoji:1F981", str(QT_TRANSLATE_NOOP("avatars", "Leeuw"))),
    Avatar("openmoji:1F98B", str(QT_TRANSLATE_NOOP("avatars", "Vlinder"))),
    Avatar("openmoji:1F337", str(QT_TRANSLATE_NOOP("avatars", "Tulp"))),
    Avatar("openmoji:1F333", str(QT_TRANSLATE_NOOP("avatars", "Boom"))),
    Avatar("openmoji:1F6B2", str(QT_TRANSLATE_NOOP("avatars", "Fiets"))),
    Avatar("openmoji:26BD", str(QT_TRANSLATE_NOOP("avatars", "Voetbal"))),
)


def avatar_name(avatar: Avatar) -> str:
    return QCoreApplication.translate("avatars", avatar.name)


def avatar_pixmap(ref: str, library: PictogramLibrary, size: int, locked: bool = False) -> QPixmap:
    """The avatar at `size` px; with `locked`, a small lock in the lower right corner."""
    pixmap = pictogram_pixmap(ref, library, size)
    if locked:
        _draw_lock(pixmap, library, size)
    return pixmap


def _draw_lock(pixmap: QPixmap, library: PictogramLibrary, size: int) -> None:
    lock_size = max(16, int(size * 0.4))
    corner = QRectF(size - lock_size, size - lock_size, lock_size, lock_size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#c5d0dc"))
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(corner.adjusted(1, 1, -1, -1))
    inner = int(lock_size * 0.75)
    offset = (lock_size - inner) / 2
    lock = pictogram_pixmap(LOCK, library, inner)
    painter.drawPixmap(int(corner.left() + offset), int(corner.top() + offset), lock)
    painter.end()
