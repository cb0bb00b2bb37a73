"""The main window: a thin shell with a header and the deck list."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.storage.deck_store import DeckSummary
from vaktaal.ui.deck_list import DeckListWidget
from vaktaal.ui.style import title_font
from vaktaal.ui.workers import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, library: PictogramLibrary) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Vaktaal"))
        self.resize(1366, 768)
        page = QWidget()
        page.setObjectName("page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self._title())
        layout.addWidget(
            self._label(self.tr("Kies een pakket met woorden van je werk."), "subtitle")
        )
        self.status = self._label(self.tr("Even geduld. Vaktaal wordt klaargezet…"), "status")
        self.status.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.status)
        self.decks = DeckListWidget(library)
        layout.addWidget(self.decks, stretch=1)
        self.setCentralWidget(page)
        self.tasks = TaskRunner(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.shutdown()
        super().closeEvent(event)

    def _title(self) -> QLabel:
        title = self._label(self.tr("Vaktaal"), "title")
        title.setFont(title_font())
        return title

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def show_decks(self, decks: list[DeckSummary]) -> None:
        self.decks.show_decks(decks)
        if decks:
            self.status.setText(self.tr("Er zijn {n} pakketten.").format(n=len(decks)))
        else:
            self.status.setText(
                self.tr("Er zijn nog geen pakketten. Vraag je begeleider om er een te importeren.")
            )
        self.decks.setFocus()

    def show_problem(self, message: str) -> None:
        self.status.setText(message)
