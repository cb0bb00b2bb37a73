"""The chosen term and its buttons: Opnemen, Luister, Bewaren, Verwijderen; a status line."""

from enum import Enum, auto

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.practice.common import MUTED, action_button, pictogram_icon, set_role
from vaktaal.ui.speaking.level_meter import LevelMeter
from vaktaal.ui.widgets import PictogramLabel, text_label
from vaktaal.usecases.recordings import TermVoice

PICTURE_SIZE = 150
MICROPHONE_ICON = "openmoji:1F3A4"
STOP_ICON = "openmoji:1F6D1"
LISTEN_ICON = "openmoji:1F50A"
SAVE_ICON = "openmoji:1F4BE"
DELETE_ICON = "openmoji:1F5D1"
HEARING_ICON = "openmoji:1F442"
WAIT_ICON = "openmoji:23F3"
GOOD_ICON = "openmoji:2705"
PROBLEM_ICON = "openmoji:26A0"


class Step(Enum):
    IDLE = auto()  # no new take
    LISTENING = auto()
    CHECKING = auto()  # the take is checked in the background
    GOOD_TAKE = auto()  # a take that can be stored
    SAVING = auto()  # stored or deleted in the background


class TakePanel(QWidget):
    """Shows what fits the step; the recording page decides what happens."""

    def __init__(self, library: PictogramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = PictogramLabel(library, PICTURE_SIZE)
        self.word = text_label("", 2.2, bold=True)
        self.status_icon = PictogramLabel(library, 40)
        self.status = text_label("", 1.15)
        self.status.setAccessibleName(self.tr("Melding"))
        self.meter = LevelMeter()
        self.record_button = action_button(
            self.tr("Opnemen"), library, MICROPHONE_ICON, "primary", icon_size=56
        )
        self.record_button.setToolTip(self.tr("Spatie"))
        self.listen_button = action_button(self.tr("Luister"), library, LISTEN_ICON)
        self.save_button = action_button(self.tr("Bewaren"), library, SAVE_ICON)
        self.delete_button = action_button(self.tr("Verwijderen"), library, DELETE_ICON)
        self.library = library
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.picture)
        top.addWidget(self.word, stretch=1)
        status = QHBoxLayout()
        status.setSpacing(12)
        status.addWidget(self.status_icon, alignment=Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.status, stretch=1)
        buttons = QGridLayout()
        buttons.setSpacing(14)
        buttons.addWidget(self.record_button, 0, 0)
        buttons.addWidget(self.listen_button, 0, 1)
        buttons.addWidget(self.save_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addLayout(top)
        column.addLayout(status)
        column.addWidget(self.meter)
        column.addLayout(buttons)
        column.addStretch(1)

    def show_term(self, term: TermVoice | None) -> None:
        self.picture.setVisible(term is not None)
        if term is not None:
            self.picture.show_pictogram(term.pictogram, self.tr("Plaatje"))
        self.word.setText(term.display if term is not None else "")

    def show_step(self, step: Step, term: TermVoice | None, confirm_delete: bool) -> None:
        listening = step is Step.LISTENING
        busy = step in (Step.CHECKING, Step.SAVING)
        self.record_button.setText(self._record_text(step))
        self.record_button.setAccessibleName(self.record_button.text())
        self.record_button.setIcon(self._icon(STOP_ICON if listening else MICROPHONE_ICON))
        set_role(self.record_button, "good" if listening else "primary")
        self.record_button.setEnabled(term is not None and not busy)
        self.listen_button.setEnabled(term is not None and not listening and not busy)
        self.save_button.setEnabled(step is Step.GOOD_TAKE)
        set_role(self.save_button, "good" if step is Step.GOOD_TAKE else "")
        own = term is not None and term.own
        self.delete_button.setEnabled(own and not listening and not busy)
        text = self.tr("Echt verwijderen?") if confirm_delete else self.tr("Verwijderen")
        self.delete_button.setText(text)
        self.delete_button.setAccessibleName(text)
        set_role(self.delete_button, "bad" if confirm_delete else "")
        self.meter.setVisible(listening)
        self.meter.reset()

    def show_idle(self, term: TermVoice | None) -> None:
        """A muted line: whether the term has an own recording."""
        if term is None:
            text = self.tr("Dit pakket heeft geen woorden.")
        elif term.own:
            text = self.tr("Dit woord heeft een eigen opname.")
        else:
            text = self.tr("Nog geen eigen opname.")
        self.show_status("", text)

    def _record_text(self, step: Step) -> str:
        if step is Step.LISTENING:
            return self.tr("Stop")
        return self.tr("Nog een keer") if step is Step.GOOD_TAKE else self.tr("Opnemen")

    def show_status(self, kind: str, text: str) -> None:
        """kind: "hearing", "wait", "good", "problem" or "" (a plain, muted line)."""
        icon = {"hearing": HEARING_ICON, "wait": WAIT_ICON, "good": GOOD_ICON}.get(kind)
        icon = PROBLEM_ICON if kind == "problem" else icon
        self.status.setText(text)
        self.status.setStyleSheet("" if kind else MUTED)
        self.status_icon.setVisible(icon is not None)
        if icon is not None:
            self.status_icon.show_pictogram(icon, text)

    def _icon(self, ref: str) -> QIcon:
        return pictogram_icon(self.library, ref, 56)
