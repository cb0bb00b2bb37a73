"""A term on screen: a large pictogram, the word with its audio, and what it means."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vaktaal.core.languages import LANGUAGES, is_right_to_left
from vaktaal.core.model import Term
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.speech.tts import Speaker
from vaktaal.ui.bidi import dutch
from vaktaal.ui.practice.common import MUTED, PICTURE_SIZE, AudioButton
from vaktaal.ui.text_size import set_relative_font
from vaktaal.ui.widgets import PictogramLabel, text_label

RLI, FSI, PDI = "\u2067", "\u2068", "\u2069"
BRIDGE_LANGUAGE = "en"  # shown when a term has no gloss in the learner's own language
SAFETY_ICON = "openmoji:26A0"


def isolate(text: str, right_to_left: bool) -> str:
    """Wrap text in a Unicode isolate so mixed Dutch and Arabic lines keep their order."""
    return f"{RLI if right_to_left else FSI}{text}{PDI}"


def plain_label(factor: float = 1.0, bold: bool = False) -> QLabel:
    """A label for deck content: shown as plain text, never as HTML."""
    label = text_label("", factor, bold)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def gloss_for(term: Term, language: str) -> tuple[str, str] | None:
    """(language code, gloss) in the learner's language, else the bridge language, else None."""
    for code in (language, BRIDGE_LANGUAGE):
        gloss = term.glosses.get(code, "").strip()
        if gloss:
            return code, gloss
    return None


class GlossLabel(QLabel):
    """A gloss in any language: right-to-left scripts are laid out and isolated as such."""

    def __init__(self, factor: float = 1.5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        set_relative_font(self, factor)

    def set_gloss(self, text: str, language: str) -> None:
        right_to_left = is_right_to_left(language)
        direction = (
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        self.setLayoutDirection(direction)
        # Absolute: Qt takes the direction of a fully isolated text to be left-to-right.
        side = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        self.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.setText(isolate(text, right_to_left))
        self.setAccessibleName(text)


class TermCard(QWidget):
    """Pictogram left, the word and its audio right; a reveal area with meaning and gloss."""

    def __init__(
        self,
        library: PictogramLibrary,
        speaker: Speaker,
        learner_language: str,
        picture_size: int = PICTURE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.speaker = speaker
        self.learner_language = learner_language
        self.term: Term | None = None
        self.picture = PictogramLabel(library, picture_size)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(32)
        layout.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(16)
        column.addLayout(self._word_row())
        self.details = self._details()
        column.addWidget(self.details)
        column.addStretch(1)
        layout.addLayout(column, stretch=1)

    def _word_row(self) -> QHBoxLayout:
        self.word_label = plain_label(2.4, bold=True)
        self.word_audio = AudioButton(self.library, self.speaker, self.tr("Luister"), 64)
        self.safety_label = PictogramLabel(self.library, 48)
        self.safety_label.show_pictogram(SAFETY_ICON, self.tr("Let op: veiligheid"))
        self.safety_label.setToolTip(self.tr("Let op: veiligheid"))
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.word_label)
        row.addWidget(self.word_audio)
        row.addWidget(self.safety_label)
        row.addStretch(1)
        return row

    def _details(self) -> QWidget:
        details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        self.explanation_label = plain_label(1.25)
        self.explanation_audio = AudioButton(
            self.library, self.speaker, self.tr("Luister naar de uitleg"), 40
        )
        column.addLayout(_audio_row(self.explanation_audio, self.explanation_label))
        self.example_label = plain_label(1.25)
        self.example_audio = AudioButton(
            self.library, self.speaker, self.tr("Luister naar de zin"), 40
        )
        column.addLayout(_audio_row(self.example_audio, self.example_label))
        column.addWidget(self._gloss_box())
        return details

    def _gloss_box(self) -> QFrame:
        self.gloss_box = QFrame()
        self.gloss_box.setObjectName("glossBox")
        self.gloss_box.setStyleSheet(
            "QFrame#glossBox { background: #eef4fd; border-radius: 12px; }"
        )
        column = QVBoxLayout(self.gloss_box)
        column.setContentsMargins(18, 10, 18, 12)
        column.setSpacing(4)
        self.autonym_label = GlossLabel(0.9)
        self.autonym_label.setStyleSheet(MUTED)
        self.gloss_label = GlossLabel(1.6)
        column.addWidget(self.autonym_label)
        column.addWidget(self.gloss_label)
        return self.gloss_box

    def show_term(self, term: Term, word_visible: bool = True, revealed: bool = True) -> None:
        """Show `term`; with word_visible False only the picture shows (recall)."""
        self.term = term
        self.explanation_label.setText(dutch(term.explanation))
        self.explanation_label.setVisible(bool(term.explanation))  # a word list may have none
        self.explanation_audio.set_text_to_say(term.explanation)
        self.example_label.setText(dutch(term.example))
        self.example_audio.set_text_to_say(term.example)
        self.example_label.setVisible(bool(term.example))
        self._show_gloss(term)
        self.details.setVisible(revealed)
        self._show_word(term, word_visible)

    def reveal(self) -> None:
        """Show the word, its explanation, example and gloss."""
        if self.term is not None:
            self._show_word(self.term, True)
        self.details.setVisible(True)

    def _show_word(self, term: Term, visible: bool) -> None:
        if visible:
            self.word_label.setText(dutch(term.display))
            self.word_label.setStyleSheet("")
            set_relative_font(self.word_label, 2.4, bold=True)
        else:
            self.word_label.setText(self.tr("Welk woord is dit?"))
            self.word_label.setStyleSheet(MUTED)
            set_relative_font(self.word_label, 1.6)
        self.word_label.setAccessibleName(self.word_label.text())
        self.word_audio.set_text_to_say(term.display if visible else "", term.audio)
        self.safety_label.setVisible(visible and term.safety_critical)
        description = term.display if visible else self.tr("Plaatje")
        self.picture.show_pictogram(term.pictogram, description)

    def _show_gloss(self, term: Term) -> None:
        found = gloss_for(term, self.learner_language)
        self.gloss_box.setVisible(found is not None)
        if found is None:
            return
        code, gloss = found
        language = LANGUAGES.get(code)
        self.autonym_label.set_gloss(language.autonym if language else code, code)
        self.gloss_label.set_gloss(gloss, code)


def _audio_row(button: AudioButton, label: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    row.addWidget(button, alignment=Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, stretch=1)
    return row
