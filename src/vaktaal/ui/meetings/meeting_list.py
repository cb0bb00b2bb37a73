"""The learner's meetings: one big row each (pictogram, title, situation), to listen to.

Signals: start_requested(meeting id), back_requested(). Enter or a double click on a row
starts it, as does the 'Luisteren' button; Escape goes back.
"""

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import dutch
from vaktaal.ui.pictogram_icons import pictogram_pixmap
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import big_button, heading, text_label

MEETING = "openmoji:1F465"
LISTEN, BACK = "openmoji:1F442", "openmoji:2B05"
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ICON = 64


class MeetingRow(Protocol):
    """What the list shows of a meeting (MeetingSummary of the meeting store)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def situation(self) -> str: ...


class MeetingListPage(QWidget):
    start_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.meetings = QListWidget()
        self.meetings.setIconSize(QSize(ROW_ICON, ROW_ICON))
        self.meetings.setWordWrap(True)
        self.meetings.setResizeMode(QListWidget.ResizeMode.Adjust)  # lines wrap, never sideways
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings.setSpacing(6)
        self.meetings.setStyleSheet("QListWidget::item { padding: 12px; }")
        self.meetings.setAccessibleName(self.tr("Vergaderingen"))
        set_relative_font(self.meetings, 1.3)
        self.meetings.itemActivated.connect(lambda _item: self._start())
        self.empty = text_label(
            self.tr("Er zijn nog geen vergaderingen. Vraag je begeleider."), 1.3
        )
        self.back_button = big_button(self.tr("Terug"), library, BACK, 1.2, 40)
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.listen_button = big_button(self.tr("Luisteren"), library, LISTEN, 1.4, 48)
        self.listen_button.setProperty("role", "primary")
        self.listen_button.setAutoDefault(True)
        self.listen_button.clicked.connect(self._start)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested.emit)
        self._build()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.listen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Vergaderingen")))
        layout.addWidget(self.empty)
        layout.addWidget(self.meetings, stretch=1)
        layout.addLayout(buttons)

    def show_meetings(self, meetings: Sequence[MeetingRow]) -> None:
        """Fill the list; the focus goes to the first meeting (or 'Terug' when there is none)."""
        self.meetings.clear()
        icon = QIcon(pictogram_pixmap(MEETING, self.library, ROW_ICON * 2))
        icon.addPixmap(pictogram_pixmap(MEETING, self.library, ROW_ICON * 2), QIcon.Mode.Selected)
        for meeting in meetings:
            item = QListWidgetItem(icon, dutch(f"{meeting.title}\n{meeting.situation}"))
            item.setData(MEETING_ID_ROLE, meeting.id)
            self.meetings.addItem(item)
        has_any = bool(meetings)
        self.empty.setVisible(not has_any)
        self.meetings.setVisible(has_any)
        self.listen_button.setEnabled(has_any)
        if has_any:
            self.meetings.setCurrentRow(0)
            self.meetings.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_id(self) -> str | None:
        item = self.meetings.currentItem()
        return str(item.data(MEETING_ID_ROLE)) if item is not None else None

    def _start(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            self.start_requested.emit(meeting_id)
