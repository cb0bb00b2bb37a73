"""After a session: how many words, how many right, which words to practise again."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.session import SessionSummary
from vaktaal.ui.practice.common import MUTED, RIGHT_ICON, action_button, pictogram_icon
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, heading, text_label

DONE_ICON = "openmoji:1F389"
AGAIN_ICON = "openmoji:1F501"
HOME_ICON = "openmoji:1F3E0"
REPEAT_ICON_SIZE = 96


class SummaryPage(QWidget):
    """Emits again_requested or home_requested from its two buttons."""

    again_requested = Signal()
    home_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.library = library
        self.picture = PictogramLabel(library, 140)
        self.picture.show_pictogram(DONE_ICON, self.tr("Feest"))
        self.title = heading(self.tr("Klaar!"), 2.6)
        self.practised_label = text_label("", 1.5)
        self.right_label = text_label("", 1.5, bold=True)
        self.right_icon = PictogramLabel(library, 44)
        self.right_icon.show_pictogram(RIGHT_ICON, self.tr("Goed"))
        self.repeat_title = text_label(self.tr("Deze woorden oefen je nog een keer:"), 1.3)
        self.repeat_title.setStyleSheet(MUTED)
        self.repeat_list = self._repeat_list()
        self.all_right_label = text_label(self.tr("Alles goed. Knap gedaan!"), 1.5)
        self.again_button = action_button(
            self.tr("Nog een keer oefenen"), library, AGAIN_ICON, "primary"
        )
        self.home_button = action_button(self.tr("Naar start"), library, HOME_ICON)
        self.again_button.clicked.connect(self.again_requested)
        self.home_button.clicked.connect(self.home_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(18)
        layout.addLayout(self._header())
        layout.addWidget(self.repeat_title)
        layout.addWidget(self.repeat_list, stretch=1)
        layout.addWidget(self.all_right_label)
        layout.addStretch(0)
        layout.addLayout(self._buttons())

    def _header(self) -> QHBoxLayout:
        right = QHBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.right_icon)
        right.addWidget(self.right_label, stretch=1)
        texts = QVBoxLayout()
        texts.setSpacing(8)
        texts.addWidget(self.title)
        texts.addWidget(self.practised_label)
        texts.addLayout(right)
        header = QHBoxLayout()
        header.setSpacing(32)
        header.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignTop)
        header.addLayout(texts, stretch=1)
        return header

    def _repeat_list(self) -> QListWidget:
        words = QListWidget()
        words.setAccessibleName(self.tr("Woorden om te herhalen"))
        words.setIconSize(QSize(REPEAT_ICON_SIZE, REPEAT_ICON_SIZE))
        words.setViewMode(QListWidget.ViewMode.IconMode)
        words.setMovement(QListWidget.Movement.Static)
        words.setResizeMode(QListWidget.ResizeMode.Adjust)
        words.setWordWrap(True)
        words.setGridSize(QSize(240, 170))
        words.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        set_relative_font(words, 1.4)
        return words

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(20)
        row.addWidget(self.again_button)
        row.addWidget(self.home_button)
        row.addStretch(1)
        return row

    def show_summary(self, summary: SessionSummary) -> None:
        n, right = summary.practised, summary.right_first_time
        if n == 1:
            self.practised_label.setText(self.tr("Je hebt 1 woord geoefend."))
        else:
            self.practised_label.setText(self.tr("Je hebt {n} woorden geoefend.").format(n=n))
        self.right_label.setText(self.tr("{m} goed").format(m=right))
        self.right_label.setAccessibleName(self.right_label.text())
        self.repeat_list.clear()
        for term in summary.to_repeat:
            item = QListWidgetItem(term.display)
            item.setIcon(pictogram_icon(self.library, term.pictogram, REPEAT_ICON_SIZE))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, term.display)
            self.repeat_list.addItem(item)
        has_words = bool(summary.to_repeat)
        self.repeat_title.setVisible(has_words)
        self.repeat_list.setVisible(has_words)
        self.all_right_label.setVisible(not has_words and n > 0)
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
