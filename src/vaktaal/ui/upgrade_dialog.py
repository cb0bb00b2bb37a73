"""Asked at start when the shared server's tables are older than this vaktaal: make a backup
first, then 'Bijwerken' (upgrade now) or 'Stoppen' (Esc; the default, so Enter is safe)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.widgets import PictogramLabel, big_button, heading, text_label

BACKUP_COMMAND = "vaktaal db backup BESTAND"
PICTOGRAM = "openmoji:1F4BE"  # a disk: the backup
UPGRADE = "openmoji:2705"
STOP = "openmoji:1F6D1"
PICTOGRAM_SIZE = 96
MINIMUM_WIDTH = 760
COMMAND_STYLE = "font-family: monospace; background: #eef2f6; padding: 8px 12px;"


class UpgradeDialog(QDialog):
    """Accepted: upgrade the database now. Rejected: stop Vaktaal."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database bijwerken"))
        self.setObjectName("page")
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.upgrade_button = big_button(self.tr("Bijwerken"), library, UPGRADE)
        self.stop_button = big_button(self.tr("Stoppen"), library, STOP)
        self.upgrade_button.clicked.connect(self.accept)
        self.stop_button.clicked.connect(self.reject)
        self.stop_button.setDefault(True)  # Enter stops: upgrading needs a choice
        self._build(library)
        self.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build(self, library: PictogramLibrary) -> None:
        pictogram = PictogramLabel(library, PICTOGRAM_SIZE)
        pictogram.show_pictogram(PICTOGRAM, self.tr("Backup"))
        texts = QVBoxLayout()
        texts.setSpacing(12)
        texts.addWidget(heading(self.tr("Vaktaal moet de database bijwerken.")))
        texts.addWidget(text_label(self.tr("Maak eerst een backup:"), 1.3))
        texts.addWidget(_command_label(BACKUP_COMMAND))
        texts.addWidget(text_label(self.tr("Ben je niet de coach? Kies Stoppen."), 1.3))
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(pictogram, alignment=Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts, stretch=1)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.upgrade_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(24)
        layout.addLayout(top)
        layout.addLayout(buttons)


def _command_label(command: str) -> QLabel:
    """The command to type, in a fixed-width font; it can be selected and copied."""
    label = text_label(command, 1.3, bold=True)
    label.setStyleSheet(COMMAND_STYLE)
    label.setWordWrap(False)  # one line, as it is typed
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(command)
    return label
