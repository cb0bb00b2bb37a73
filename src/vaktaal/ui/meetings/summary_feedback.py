"""After the summary: each main point and action item, covered, partly or missed, and why."""

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.practice.common import ALMOST_ICON, RIGHT_ICON, WRONG_ICON
from vaktaal.ui.practice.term_card import plain_label
from vaktaal.ui.widgets import PictogramLabel, text_label

_LOOK = {  # level: icon, border colour
    "covered": (RIGHT_ICON, "#3f9b5b"),
    "partly": (ALMOST_ICON, "#c99a2e"),
    "missed": (WRONG_ICON, "#c8453b"),
}


class CoverageLike(Protocol):
    """One point's coverage (vaktaal.core.meetings.coverage.Coverage fits)."""

    @property
    def text(self) -> str: ...

    @property
    def level(self) -> str: ...  # "covered", "partly" or "missed"

    @property
    def matched(self) -> Sequence[str]: ...

    @property
    def missing(self) -> Sequence[str]: ...


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

    def show_check(self, points: Sequence[CoverageLike], actions: Sequence[CoverageLike]) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if widget := item.widget():
                widget.deleteLater()
        self.rows = []
        for title, coverages in ((self.tr("Hoofdpunten"), points), (self.tr("Taken"), actions)):
            if coverages:
                self._layout.addWidget(text_label(title, 1.3, bold=True))
            for coverage in coverages:
                row = CoverageRow(self.library, coverage)
                self._layout.addWidget(row)
                self.rows.append(row)
        self._layout.addStretch(1)


class CoverageRow(QFrame):
    def __init__(
        self, library: PictogramLibrary, coverage: CoverageLike, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.level = coverage.level
        icon_ref, border = _LOOK.get(coverage.level, _LOOK["missed"])
        self.setObjectName("coverage")
        self.setStyleSheet(
            f"QFrame#coverage {{ border: 2px solid {border}; border-radius: 12px; }}"
        )
        self.icon = PictogramLabel(library, 48)
        self.icon.show_pictogram(icon_ref, self._level_text(coverage.level))
        self.text = plain_label(1.2, bold=True)
        self.text.setText(coverage.text)
        self.found = self._words(self.tr("Gevonden: {words}"), coverage.matched, "#2d7a46")
        self.missing = self._words(self.tr("Mist nog: {words}"), coverage.missing, "#b0362d")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        for label in (self.text, self.found, self.missing):
            texts.addWidget(label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(14)
        layout.addWidget(self.icon, alignment=Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, stretch=1)
        self.setAccessibleName(f"{self._level_text(coverage.level)}: {coverage.text}")

    def _words(self, template: str, words: Sequence[str], colour: str) -> QLabel:
        label = plain_label(1.1)
        label.setText(template.format(words=", ".join(words)))
        label.setStyleSheet(f"color: {colour};")
        label.setVisible(bool(words))
        return label

    def _level_text(self, level: str) -> str:
        if level == "covered":
            return self.tr("Erin")
        if level == "partly":
            return self.tr("Half erin")
        return self.tr("Mist")
