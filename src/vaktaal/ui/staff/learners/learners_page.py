"""'Leerlingen beheren': every learner as a row with their buttons (coach only)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core import languages
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.fit import VerticalScroll
from vaktaal.ui.staff.learners.person_row import PersonRow
from vaktaal.ui.widgets import big_button, heading, text_label
from vaktaal.usecases.decks import DeckSummary
from vaktaal.usecases.learners import Learner

BACK = "mdi:arrow-left-bold"
MESSAGE_STYLE = "color: #1f5130;"
PROBLEM_STYLE = "color: #9b2c2c;"


class LearnersPage(QWidget):
    """Each request signal carries the Learner."""

    back_requested = Signal()
    edit_requested = Signal(object)
    pin_requested = Signal(object)
    decks_requested = Signal(object)
    export_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.library = library
        self.rows: list[PersonRow] = []
        self.back_button = big_button(self.tr("Terug"), library, BACK, icon_size=32)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = heading(self.tr("Leerlingen beheren"))
        self.message = text_label("", 1.2, bold=True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.list = QVBoxLayout()
        self.list.setSpacing(12)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.list)
        column.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(self.back_button)
        top.addWidget(self.title, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(VerticalScroll(inner), stretch=1)

    def show_learners(self, learners: list[Learner], decks: list[DeckSummary]) -> None:
        """One row per learner; the first row's first button gets the focus."""
        for row in self.rows:
            self.list.removeWidget(row)
            row.deleteLater()
        titles = {deck.id: deck.title for deck in decks}
        self.rows = [self._row(learner, titles) for learner in learners]
        for row in self.rows:
            self.list.addWidget(row)
        if not learners:
            self.show_message(self.tr("Er zijn nog geen leerlingen."))
        focus = self.rows[0].buttons["edit"] if self.rows else self.back_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setStyleSheet(PROBLEM_STYLE if problem else MESSAGE_STYLE)

    def row_of(self, name: str) -> PersonRow:
        return next(row for row in self.rows if row.person.name == name)

    def _row(self, learner: Learner, titles: dict[str, str]) -> PersonRow:
        spoken = ", ".join(_language_name(code) for code in learner.languages)
        practised = ", ".join(titles.get(deck, deck) for deck in learner.decks)
        facts = [
            self.tr("Talen: {languages}").format(languages=spoken or "-"),
            self.tr("Pakketten: {decks}").format(decks=practised or self.tr("geen")),
        ]
        row = PersonRow(learner, facts, self.library)
        row.add_buttons([
            ("edit", self.tr("Wijzigen"), "openmoji:270F"),
            ("pin", self.tr("Pincode opnieuw"), "openmoji:1F511"),
            ("decks", self.tr("Pakketten"), "openmoji:1F4DA"),
            ("export", self.tr("Gegevens opslaan"), "openmoji:1F4BE"),
            ("delete", self.tr("Verwijderen"), "openmoji:1F5D1"),
        ])  # fmt: skip
        signals = {
            "edit": self.edit_requested, "pin": self.pin_requested,
            "decks": self.decks_requested, "export": self.export_requested,
            "delete": self.delete_requested,
        }  # fmt: skip
        for key, signal in signals.items():
            row.buttons[key].clicked.connect(lambda _=False, s=signal: s.emit(learner))
        return row


def _language_name(code: str) -> str:
    language = languages.LANGUAGES.get(code)
    return language.dutch_name if language else code
