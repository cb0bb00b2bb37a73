"""Exercise 3: tap the words you did not know; they go into your own practice."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from vaktaal.core.meetings.exercises import WordChip, score_unknown_words
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.meetings.exercise_parts import (
    CHECK_KEYS,
    NUMBER_KEYS,
    MeetingExerciseView,
    freeze,
    option_button,
    scrolling,
)
from vaktaal.ui.meetings.main_points_view import with_icon
from vaktaal.ui.practice.common import CHECK_ICON, MUTED, action_button
from vaktaal.ui.widgets import text_label

WORDS_ICON = "openmoji:2753"
COLUMNS = 3


class UnknownWordsView(MeetingExerciseView):
    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.chips: tuple[WordChip, ...] = ()
        self.buttons: list[QPushButton] = []
        prompt = text_label(self.tr("Welke woorden kende je niet?"), 1.6, bold=True)
        hint = text_label(
            self.tr("Tik erop. Je oefent ze later. Geen? Kies dan meteen Klaar."), 1.1
        )
        hint.setStyleSheet(MUTED)
        self.ready_button = action_button(self.tr("Klaar"), library, CHECK_ICON, "primary")
        self.ready_button.clicked.connect(self.check)
        self.grid = QGridLayout()
        self.grid.setSpacing(14)
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
        self.checked = False
        self.result.hide()
        self.ready_button.setEnabled(True)
        for button in self.buttons:
            button.setParent(None)
            button.deleteLater()
        self.buttons = []
        for index, chip in enumerate(chips):
            button = option_button(chip.text, index + 1, self.library)
            button.setCheckable(True)
            self.grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons.append(button)
        if self.buttons:
            self.setTabOrder(self.buttons[-1], self.ready_button)

    def focus_main(self) -> None:
        target = self.buttons[0] if self.buttons and not self.checked else self.ready_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def unknown(self) -> list[str]:
        """The term ids of the words tapped."""
        return [c.term_id for c, b in zip(self.chips, self.buttons, strict=True) if b.isChecked()]

    def handle_key(self, key: int) -> bool:
        index = NUMBER_KEYS.get(key)
        if index is not None and not self.checked and index < len(self.buttons):
            self.buttons[index].toggle()
            return True
        if key in CHECK_KEYS and not self.checked:
            self.check()
            return True
        return False

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
