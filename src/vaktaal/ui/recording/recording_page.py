"""Record your own voice for the terms of a deck (a buddy or the deck's author).

Choose a term with Up and Down, press Space or Enter (or "Opnemen") and say the word:
recording stops by itself after the word, or when Space is pressed again. The take is
checked in the background (silence, too loud); a good take can be played back ("Luister")
and stored with the deck ("Bewaren"). "Verwijderen" (press twice) deletes the term's own
recording. The recording flow stores and deletes, off the GUI thread. A take that is not
stored is dropped when the learner chooses another term or leaves the screen.
"""

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.speech.tts import Speaker
from vaktaal.ui.fit import VerticalScroll
from vaktaal.ui.no_sound_note import NoSoundNote
from vaktaal.ui.practice.common import say
from vaktaal.ui.recording.take_panel import Step, TakePanel
from vaktaal.ui.recording.take_recorder import Check, TakeRecorder
from vaktaal.ui.recording.term_list import TermVoiceList
from vaktaal.ui.signals import emit
from vaktaal.ui.speaking.capture import Listener, microphone_listener
from vaktaal.ui.speaking.playback import PcmPlayer
from vaktaal.ui.tasks import TaskManager
from vaktaal.ui.widgets import big_button, heading, text_label
from vaktaal.usecases.recordings import DeckVoices, TermVoice, check_take

BACK_ICON = "openmoji:2B05"


class TakePlayer(Protocol):
    def play(self, pcm: bytes, sample_rate: int) -> bool: ...
    def stop(self) -> None: ...


