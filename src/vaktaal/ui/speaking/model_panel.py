"""Is speech recognition ready? Loading, ready, missing or broken, said calmly and plainly."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.practice.common import action_button
from vaktaal.ui.practice.term_card import isolate
from vaktaal.ui.widgets import PictogramLabel, heading, text_label

MODEL_NAME = "vosk-model-small-nl-0.22"
MODEL_SIZE = "39 MB"
MODEL_SITE = "alphacephei.com/vosk/models"
INSTALL_COMMAND = "vaktaal speech install BESTAND.zip"
BACK_ICON = "openmoji:2B05"
ZIP_ICON = "openmoji:1F4E5"
STATES = ("loading", "ready", "missing", "broken")
_ICONS = {
    "loading": "openmoji:23F3",
    "ready": "openmoji:2705",
    "missing": "openmoji:1F4E6",
    "broken": "openmoji:26A0",
}
DOTS_MS = 500  # the loading text breathes: "Een ogenblik", ".", "..", "..."


class SpeechModelPanel(QWidget):
    """show_state("loading" | "ready" | "missing" | "broken", message); back_requested()."""

    back_requested = Signal()
    install_requested = Signal(str)  # the zip file the user chose

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ""
        self.picture = PictogramLabel(library, 160)
        self.title = heading("", 1.8)
        self.body = text_label("", 1.25)
        self.model_name = text_label(MODEL_NAME, 1.25, bold=True)
        self.model_name.setTextFormat(Qt.TextFormat.PlainText)
        self.model_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = text_label("", 1.25)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.command = self._command_box()
        self.detail = text_label("", 1.1)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.others = text_label(self.tr("De andere oefeningen werken gewoon."), 1.25, bold=True)
        self.back_button = action_button(self.tr("Terug"), library, BACK_ICON)
        self.back_button.setMinimumWidth(220)
        self.back_button.clicked.connect(self.back_requested)
        self.install_button = action_button(self.tr("Kies het zip-bestand"), library, ZIP_ICON)
        self.install_button.clicked.connect(self._choose_zip)
        self._dots = 0
        self._timer = QTimer(self)
        self._timer.setInterval(DOTS_MS)
        self._timer.timeout.connect(self._breathe)
        self._lay_out()

    def _command_box(self) -> QLabel:
        box = text_label(INSTALL_COMMAND, 1.25, bold=True)
        box.setObjectName("command")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStyleSheet(
            "QLabel#command { background: #ffffff; border: 2px solid #c5d0dc;"
            " border-radius: 10px; padding: 10px 16px; font-family: monospace; }"
        )
        return box

    def _lay_out(self) -> None:
        texts = QVBoxLayout()
        texts.setSpacing(16)
        for widget in (
            self.title,
            self.body,
            self.model_name,
            self.detail,
            self.steps,
            self.others,
        ):
            texts.addWidget(widget)
        install = QHBoxLayout()  # the command, or the same done with a click
        install.setSpacing(16)
        install.addWidget(self.command, stretch=1)
        install.addWidget(self.install_button)
        texts.insertLayout(texts.indexOf(self.others), install)
        texts.addStretch(1)
        card = QFrame()
        card.setObjectName("modelCard")
        card.setStyleSheet("QFrame#modelCard { background: #eef4fd; border-radius: 16px; }")
        row = QHBoxLayout(card)
        row.setContentsMargins(28, 24, 28, 24)
        row.setSpacing(32)
        row.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(card)
        layout.addStretch(1)
        layout.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def show_state(self, state: str, message: str = "") -> None:
        """Show what is going on; `message` says what is wrong ("broken") or adds a detail."""
        if state not in STATES:
            raise ValueError(f"unknown speech model state: {state!r}")
        self.state = state
        title, body, steps = self._texts(state)
        self.title.setText(title)
        self.body.setText(body)
        self.steps.setText(steps)
        self.steps.setVisible(bool(steps))
        self.command.setVisible(state in ("missing", "broken"))
        self.install_button.setVisible(state in ("missing", "broken"))
        self.install_button.setEnabled(True)
        self.model_name.setVisible(state in ("missing", "broken"))
        self._align_with_the_text(self.model_name)
        self.detail.setText(message)
        self.detail.setVisible(bool(message))
        self.others.setVisible(state in ("missing", "broken"))
        self.picture.show_pictogram(_ICONS[state], title)
        parts = (title, body, MODEL_NAME if self.model_name.isVisibleTo(self) else "", steps)
        self.setAccessibleName(" ".join(filter(None, (*parts, message))))
        self._dots = 0
        if state == "loading":
            self._timer.start()
        else:
            self._timer.stop()

    def _choose_zip(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Kies het spraakmodel (zip)"), "", self.tr("Zip-bestanden (*.zip)")
        )
        if path:
            self.install_requested.emit(path)

    def show_install_progress(self, done: int, total: int) -> None:
        """While a model is being installed from the app."""
        percent = 100 * done // max(total, 1)
        self.install_button.setEnabled(False)
        self.detail.setText(self.tr("Bezig met installeren… {p}%").format(p=percent))
        self.detail.setVisible(True)

    def _align_with_the_text(self, label: QLabel) -> None:
        """A Latin name on an Arabic screen sits where the Arabic lines start (the right)."""
        start = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() is Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        label.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def _texts(self, state: str) -> tuple[str, str, str]:
        if state == "loading":
            return self.tr("Spraakherkenning wordt geladen…"), self.tr("Een ogenblik") + "...", ""
        if state == "ready":
            return (
                self.tr("Spraakherkenning is klaar"),
                self.tr("Je kunt de woorden nu hardop oefenen."),
                "",
            )
        install = self.tr("Installeer het met deze opdracht:")
        if state == "missing":
            return (
                self.tr("Spreken kan nog niet op deze computer"),
                self.tr("Vaktaal heeft dit Nederlandse spraakmodel nodig:"),
                self.tr(
                    "Vraag IT om het zip-bestand. Of download het zelf ({size}) van {site}."
                ).format(size=isolate(MODEL_SIZE, False), site=isolate(MODEL_SITE, False))
                + "\n"
                + install,
            )
        return (
            self.tr("Het spraakmodel werkt niet"),
            self.tr("Er is iets mis met dit spraakmodel:"),
            self.tr("Installeer het opnieuw met deze opdracht:"),
        )

    def _breathe(self) -> None:
        if self.state != "loading" or not self.isVisible():
            return
        self._dots = (self._dots + 1) % 4
        self.body.setText(self.tr("Een ogenblik") + "." * self._dots)
