"""Exercise 2: the action items: for each, who does it, and by when?"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from vaktaal.core.meetings.exercises import ActionQuestion, score_action_items
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.bidi import dutch
from vaktaal.ui.meetings.exercise_parts import (
    NUMBER_KEYS,
    MeetingExerciseView,
    freeze,
    mark_option,
    option_button,
    with_icon,
)
from vaktaal.ui.practice.common import MUTED
from vaktaal.ui.practice.term_card import plain_label
from vaktaal.ui.widgets import text_label

TASK_ICON = "openmoji:1F4CB"
PERSON_ICON = "openmoji:1F9D1"
CALENDAR_ICON = "openmoji:1F4C5"
COLUMNS = 2


class ActionItemsView(MeetingExerciseView):
    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.questions: tuple[ActionQuestion, ...] = ()
        self.answers: list[tuple[str, str]] = []
        self.who = ""
        self.buttons: list[QPushButton] = []
        self.values: list[str] = []
        self.texts: list[str] = []
        self.heading = text_label(self.tr("Wie doet wat, en wanneer?"), 1.6, bold=True)
        self.progress = text_label("", 1.1)
        self.progress.setStyleSheet(MUTED)
        self.what = plain_label(1.6, bold=True)
        self.what.setObjectName("what")
        self.what.setStyleSheet(
            "QLabel#what { background: #eef3fb; border-radius: 12px; padding: 14px; }"
        )
        self.step = text_label("", 1.4, bold=True)
        self.chosen_who = text_label("", 1.2)
        self.grid = QGridLayout()
        self.grid.setSpacing(14)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addLayout(with_icon(library, TASK_ICON, self.heading, self.progress))
        layout.addWidget(self.what)
        layout.addWidget(self.chosen_who)
        layout.addWidget(self.step)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.result)

    def show_exercise(self, questions: tuple[ActionQuestion, ...]) -> None:
        self.questions = questions
        self.answers = []
        self._ask(0)

    @property
    def current(self) -> ActionQuestion:
        return self.questions[len(self.answers)]

    def _ask(self, index: int) -> None:
        self.checked = False
        self.result.hide()
        self.who = ""
        question = self.questions[index]
        self.progress.setText(
            self.tr("Taak {n} van {total}").format(n=index + 1, total=len(self.questions))
        )
        self.what.setText(dutch(question.what))
        self.chosen_who.hide()
        self.step.setText(self.tr("Wie doet dit?"))
        people = [
            (s.id, f"{s.name} ({s.role})" if s.role else s.name) for s in question.who_options
        ]
        self._set_options(people, PERSON_ICON)

    def _set_options(self, options: list[tuple[str, str]], icon: str) -> None:
        for button in self.buttons:
            button.setParent(None)
            button.deleteLater()
        self.buttons = []
        self.values = [value for value, _text in options]
        self.texts = [text for _value, text in options]
        for index, (_value, text) in enumerate(options):
            button = option_button(text, index + 1, self.library, icon)
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            self.grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            button.show()  # now, so it can take the focus at once
            self.buttons.append(button)
        self.focus_main()

    def focus_main(self) -> None:
        if self.checked:
            self.result.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_key(self, key: int) -> bool:
        index = NUMBER_KEYS.get(key)
        if index is None or self.checked or index >= len(self.buttons):
            return False
        self.choose(index)
        return True

    def choose(self, index: int) -> None:
        if self.checked or not self.questions:
            return
        if not self.who:
            self.who = self.values[index]
            self.chosen_who.setText(self.tr("Wie: {who}").format(who=dutch(self.texts[index])))
            self.chosen_who.show()
            self.step.setText(self.tr("Wanneer moet het klaar zijn?"))
            self._set_options([(w, w) for w in self.current.when_options], CALENDAR_ICON)
            return
        self._check(self.values[index], index)

    def _check(self, when: str, index: int) -> None:
        question = self.current
        right_who, right_when = question.is_right(self.who, when)
        mark_option(self.buttons[index], self.library, right_when)
        for button in self.buttons:
            freeze(button)
        self.answers.append((self.who, when))
        speaker = next((s for s in question.who_options if s.id == question.right_who), None)
        who = speaker.name if speaker else question.right_who
        answer = self.tr("{who} doet dit. Klaar: {when}.").format(who=who, when=question.right_when)
        right = right_who and right_when
        message = self.tr("Goed!") if right else self._wrong_message(right_who, right_when)
        self.show_result((right_who + right_when) / 2, message, answer)

    def _wrong_message(self, right_who: bool, right_when: bool) -> str:
        if right_who:
            return self.tr("De persoon klopt, de tijd niet")
        if right_when:
            return self.tr("De tijd klopt, de persoon niet")
        return self.tr("Nog niet goed")

    def _go_on(self) -> None:
        if not self.checked:
            return
        if len(self.answers) < len(self.questions):
            self._ask(len(self.answers))
            return
        self.score = score_action_items(self.questions, self.answers)
        self.details = {
            "answers": [
                {"item": q.item_id, "who": who, "when": when}
                for q, (who, when) in zip(self.questions, self.answers, strict=True)
            ]
        }
        self.done.emit(self.score, self.details)
