"""What the meeting exercise views share: option buttons, the result panel, key handling,
the heading with its pictogram, options switched on and off."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.answers import Verdict
from vaktaal.ui.bidi import dutch
from vaktaal.ui.fit import column_width, fold
from vaktaal.ui.practice.common import (
    ALMOST_ICON,
    RIGHT_ICON,
    WRONG_ICON,
    pictogram_icon,
    set_role,
)
from vaktaal.ui.practice.exercise_view import NEXT_KEYS, FeedbackPanel
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel
from vaktaal.ui.wrap_button import WrapButton

NUMBER_KEYS: dict[int, int] = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}
CHECK_KEYS = NEXT_KEYS[:2]  # Enter and Return
OPTION_STYLE = """
QPushButton[option="true"] { text-align: left; padding: 10px 18px; }
QPushButton[option="true"]:checked { background: #dbe9ff; border: 4px solid #2f6fdd; }
QPushButton[option="true"][role="good"] { background: #e3f4e8; border: 5px solid #3f9b5b; }
QPushButton[option="true"][role="bad"] { background: #fbe7e6; border: 5px solid #c8453b; }
QPushButton[option="true"][role="missed"] { background: white; border: 5px dashed #3f9b5b; }
"""
_LOOK = {  # icon, background, border
    Verdict.RIGHT: (RIGHT_ICON, "#e3f4e8", "#3f9b5b"),
    Verdict.ALMOST: (ALMOST_ICON, "#fff4d6", "#c99a2e"),
    Verdict.WRONG: (WRONG_ICON, "#fbe7e6", "#c8453b"),
}


def verdict_for_score(score: float) -> Verdict:
    return Verdict.RIGHT if score >= 0.999 else Verdict.ALMOST if score >= 0.5 else Verdict.WRONG


def option_button(
    text: str, number: int | None, library: PictogramLibrary, icon: str | None = None
) -> QPushButton:
    """A big answer button; a number in front says which key chooses it."""
    shown = dutch(text)  # meeting content: left to right, also on an Arabic screen
    label = f"{number}   {shown}" if number is not None and number <= 9 else shown
    button = WrapButton(label)  # a long sentence wraps instead of being cut off
    button.setProperty("option", "true")
    button.setAccessibleName(text)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setMinimumHeight(64)
    set_relative_font(button, 1.3)
    if icon:
        button.setIcon(pictogram_icon(library, icon, 44))
        button.setIconSize(QSize(44, 44))
    return button


def mark_option(
    button: QPushButton, library: PictogramLibrary, right: bool | None, missed: bool = False
) -> None:
    """Green with a check (right; dashed when `missed`: right, but not chosen), red with a
    cross (wrong), or plain again (None)."""
    set_role(button, "" if right is None else "missed" if missed else "good" if right else "bad")
    if right is not None:
        button.setIcon(pictogram_icon(library, RIGHT_ICON if right else WRONG_ICON, 44))
        button.setIconSize(QSize(44, 44))


def freeze(button: QPushButton) -> None:
    """After checking: the answer stays as it is, readable (not greyed out)."""
    button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def scrolling(layout: QLayout) -> QWidget:
    """The options in a box of their own. The exercises page scrolls as a whole
    (exercises.py), so a long list never pushes the screen off the bottom and no option is
    squeezed into a small scroll area of its own."""
    content = QWidget()
    content.setLayout(layout)
    layout.setContentsMargins(4, 4, 4, 4)
    return content


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


class ResultPanel(FeedbackPanel):
    """The practice feedback panel with a message and an answer of the exercise's own.
    When its buttons do not fit beside the message, they go under it (ui/fit.py)."""

    def minimumSizeHint(self) -> QSize:
        hint, row = super().minimumSizeHint(), self.layout()
        return QSize(column_width(row), hint.height()) if isinstance(row, QBoxLayout) else hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        row = self.layout()
        if isinstance(row, QBoxLayout):
            fold(row, event.size().width())
        super().resizeEvent(event)

    def show_result(self, verdict: Verdict, message: str, answer: str) -> None:
        self.show_look(*_LOOK[verdict], message, answer)

    def show_look(self, icon: str, background: str, border: str, message: str, answer: str) -> None:
        """The panel with this pictogram and colours (a summary's own look)."""
        self.setStyleSheet(
            f"QFrame#feedback {{ background: {background}; border: 2px solid {border};"
            " border-radius: 14px; }"
        )
        self.message.setText(message)
        self.icon.show_pictogram(icon, message)
        self.answer.setText(answer)
        self.answer.setVisible(bool(answer))
        self.setAccessibleName(f"{message} {answer}")
        self.show()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)


class MeetingExerciseView(QWidget):
    """One exercise: emits done(score, details) when the learner goes on after the feedback."""

    done = Signal(float, object)  # score 0..1, details (a dict for record_result)

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setStyleSheet(OPTION_STYLE)
        self.result = ResultPanel(library)
        self.result.proceed.connect(self._go_on)
        self.checked = False
        self.score = 0.0
        self.details: dict[str, Any] = {}

    def focus_main(self) -> None:
        raise NotImplementedError

    def handle_key(self, key: int) -> bool:
        """A key the focused control did not use (numbers, Enter); True when used."""
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and self.checked and event.key() in NEXT_KEYS:
            self._go_on()
        elif not (plain and self.handle_key(event.key())):
            super().keyPressEvent(event)
            return
        event.accept()

    def show_result(self, score: float, message: str, answer: str) -> None:
        self.checked = True
        self.score = score
        self.result.show_result(verdict_for_score(score), message, answer)

    def _go_on(self) -> None:
        if self.checked:
            self.done.emit(self.score, self.details)


class ToggleOptionsView(MeetingExerciseView):
    """Options switched on and off (click, or keys 1 to 9), then checked (Enter)."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(library, parent)
        self.buttons: list[QPushButton] = []

    def check(self) -> None:
        raise NotImplementedError

    def show_options(
        self, texts: Sequence[str], place: Callable[[int, QPushButton], None], then: QPushButton
    ) -> None:
        """New option buttons, each put in its `place`; `then` (switched on) comes after."""
        self.checked = False
        self.result.hide()
        then.setEnabled(True)
        for button in self.buttons:
            button.setParent(None)
            button.deleteLater()
        self.buttons = []
        for index, text in enumerate(texts):
            button = option_button(text, index + 1, self.library)
            button.setCheckable(True)
            place(index, button)
            self.buttons.append(button)
        if self.buttons:
            self.setTabOrder(self.buttons[-1], then)

    def focus_first_option(self, otherwise: QPushButton) -> None:
        target = self.buttons[0] if self.buttons and not self.checked else otherwise
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_key(self, key: int) -> bool:
        index = NUMBER_KEYS.get(key)
        if index is not None and not self.checked and index < len(self.buttons):
            self.buttons[index].toggle()
            return True
        if key in CHECK_KEYS and not self.checked:
            self.check()
            return True
        return False
