"""Exercise 1: which were the main points of the meeting? Choose all that apply."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vaktaal.core.meetings.exercises import MainPointsExercise, score_main_points
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.meetings.exercise_parts import (
    CHECK_KEYS,
    NUMBER_KEYS,
    MeetingExerciseView,
    freeze,
    mark_option,
    option_button,
    scrolling,
)
from vaktaal.ui.practice.common import CHECK_ICON, MUTED, action_button
from vaktaal.ui.widgets import PictogramLabel, text_label

POINTS_ICON = "openmoji:1F3AF"


class MainPointsView(MeetingExerciseView):
    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.exercise = MainPointsExercise(())
        self.buttons: list[QPushButton] = []
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
        self.checked = False
        self.result.hide()
        self.check_button.setEnabled(True)
        for button in self.buttons:
            button.setParent(None)
            button.deleteLater()
        self.buttons = []
        for index, option in enumerate(exercise.options):
            button = option_button(option.text, index + 1, self.library)
            button.setCheckable(True)
            self.options.insertWidget(index, button)
            self.buttons.append(button)
        if self.buttons:
            self.setTabOrder(self.buttons[-1], self.check_button)

    def focus_main(self) -> None:
        target = self.buttons[0] if self.buttons and not self.checked else self.check_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def chosen(self) -> list[int]:
        return [i for i, button in enumerate(self.buttons) if button.isChecked()]

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


def with_icon(library: PictogramLibrary, pictogram: str, *labels: QWidget) -> QHBoxLayout:
    icon = PictogramLabel(library, 64)
    icon.show_pictogram(pictogram, "")
    texts = QVBoxLayout()
    for label in labels:
        texts.addWidget(label)
    row = QHBoxLayout()
    row.setSpacing(16)
    row.addWidget(icon, alignment=Qt.AlignmentFlag.AlignTop)
    row.addLayout(texts, stretch=1)
    return row
