"""After the summary: each main point and action item, what was found, what to add, and
what is not right. The texts come from the summary feedback of the use case
(vaktaal.core.meetings.feedback_text), the same that `vaktaal meeting check-summary` prints.

No red crosses: a point found in part is progress (a thumb up), a point not yet found is
something to add (a plus).
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.meetings.feedback_text import ALL, PROGRESS, Feedback, ItemFeedback
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.meetings.exercise_parts import ResultPanel
from vaktaal.ui.practice.common import RIGHT_ICON, action_button
from vaktaal.ui.practice.term_card import plain_label
from vaktaal.ui.widgets import PictogramLabel, text_label

PARTLY_ICON = "openmoji:1F44D"  # thumb up: found in part
ADD_ICON = "openmoji:2795"  # plus: still to add
HINT_ICON = "openmoji:1F4A1"  # light bulb: a hint
RETRY_ICON = "openmoji:270F"  # pencil
_LOOK = {  # level: icon, border style
    "covered": (RIGHT_ICON, "2px solid #3f9b5b"),
    "partly": (PARTLY_ICON, "2px solid #c99a2e"),
    "missed": (ADD_ICON, "2px dashed #8a8f98"),
}
_RESULT_LOOK = {  # mood: icon, background, border
    ALL: (RIGHT_ICON, "#e3f4e8", "#3f9b5b"),
    PROGRESS: (PARTLY_ICON, "#fff4d6", "#c99a2e"),
}
_HINT_LOOK = (HINT_ICON, "#e6efff", "#2f6fdd")  # nothing found yet, or not Dutch


class SummaryFeedback(QScrollArea):
    """The list of rows, scrollable when a meeting has many points."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.rows: list[CoverageRow] = []
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self._layout.setSpacing(10)
        self.setWidget(self._content)

    def show_feedback(self, feedback: Feedback) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if widget := item.widget():
                widget.deleteLater()
        self.rows = []
        groups = ((self.tr("Hoofdpunten"), feedback.points), (self.tr("Taken"), feedback.actions))
        for title, items in groups:
            if items:
                self._layout.addWidget(text_label(title, 1.3, bold=True))
            for shown in items:
                row = CoverageRow(self.library, shown)
                self._layout.addWidget(row)
                self.rows.append(row)
        self._layout.addStretch(1)
        self.verticalScrollBar().setValue(0)


class CoverageRow(QFrame):
    def __init__(
        self, library: PictogramLibrary, item: ItemFeedback, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.level = item.level
        icon_ref, border = _LOOK.get(item.level, _LOOK["missed"])
        self.setObjectName("coverage")
        self.setStyleSheet(f"QFrame#coverage {{ border: {border}; border-radius: 12px; }}")
        self.icon = PictogramLabel(library, 48)
        self.icon.show_pictogram(icon_ref, self._level_text(item.level))
        self.text = plain_label(1.2, bold=True)
        self.text.setText(item.text)
        self.found = self._line(item.found, "#2d7a46")
        self.missing = self._line(item.add, "#1f4e9c")
        self.note = self._line(item.note, "#8a5a00")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        for label in (self.text, self.found, self.missing, self.note):
            texts.addWidget(label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(14)
        layout.addWidget(self.icon, alignment=Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, stretch=1)
        spoken = [self._level_text(item.level), item.text, item.found, item.add, item.note]
        self.setAccessibleName(": ".join(part for part in spoken[:2]) + _tail(spoken[2:]))

    def _line(self, text: str, colour: str) -> QLabel:
        label = plain_label(1.1)
        label.setText(text)
        label.setStyleSheet(f"color: {colour};")
        label.setVisible(bool(text))
        return label

    def _level_text(self, level: str) -> str:
        if level == "covered":
            return self.tr("Erin")
        if level == "partly":
            return self.tr("Voor een deel erin")
        return self.tr("Nog niet erin")


def show_summary_result(panel: ResultPanel, feedback: Feedback) -> None:
    """The panel under the rows: the headline, the next step, the language hint."""
    icon, background, border = _RESULT_LOOK.get(feedback.mood, _HINT_LOOK)
    answer = "\n".join(text for text in (feedback.detail, feedback.hint) if text)
    panel.show_look(icon, background, border, feedback.headline, answer)


def retry_button(
    panel: ResultPanel, library: PictogramLibrary, retry: Callable[[], None]
) -> QPushButton:
    """ "Verbeter je tekst", next to the panel's "Verder": back to the summary, to add to it."""
    button = action_button(
        QCoreApplication.translate("SummaryFeedback", "Verbeter je tekst"), library, RETRY_ICON
    )
    button.setToolTip(QCoreApplication.translate("SummaryFeedback", "Ga terug en voeg punten toe"))
    button.clicked.connect(retry)
    layout = panel.layout()
    if isinstance(layout, QHBoxLayout):
        layout.insertWidget(layout.count() - 1, button)
    return button


def _tail(parts: Sequence[str]) -> str:
    return "".join(f". {part}" for part in parts if part)