class RecordingPage(QWidget):
    save_requested = Signal(str, str, bytes, int)  # deck id, term id, the take (PCM), its rate
    remove_requested = Signal(str, str)  # deck id, term id
    back_requested = Signal()

    def __init__(
        self,
        library: PictogramLibrary,
        tasks: TaskManager,
        listener_factory: Callable[[], Listener] = microphone_listener,
        check: Check = check_take,
        player: TakePlayer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.speaker: Speaker | None = None  # says the term as learners hear it now
        self.player: TakePlayer = player or PcmPlayer(self)
        self.recorder = TakeRecorder(listener_factory, check, tasks, self)
        self.voices: DeckVoices | None = None
        self.step = Step.IDLE
        self.confirm_delete = False
        self._build(library)
        self._connect()

    def _build(self, library: PictogramLibrary) -> None:
        self.title = heading(self.tr("Eigen stem opnemen"), 1.6)
        self.deck_title = text_label("", 1.1)
        self.terms = TermVoiceList(library)
        self.panel = TakePanel(library)
        self.back_button = big_button(self.tr("Terug"), library, BACK_ICON)
        self.hint = text_label(self.tr("Spatie = opnemen · L = luister · B = bewaren"), 1.0)
        self.sound_note = NoSoundNote(library)  # "Luister" plays nothing then
        middle = QHBoxLayout()
        middle.setSpacing(32)
        middle.addWidget(self.terms, stretch=1)
        middle.addWidget(VerticalScroll(self.panel), stretch=1)  # scrolls on a small screen
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.hint, stretch=1)
        bottom.addWidget(self.sound_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.deck_title)
        layout.addLayout(middle, stretch=1)
        layout.addLayout(bottom)
        p = self.panel
        for first, then in ((self.terms, p.record_button), (p.record_button, p.listen_button),
                            (p.listen_button, p.save_button), (p.save_button, p.delete_button),
                            (p.delete_button, self.back_button)):  # fmt: skip
            self.setTabOrder(first, then)

    def _connect(self) -> None:
        self.terms.currentRowChanged.connect(lambda _row: self._term_changed())
        self.terms.record_pressed.connect(self.toggle_record)
        self.panel.record_button.clicked.connect(self.toggle_record)
        self.panel.listen_button.clicked.connect(self.listen)
        self.panel.save_button.clicked.connect(self.save)
        self.panel.delete_button.clicked.connect(self.delete)
        self.back_button.clicked.connect(self.go_back)
        self.recorder.level.connect(self.panel.meter.set_level)
        self.recorder.heard.connect(
            lambda: self.panel.show_status("hearing", self.tr("Ik hoor je…"))
        )
        self.recorder.checking.connect(self._checking)
        self.recorder.good_take.connect(self._good_take)
        self.recorder.refused.connect(self._refused)
        keys = {self.tr("L"): self.listen, self.tr("B"): self.save,
                "Delete": self.delete, "Escape": self.go_back}  # fmt: skip
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    # -- what the recording flow calls -------------------------------------------------------

    def show_deck(self, voices: DeckVoices, current: str | None = None) -> None:
        """The deck's terms; `current` (else the first term) is chosen."""
        self.voices = voices
        self.deck_title.setText(voices.title)
        self.terms.show_terms(voices.terms, current)
        if not voices.terms:
            self._term_changed()

    def recording_saved(self, voices: DeckVoices, term_id: str) -> None:
        self._reload(voices, term_id, self.tr("Bewaard. Leerlingen horen nu jouw stem."))

    def recording_removed(self, voices: DeckVoices, term_id: str) -> None:
        self._reload(voices, term_id, self.tr("Verwijderd. Leerlingen horen weer de gewone stem."))

    def store_failed(self, message: str) -> None:
        self._show(Step.GOOD_TAKE if self.recorder.take else Step.IDLE)
        self.panel.show_status("problem", message)

    def _reload(self, voices: DeckVoices, term_id: str, message: str) -> None:
        current = self.terms.current_term_id()
        self.show_deck(voices, current)
        if current == term_id:
            self.panel.show_status("good", message)
        self.terms.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the learner's actions ---------------------------------------------------------------

    def current_term(self) -> TermVoice | None:
        term_id = self.terms.current_term_id()
        terms = self.voices.terms if self.voices is not None else ()
        return next((t for t in terms if t.term_id == term_id), None)

    def toggle_record(self) -> None:
        """Start recording; while recording, stop (the end of the word is still kept)."""
        if self.step is Step.LISTENING:
            self.recorder.stop()
            return
        if self.step not in (Step.IDLE, Step.GOOD_TAKE) or self.current_term() is None:
            return
        self.player.stop()
        self._show(Step.LISTENING)  # first: a microphone may report a problem at once
        self.panel.show_status("hearing", self.tr("Zeg het woord."))
        problem = self.recorder.start()
        if problem:
            self._refused(problem)

    def listen(self) -> None:
        """Play the new take; without one, the term as learners hear it now."""
        term = self.current_term()
        if term is None or self.step in (Step.LISTENING, Step.CHECKING, Step.SAVING):
            return
        if self.recorder.take:
            if not self.player.play(self.recorder.take, self.recorder.sample_rate):
                self.panel.show_status(
                    "problem", self.tr("Er is geen luidspreker. Sluit er een aan.")
                )
            return
        if self.speaker is None or not self.speaker.available:
            self.panel.show_status("problem", self.tr("Er is nu geen geluid."))
            return
        say(self.speaker, term.display, term.audio)  # as learners hear it now

    def save(self) -> None:
        term, voices = self.current_term(), self.voices
        if self.step is not Step.GOOD_TAKE or term is None or voices is None:
            return
        take, rate = self.recorder.take, self.recorder.sample_rate
        self._show(Step.SAVING)
        self.panel.show_status("wait", self.tr("Even bewaren…"))
        emit(self.save_requested, voices.deck_id, term.term_id, take, rate)

    def delete(self) -> None:
        """The first press asks "Echt verwijderen?"; the second one deletes."""
        term, voices = self.current_term(), self.voices
        if term is None or voices is None or not term.own:
            return
        if self.step not in (Step.IDLE, Step.GOOD_TAKE):
            return
        if not self.confirm_delete:
            self.confirm_delete = True
            self._show(self.step)
            self.panel.show_status(
                "problem", self.tr("Druk nog een keer om de opname te verwijderen.")
            )
            return
        self._show(Step.SAVING)
        self.panel.show_status("wait", self.tr("Even verwijderen…"))
        emit(self.remove_requested, voices.deck_id, term.term_id)

    def go_back(self) -> None:
        self.leave()
        emit(self.back_requested)

    def leave(self) -> None:
        """Stop the microphone and the playback; a take that was not stored is dropped."""
        self.recorder.reset()
        self.player.stop()
        if self.step is not Step.SAVING:
            self._show(Step.IDLE)

    def hideEvent(self, event: QHideEvent) -> None:
        self.leave()
        super().hideEvent(event)

    # -- what the recorder reports -----------------------------------------------------------

    def _checking(self) -> None:
        self._show(Step.CHECKING)
        self.panel.show_status("wait", self.tr("Even luisteren…"))

    def _good_take(self) -> None:
        self._show(Step.GOOD_TAKE)
        self.panel.show_status("good", self.tr("Goed. Luister, of bewaar de opname."))

    def _refused(self, message: str) -> None:
        self._show(Step.IDLE)
        self.panel.show_status("problem", message)

    # -- showing -----------------------------------------------------------------------------

    def _term_changed(self) -> None:
        self.recorder.reset()
        self.player.stop()
        self.confirm_delete = False
        term = self.current_term()
        self.panel.show_term(term)
        self._show(Step.IDLE)
        self.panel.show_idle(term)

    def _show(self, step: Step) -> None:
        if step is not self.step:
            self.confirm_delete = False
        self.step = step
        self.panel.show_step(step, self.current_term(), self.confirm_delete)
