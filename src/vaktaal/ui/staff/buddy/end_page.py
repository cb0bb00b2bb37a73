"""After a buddy session: what went well, what to practise, a note for next time.

The fields come filled with a suggestion from the session; the buddy changes them as they
like. Tab goes from field to field; "Bewaren" (or Ctrl+Enter) saves.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.fit import scrolled
from vaktaal.ui.practice.common import action_button
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import heading, text_label
from vaktaal.usecases.buddy import NoteSuggestion

SAVE_ICON = "openmoji:2705"
FIELD_HEIGHT = 100  # three lines; the save button stays on a 768 px screen


class BuddyEndPage(QWidget):
    save_requested = Signal(str, str, str)  # went well, to practise, note for next time

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.title = heading("")
        self.saved = text_label("", 1.2)
        self.went_well = self._field()
        self.to_practise = self._field()
        self.next_note = self._field()
        self.save_button = action_button(self.tr("Bewaren"), library, SAVE_ICON, "primary")
        self.save_button.clicked.connect(self._save)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self._save)
        body = QVBoxLayout()
        body.setSpacing(8)
        body.addWidget(self.title)
        body.addWidget(self.saved)
        for text, field in (
            (self.tr("Wat ging goed"), self.went_well),
            (self.tr("Wat moet nog geoefend worden"), self.to_practise),
            (self.tr("Notitie voor de volgende keer"), self.next_note),
        ):
            body.addSpacing(8)
            body.addWidget(self._label(text, field))
            body.addWidget(field)
        body.addSpacing(8)
        body.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(scrolled(body))

    @staticmethod
    def _field() -> QPlainTextEdit:
        field = QPlainTextEdit()
        field.setTabChangesFocus(True)  # Tab goes to the next field, as in a form
        field.setFixedHeight(FIELD_HEIGHT)
        set_relative_font(field, 1.2)
        return field

    @staticmethod
    def _label(text: str, field: QPlainTextEdit) -> QLabel:
        label = text_label(text, 1.2, bold=True)
        label.setBuddy(field)
        field.setAccessibleName(text)
        return label

    def show_end(self, name: str, suggestion: NoteSuggestion, saved: int, given: int) -> None:
        self.title.setText(self.tr("Klaar met {name}! Hoe ging het?").format(name=name))
        self.saved.setText(self._saved_text(saved, given))
        self.went_well.setPlainText(suggestion.went_well)
        self.to_practise.setPlainText(suggestion.to_practise)
        self.next_note.setPlainText(suggestion.next_note)
        self.save_button.setEnabled(True)
        self.went_well.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved_text(self, saved: int, given: int) -> str:
        if saved < given:
            return self.tr("{saved} van {n} antwoorden bewaard").format(saved=saved, n=given)
        if given == 1:
            return self.tr("1 antwoord bewaard")
        return self.tr("{n} antwoorden bewaard").format(n=given)

    def _save(self) -> None:
        if not self.save_button.isEnabled() or not self.isVisible():
            return
        self.save_button.setEnabled(False)  # once
        self.save_requested.emit(
            self.went_well.toPlainText(),
            self.to_practise.toPlainText(),
            self.next_note.toPlainText(),
        )
