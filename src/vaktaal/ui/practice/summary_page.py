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
from vaktaal.ui.bidi import dutch
from vaktaal.ui.fit import scrolled, wrapping_row
from vaktaal.ui.practice.common import (
    CHECK_ICON,
    MUTED,
    RIGHT_ICON,
    action_button,
    pictogram_icon,
)
from vaktaal.ui.practice.key_guard import KeyGuard
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, heading, text_label

DONE_ICON = "openmoji:1F389"
AGAIN_ICON = "openmoji:1F501"
HOME_ICON = "openmoji:1F3E0"
REPEAT_ICON_SIZE = 96


class SummaryPage(QWidget):
    """Emits again_requested or home_requested from its two buttons. Keys wait a moment
    after it appears: Enter pressed twice on the last answer does not start a new session."""

    again_requested = Signal()
    home_requested = Signal()

    def __init__(
        self,
        library: PictogramLibrary,
        parent: QWidget | None = None,
        keys: KeyGuard | None = None,
    ) -> None:
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
        self.saved_label = text_label("", 1.2)
        self.saved_label.setStyleSheet(MUTED)
        self.saved_icon = PictogramLabel(library, 32)
        self.saved_icon.show_pictogram(CHECK_ICON, self.tr("Bewaard"))
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
        body = QVBoxLayout()  # scrolls on a small screen; the buttons stay in view
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(18)
        body.addLayout(self._header())
        body.addWidget(self.repeat_title)
        body.addWidget(self.repeat_list, stretch=1)
        body.addWidget(self.all_right_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 40, 20)
        layout.setSpacing(18)
        layout.addWidget(scrolled(body), stretch=1)
        layout.addWidget(wrapping_row(self.again_button, self.home_button, spacing=20))
        self.keys = keys or KeyGuard()
        self.keys.setParent(self)
        self.keys.guard(self)

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
        saved = QHBoxLayout()
        saved.setSpacing(10)
        saved.addWidget(self.saved_icon)
        saved.addWidget(self.saved_label, stretch=1)
        texts.addLayout(saved)
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

    def show_summary(self, summary: SessionSummary, saved: int | None = None) -> None:
        """`saved`: how many of the session's answers are in the database (None: unknown)."""
        self._show_saved(summary.answers, saved)
        n, right = summary.practised, summary.right_first_time
        if n == 1:
            self.practised_label.setText(self.tr("Je hebt 1 woord geoefend."))
        else:
            self.practised_label.setText(self.tr("Je hebt {n} woorden geoefend.").format(n=n))
        self.right_label.setText(self.tr("{m} goed").format(m=right))
        self.right_label.setAccessibleName(self.right_label.text())
        self.repeat_list.clear()
        for term in summary.to_repeat:
            item = QListWidgetItem(dutch(term.display))
            item.setIcon(pictogram_icon(self.library, term.pictogram, REPEAT_ICON_SIZE))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, term.display)
            self.repeat_list.addItem(item)
        has_words = bool(summary.to_repeat)
        self.repeat_title.setVisible(has_words)
        self.repeat_list.setVisible(has_words)
        self.all_right_label.setVisible(not has_words and n > 0)
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.keys.new_screen()

    def _show_saved(self, answers: int, saved: int | None) -> None:
        """Say "12 antwoorden bewaard", or "11 van 12 antwoorden bewaard" when a write failed."""
        if saved is None or answers == 0:
            text = ""
        elif saved < answers:
            text = self.tr("{saved} van {n} antwoorden bewaard").format(saved=saved, n=answers)
        elif answers == 1:
            text = self.tr("1 antwoord bewaard")
        else:
            text = self.tr("{n} antwoorden bewaard").format(n=answers)
        self.saved_label.setText(text)
        self.saved_label.setAccessibleName(text)
        self.saved_label.setVisible(bool(text))
        self.saved_icon.setVisible(bool(text))
