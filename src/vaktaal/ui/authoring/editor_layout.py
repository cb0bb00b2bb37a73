"""The editor's widgets and where they sit: a tab for the deck, a tab for its terms."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.authoring.deck_details import DeckDetails
from vaktaal.ui.authoring.term_form import TermForm
from vaktaal.ui.authoring.term_list import TermList
from vaktaal.ui.widgets import big_button


class EditorLayout(QWidget):
    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = DeckDetails()
        self.terms = TermList()
        self.form = TermForm(library)
        self.add_term = big_button(self.tr("Nieuwe term"), library, "openmoji:2795", 1.0, 32)
        self.remove_term = big_button(self.tr("Verwijderen"), library, "openmoji:1F5D1", 1.0, 32)
        self.terms_tab = self._terms_tab()
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(self.details), self.tr("Pakket"))
        self.tabs.addTab(self.terms_tab, self.tr("Termen"))
        self.tabs.setCurrentWidget(self.terms_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.tabs)

    def _terms_tab(self) -> QWidget:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.terms, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_term)
        buttons.addWidget(self.remove_term)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(_scrolling(self.form))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 820])
        splitter.setChildrenCollapsible(False)
        return splitter


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
