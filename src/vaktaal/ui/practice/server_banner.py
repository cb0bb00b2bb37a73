"""What the learner sees while the database server is away: a banner above the exercise
(practising goes on, the answers are kept on this PC), and a page to wait on when nothing
can be loaded."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.widgets import PictogramLabel, heading, text_label

AWAY_ICON = "openmoji:1F50C"  # a plug: no connection
WAIT_ICON = "openmoji:23F3"  # an hourglass
BANNER_STYLE = """
QFrame#serverBanner { background: #fff4d6; border: 3px solid #e0a100; border-radius: 12px; }
"""


class ServerBanner(QFrame):
    """Hidden until the server is away; says that practising goes on and nothing is lost."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBanner")
        self.setStyleSheet(BANNER_STYLE)
        picture = PictogramLabel(library, 56)
        picture.show_pictogram(AWAY_ICON, self.tr("Geen verbinding"))
        self.title = text_label(self.tr("De verbinding met de server is weg."), 1.2, bold=True)
        self.kept = text_label(
            self.tr("Je kunt verder oefenen; je antwoorden worden bewaard."), 1.1
        )
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.kept)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(16)
        layout.addWidget(picture, alignment=Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(texts, stretch=1)
        self.setAccessibleName(self.title.text())
        self.setVisible(False)

    def show_away(self, away: bool) -> None:
        self.setVisible(away)


class ServerWaitPage(QWidget):
    """The page "Even wachten op de server…", until a try again works (ui/practice/server_watch)."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        picture = PictogramLabel(library, 140)
        picture.show_pictogram(WAIT_ICON, self.tr("Wachten"))
        self.title = heading(self.tr("Even wachten op de server…"), 2.2)
        self.saved = text_label(
            self.tr("Je antwoorden zijn bewaard. Het gaat zo vanzelf verder."), 1.4
        )
        self.title.setAccessibleName(self.title.text())
        texts = QVBoxLayout()
        texts.setSpacing(12)
        texts.addWidget(self.title)
        texts.addWidget(self.saved)
        top = QHBoxLayout()
        top.setSpacing(32)
        top.addWidget(picture, alignment=Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addLayout(top)
        layout.addStretch(1)
