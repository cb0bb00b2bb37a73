"""Sound that helps: the word plays by itself when its card or the answer appears, after a
short friendly sound for right or wrong. One learner preference (`autoplay`) turns both off;
the speaker buttons always work.

Everything goes through the app's `Speaker`: a sound is the speaker's "own recording" of an
empty text (assets/sounds/*.wav, see the README there), so it finds the same audio device,
stops the clip before it and stays quiet the same way without one.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from vaktaal.core.model import Term
from vaktaal.core.practice.answers import Verdict
from vaktaal.speech.tts import Speaker
from vaktaal.ui.practice.common import say

log = logging.getLogger(__name__)
SOUNDS_FOLDER = "sounds"  # in the app's assets folder
RIGHT_SOUND = "goed.wav"
WRONG_SOUND = "fout.wav"
WORD_AFTER_SOUND_MS = 600  # the right/wrong sound is short; the word follows it


@dataclass(frozen=True)
class SoundOptions:
    autoplay: bool = False  # the learner's preference; off: only the speaker buttons play
    folder: Path | None = None  # where goed.wav and fout.wav are (None: no right/wrong sound)


def sounds_folder(assets_dir: Path) -> Path:
    return assets_dir / SOUNDS_FOLDER


class PracticeSounds(QObject):
    """Plays the word of a card or an answer, and the sound for right or wrong."""

    def __init__(
        self, speaker: Speaker, options: SoundOptions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.autoplay = options.autoplay
        self.cues = _cues(options.folder)
        self._pending: Term | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._play_pending)

    def word(self, term: Term) -> None:
        """A card with its word appeared: say the word now."""
        self.cancel()
        if self.autoplay:
            say(self.speaker, term.display, term.audio)

    def answer(self, verdict: Verdict, term: Term) -> None:
        """The answer appeared: the sound for right or wrong, then the word."""
        self.cancel()
        if not self.autoplay:
            return
        cue = self.cues.get(verdict)
        if cue is None:  # "almost": no sound of its own, the right word at once
            self.word(term)
            return
        self._play_cue(cue)
        self._pending = term
        self._timer.start(WORD_AFTER_SOUND_MS)

    def cancel(self) -> None:
        """The learner went on: a word still waiting is not said any more."""
        self._timer.stop()
        self._pending = None

    def _play_cue(self, path: Path) -> None:
        try:
            self.speaker.speak_clip("", str(path))
        except Exception:  # a sound is never worth an error on screen
            log.warning("the sound %s could not be played", path.name, exc_info=True)

    def _play_pending(self) -> None:
        term, self._pending = self._pending, None
        if term is not None:
            say(self.speaker, term.display, term.audio)


def _cues(folder: Path | None) -> dict[Verdict, Path]:
    """The sounds that are there: a missing file plays nothing (and says nothing)."""
    if folder is None:
        return {}
    files = {Verdict.RIGHT: folder / RIGHT_SOUND, Verdict.WRONG: folder / WRONG_SOUND}
    return {verdict: path for verdict, path in files.items() if path.is_file()}
