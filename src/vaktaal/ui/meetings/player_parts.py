"""Parts of the meeting player: the speaker card, the subtitles, the "just listen" panel,
the badge of a real recording."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from vaktaal.core.meetings.playback import PlayItem
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import dutch
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, text_label

EAR = "openmoji:1F442"
MICROPHONE = "openmoji:1F399"  # studio microphone: a real recording
ROW_ICON = 48

SUBTITLE_STYLE = """
QListWidget::item { padding: 10px; border-radius: 10px; border: 3px solid transparent; }
QListWidget::item:selected { background: #ffe9a8; color: #1f2933; border-color: #d9a400; }
"""


def who(item: PlayItem) -> str:
    """'Anna (teamleider)', or the name alone when there is no role."""
    return f"{item.name} ({item.role})" if item.role else item.name


class SpeakerCard(QWidget):
    """Who speaks now: a big pictogram, the name, the role."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = PictogramLabel(library, 112)
        self.name = text_label("", 1.6, bold=True)
        self.role = text_label("", 1.2)
        for label in (self.name, self.role):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.name)
        layout.addWidget(self.role)
        layout.addStretch(1)
        self.setMinimumWidth(240)  # wider for a long name or role
        self.setMaximumWidth(420)

    def show_speaker(self, item: PlayItem | None) -> None:
        if item is None:
            self.picture.clear()
            self.name.setText("")
            self.role.setText("")
            return
        self.picture.show_pictogram(item.pictogram, who(item))
        self.name.setText(dutch(item.name))
        self.role.setText(dutch(item.role))


class Subtitles(QListWidget):
    """The whole transcript with who says each line; the current line is highlighted."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWordWrap(True)
        self.setIconSize(QSize(ROW_ICON, ROW_ICON))
        self.setSpacing(4)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lines wrap
        self.setStyleSheet(SUBTITLE_STYLE)
        set_relative_font(self, 1.3)
        self.setAccessibleName(self.tr("Tekst van de vergadering"))

    def show_items(self, items: tuple[PlayItem, ...]) -> None:
        self.clear()
        for item in items:
            row = QListWidgetItem(dutch(f"{who(item)}\n{item.text}"))
            row.setIcon(_same_when_selected(pictogram_pixmap(item.pictogram, self.library, 96)))
            self.addItem(row)

    def highlight(self, index: int) -> None:
        """Mark the line being said (coloured and bold) and scroll it to the middle."""
        for row in range(self.count()):
            font = self.item(row).font()
            font.setBold(row == index)
            self.item(row).setFont(font)
        if 0 <= index < self.count():
            self.setCurrentRow(index)
            self.scrollToItem(self.item(index), QListWidget.ScrollHint.PositionAtCenter)


def _same_when_selected(pixmap: QPixmap) -> QIcon:
    """Pictograms keep their colours on the highlighted line (no selection tint)."""
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


class ListenPanel(QWidget):
    """Shown instead of the text in "just listen" mode: an ear and a few words."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ear = PictogramLabel(library, 160)
        ear.show_pictogram(EAR, self.tr("Alleen luisteren"))
        self.label = text_label(self.tr("Alleen luisteren. De tekst is uit."), 1.5, bold=True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(ear)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.label)
        layout.addStretch(1)


class RecordingBadge(QWidget):
    """The words "Echte opname" with a microphone: this meeting is a real recording."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = PictogramLabel(library, 32)
        icon.show_pictogram(MICROPHONE, "")
        self.label = text_label(self.tr("Echte opname"), 1.1, bold=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(icon)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setAccessibleName(self.label.text())
