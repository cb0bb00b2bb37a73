"""Exercise 3: tap the words you did not know; they go into your own practice."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from vaktaal.core.meetings.exercises import WordChip, score_unknown_words
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.fit import FlowLayout
from vaktaal.ui.meetings.exercise_parts import ToggleOptionsView, freeze, scrolling, with_icon
from vaktaal.ui.practice.common import CHECK_ICON, MUTED, action_button
from vaktaal.ui.widgets import text_label

WORDS_ICON = "openmoji:2753"


class UnknownWordsView(ToggleOptionsView):
    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.chips: tuple[WordChip, ...] = ()
        prompt = text_label(self.tr("Welke woorden kende je niet?"), 1.6, bold=True)
        hint = text_label(
            self.tr("Tik erop. Je oefent ze later. Geen? Kies dan meteen Klaar."), 1.1
        )
        hint.setStyleSheet(MUTED)
        self.ready_button = action_button(self.tr("Klaar"), library, CHECK_ICON, "primary")
        self.ready_button.clicked.connect(self.check)
        self.grid = FlowLayout(spacing=14)  # the words wrap onto the next line
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addLayout(with_icon(library, WORDS_ICON, prompt, hint))
        grid_box = QVBoxLayout()
        grid_box.addLayout(self.grid)
        grid_box.addStretch(1)
        layout.addWidget(scrolling(grid_box), stretch=1)
        layout.addWidget(self.ready_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)

    def show_exercise(self, chips: tuple[WordChip, ...]) -> None:
        self.chips = chips
        self.show_options([chip.text for chip in chips], self._place, self.ready_button)

    def _place(self, index: int, button: QPushButton) -> None:
        self.grid.addWidget(button)

    def focus_main(self) -> None:
        self.focus_first_option(self.ready_button)

    @property
    def unknown(self) -> list[str]:
        """The term ids of the words tapped."""
        return [c.term_id for c, b in zip(self.chips, self.buttons, strict=True) if b.isChecked()]

    def check(self) -> None:
        if self.checked:
            return
        unknown = self.unknown
        for button in self.buttons:
            freeze(button)
        self.ready_button.setEnabled(False)
        self.details = {"unknown": unknown}
        score = score_unknown_words(self.chips, unknown)
        if unknown:
            message = self.tr("Naar je oefenlijst: {n}").format(n=len(unknown))
        else:
            message = self.tr("Je kende alle woorden. Goed!")
        self.show_result(1.0, message, "")
        self.score = score
