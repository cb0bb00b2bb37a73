"""After a spoken word: goed / bijna / nog eens, what was heard, the right word, and "Verder"."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vaktaal.core.model import Term
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.speech.tts import Speaker
from vaktaal.ui.practice.common import (
    ALMOST_ICON,
    MUTED,
    NEXT_ICON,
    RIGHT_ICON,
    AudioButton,
    action_button,
)
from vaktaal.ui.practice.term_card import GlossLabel, gloss_for, plain_label
from vaktaal.ui.speaking.support import AGAIN, ALMOST, GOOD
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel

AGAIN_ICON = "openmoji:1F501"  # a calm "again" arrow: the machine's ear is no judge of people
ICON_SIZE = 80
WORD_MAX_WIDTH = 560  # wider than this, "Het woord is: ..." wraps
_LOOK = {  # icon, background, border
    GOOD: (RIGHT_ICON, "#e3f4e8", "#3f9b5b"),
    ALMOST: (ALMOST_ICON, "#fff4d6", "#c99a2e"),
    AGAIN: (AGAIN_ICON, "#fbe7e6", "#c8453b"),
}


class VerdictPanel(QFrame):
    """The verdict in big type; a buddy's verdict is shown as "Buddy: goed".

    In a buddy session (`offer_buddy_choice`) three buttons let the buddy set any verdict."""

    proceed = Signal()
    overrule_requested = Signal(str)  # the buddy chose goed, bijna or nog eens

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        learner_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verdict")
        self.learner_language = learner_language
        self.icon = PictogramLabel(library, ICON_SIZE)
        self.message = plain_label(1.6, bold=True)
        self.heard = plain_label(1.25)
        self.word = plain_label(1.25)
        self.word_audio = AudioButton(library, speaker, self.tr("Luister naar het woord"), 48)
        self.gloss = GlossLabel(1.25)
        self.buddy_hint = plain_label(0.9)
        self.buddy_hint.setStyleSheet(MUTED)
        self.next_button = action_button(self.tr("Verder"), library, NEXT_ICON, "primary")
        self.next_button.setMinimumWidth(220)
        self.next_button.clicked.connect(self.proceed)
        self.buddy_buttons = self._buddy_buttons()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(20)
        layout.addWidget(self.icon, alignment=Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self._texts(), stretch=1)
        layout.addWidget(self.next_button, alignment=Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def _texts(self) -> QVBoxLayout:
        word_row = QHBoxLayout()
        word_row.setSpacing(12)
        word_row.addWidget(self.word)
        word_row.addWidget(self.word_audio)
        word_row.addSpacing(16)
        word_row.addWidget(self.gloss)
        word_row.addStretch(1)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.message)
        texts.addWidget(self.heard)
        texts.addLayout(word_row)
        texts.addWidget(self.buddy_hint)
        texts.addWidget(self.buddy_buttons)
        return texts

    def _buddy_buttons(self) -> QWidget:
        """Hidden until `offer_buddy_choice`: Buddy: [goed] [bijna] [nog eens]."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 0)
        label = plain_label(1.1, bold=True)
        label.setText(self.tr("Buddy:"))
        layout.addWidget(label)
        self.choices: dict[str, QPushButton] = {}
        for level, text in ((GOOD, self.tr("goed")), (ALMOST, self.tr("bijna")),
                            (AGAIN, self.tr("nog eens"))):  # fmt: skip
            button = QPushButton(text)
            button.setAccessibleName(self.tr("Buddy: {verdict}").format(verdict=text))
            button.setMinimumHeight(44)
            set_relative_font(button, 1.1, bold=True)
            button.clicked.connect(lambda _=False, chosen=level: self._choose(chosen))
            layout.addWidget(button)
            self.choices[level] = button
        layout.addStretch(1)
        row.hide()
        return row

    def _choose(self, level: str) -> None:
        self.overrule_requested.emit(level)

    def offer_buddy_choice(self) -> None:
        """A buddy session: the buddy can set the verdict to goed, bijna or nog eens."""
        self.buddy_buttons.show()

    def show_verdict(self, level: str, machine_level: str, heard: str, term: Term) -> None:
        """`level` is the final verdict; a buddy overruled the machine when they differ."""
        by_buddy = str(level) != str(machine_level)
        icon, background, border = _LOOK.get(str(level), _LOOK[AGAIN])
        self.setStyleSheet(
            f"QFrame#verdict {{ background: {background}; border: 2px solid {border};"
            " border-radius: 14px; }"
        )
        self.message.setText(self._message(str(level), by_buddy))
        self.icon.show_pictogram(icon, self.message.text())
        self.heard.setText(
            self.tr("Ik hoorde: {word}").format(word=heard.strip())
            if heard.strip()
            else self.tr("Ik hoorde geen duidelijk woord.")
        )
        self.word.setText(self.tr("Het woord is: {word}").format(word=term.display))
        self._keep_on_one_line(self.word)
        self.word_audio.set_text_to_say(term.display, term.audio)
        self._show_gloss(term)
        self.buddy_hint.setText(
            self.tr("De computer zei: {word}. Druk op B om dat terug te zetten.").format(
                word=self._level_name(str(machine_level))
            )
            if by_buddy
            else self.tr("Buddy: druk op B als dit oordeel niet klopt.")
        )
        self.buddy_hint.setVisible(by_buddy or self.buddy_buttons.isHidden())  # no double hint
        self.setAccessibleName(f"{self.message.text()} {self.heard.text()} {self.word.text()}")
        self.show()

    def _message(self, level: str, by_buddy: bool) -> str:
        if by_buddy:
            if level == ALMOST:
                return self.tr("Buddy: bijna goed")
            return self.tr("Buddy: goed") if level == GOOD else self.tr("Buddy: nog eens")
        if level == GOOD:
            return self.tr("Goed!")
        if level == ALMOST:
            return self.tr("Bijna goed")
        return self.tr("Nog eens")

    @staticmethod
    def _keep_on_one_line(label: QLabel) -> None:
        """A short text stays on one line; a long one may still wrap."""
        natural = label.fontMetrics().horizontalAdvance(label.text()) + 8
        label.setMinimumWidth(min(natural, WORD_MAX_WIDTH))

    def _level_name(self, level: str) -> str:
        if level == GOOD:
            return self.tr("goed")
        return self.tr("bijna goed") if level == ALMOST else self.tr("nog eens")

    def _show_gloss(self, term: Term) -> None:
        found = gloss_for(term, self.learner_language)
        self.gloss.setVisible(found is not None)
        if found is not None:
            code, gloss = found
            self.gloss.set_gloss(gloss, code)
