"""The speech model, for the coach or IT: its state, what is wrong, and how to install it
(a zip from IT, chosen here or given to `vaktaal speech install`), with progress and the
checks' messages. Reached from the decks page; learners see model_panel.py instead."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.fit import TitleAndTools
from vaktaal.ui.practice.common import action_button
from vaktaal.ui.practice.term_card import isolate
from vaktaal.ui.widgets import PictogramLabel, heading, text_label

MODEL_NAME = "vosk-model-small-nl-0.22"
MODEL_SIZE = "39 MB"
MODEL_SITE = "alphacephei.com/vosk/models"
INSTALL_COMMAND = "vaktaal speech install BESTAND.zip"
BACK_ICON = "openmoji:2B05"
ZIP_ICON = "openmoji:1F4E5"
STATES = ("loading", "ready", "missing", "broken", "other")
_ICONS = {
    "loading": "openmoji:23F3",
    "ready": "openmoji:2705",
    "missing": "openmoji:1F4E6",
    "broken": "openmoji:26A0",
    "other": "openmoji:26A0",
}
CARD_STYLE = "QFrame#%s { background: %s; border-radius: 16px; }"


class SpeechModelStaffPanel(QWidget):
    """show_state(state, message); show_install_progress(done, total); show_install_problem(
    message). Signals: install_requested(zip path), back_requested()."""

    back_requested = Signal()
    install_requested = Signal(str)  # the zip file the coach chose

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ""
        self.title = heading(self.tr("Spraakmodel (voor de begeleider of IT)"), 1.4)
        self.picture = PictogramLabel(library, 64)
        self.status = text_label("", 1.3, bold=True)
        self.detail = _plain(text_label("", 1.1))
        self.needs = text_label(self.tr("Vaktaal heeft dit Nederlandse spraakmodel nodig:"), 1.1)
        self.model_name = _selectable(_plain(text_label(MODEL_NAME, 1.1, bold=True)))
        self.model_name.setWordWrap(False)  # a name is not cut in two
        self.steps = _plain(text_label(self._steps(), 1.1))
        self.command = _command_box()
        self.install_button = action_button(self.tr("Kies het zip-bestand"), library, ZIP_ICON)
        self.install_button.clicked.connect(self._choose_zip)
        self.progress = _plain(text_label("", 1.2, bold=True))
        self.back_button = action_button(self.tr("Terug"), library, BACK_ICON)
        self.back_button.setMinimumWidth(220)
        self.back_button.clicked.connect(self.back_requested)
        self._lay_out()

    def _lay_out(self) -> None:
        status = _card("statusCard", "#eef4fd")
        row = QHBoxLayout(status)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(20)
        row.addWidget(self.picture, alignment=Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.status)
        texts.addWidget(self.detail)
        row.addLayout(texts, stretch=1)
        install = _card("installCard", "#f4f6f8")
        steps = QVBoxLayout(install)
        steps.setContentsMargins(20, 12, 20, 12)
        steps.setSpacing(8)
        for widget in (self.needs, self.model_name, self.steps):
            steps.addWidget(widget)
        # The command, or the same done with a click (under it when the screen is narrow).
        steps.addWidget(TitleAndTools(self.command, self.install_button))
        steps.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(status)
        layout.addWidget(install)
        layout.addStretch(1)
        layout.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def show_state(self, state: str, message: str = "") -> None:
        """The model's state; `message` says what is wrong, or which model is ready."""
        if state not in STATES:
            raise ValueError(f"unknown speech model state: {state!r}")
        self.state = state
        status = self._status(state)
        self.status.setText(status)
        said_below = state == "missing" and INSTALL_COMMAND in message  # the steps say it
        self.detail.setText(message)
        self.detail.setVisible(bool(message) and not said_below)
        self.picture.show_pictogram(_ICONS[state], status)
        self.install_button.setEnabled(state != "loading")
        self.progress.setVisible(False)
        self.setAccessibleName(" ".join(filter(None, (status, message))))

    def show_install_progress(self, done: int, total: int) -> None:
        """While a model is being installed from the app."""
        percent = 100 * done // max(total, 1)
        self.install_button.setEnabled(False)
        self.progress.setText(self.tr("Bezig met installeren… {p}%").format(p=percent))
        self.progress.setVisible(True)

    def show_install_problem(self, message: str) -> None:
        """The install did not work (a bad zip, a wrong checksum, no room on the disk)."""
        self.install_button.setEnabled(True)
        self.progress.setText(message)
        self.progress.setVisible(True)

    def _choose_zip(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Kies het spraakmodel (zip)"), "", self.tr("Zip-bestanden (*.zip)")
        )
        if path:
            self.install_requested.emit(path)

    def _status(self, state: str) -> str:
        return {
            "loading": self.tr("Het spraakmodel wordt geladen…"),
            "ready": self.tr("Het spraakmodel werkt."),
            "missing": self.tr("Er is nog geen spraakmodel."),
            "broken": self.tr("Het spraakmodel werkt niet."),
            "other": self.tr("Dit spraakmodel is niet Nederlands."),
        }[state]

    def _steps(self) -> str:
        site = isolate(MODEL_SITE, False)
        return "\n".join(
            (
                self.tr(
                    "1. Vraag IT om het zip-bestand ({size}), of download het van {site}."
                ).format(size=isolate(MODEL_SIZE, False), site=site),
                self.tr("2. Kies het zip-bestand hier, of gebruik deze opdracht:"),
            )
        )


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _card(name: str, background: str) -> QFrame:
    card = QFrame()
    card.setObjectName(name)
    card.setStyleSheet(CARD_STYLE % (name, background))
    return card


def _command_box() -> QLabel:
    box = _selectable(_plain(text_label(INSTALL_COMMAND, 1.2, bold=True)))
    box.setObjectName("command")
    box.setStyleSheet(
        "QLabel#command { background: #ffffff; border: 2px solid #c5d0dc;"
        " border-radius: 10px; padding: 10px 16px; font-family: monospace; }"
    )
    return box
