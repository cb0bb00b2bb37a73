"""Exercise 1: which were the main points of the meeting? Choose all that apply."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from vaktaal.core.meetings.exercises import MainPointsExercise, score_main_points
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.meetings.exercise_parts import (
    ToggleOptionsView,
    freeze,
    mark_option,
    scrolling,
    with_icon,
)
from vaktaal.ui.practice.common import CHECK_ICON, MUTED, action_button
from vaktaal.ui.widgets import text_label

POINTS_ICON = "openmoji:1F3AF"


class MainPointsView(ToggleOptionsView):
    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.exercise = MainPointsExercise(())
        self.prompt = text_label(self.tr("Wat waren de hoofdpunten?"), 1.6, bold=True)
        hint = text_label(self.tr("Kies alles wat klopt. Toetsen 1 tot 9, dan Enter."), 1.1)
        hint.setStyleSheet(MUTED)
        self.check_button = action_button(self.tr("Controleer"), library, CHECK_ICON, "primary")
        self.check_button.clicked.connect(self.check)
        self.options = QVBoxLayout()
        self.options.setSpacing(10)
        self.options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addLayout(with_icon(library, POINTS_ICON, self.prompt, hint))
        layout.addWidget(scrolling(self.options), stretch=1)
        layout.addWidget(self.check_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)

    def show_exercise(self, exercise: MainPointsExercise) -> None:
        self.exercise = exercise
        texts = [option.text for option in exercise.options]
        self.show_options(texts, self.options.insertWidget, self.check_button)

    def focus_main(self) -> None:
        self.focus_first_option(self.check_button)

    @property
    def chosen(self) -> list[int]:
        return [i for i, button in enumerate(self.buttons) if button.isChecked()]

    def check(self) -> None:
        if self.checked:
            return
        chosen = self.chosen
        score = score_main_points(self.exercise, chosen)
        options = zip(self.buttons, self.exercise.options, strict=True)
        for index, (button, option) in enumerate(options):
            freeze(button)
            if option.correct or index in chosen:
                missed = option.correct and index not in chosen
                mark_option(button, self.library, option.correct, missed)
        self.check_button.setEnabled(False)
        self.details = {
            "chosen": [self.exercise.options[i].text for i in chosen],
            "points": [o.text for o in self.exercise.options if o.correct],
        }
        right = len(self.exercise.correct_indexes)
        hits = len(self.exercise.correct_indexes.intersection(chosen))
        message = self.tr("Goed!") if score >= 0.999 else self.tr("Nog niet helemaal")
        answer = self.tr("{hits} van de {total} hoofdpunten gevonden. Groen zijn de hoofdpunten.")
        self.show_result(score, message, answer.format(hits=hits, total=right))
