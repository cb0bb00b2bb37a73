"""Sound that helps: the word plays by itself when its card or the answer appears (unless the
learner turned it off), after a short sound for right or wrong; the sounds ship with the app
and go through the app's own audio path."""

import importlib.util
import wave
from pathlib import Path

import pytest
from practice_data import exercise, new_exercise
from PySide6.QtCore import Qt

from vaktaal.core.practice.answers import Verdict
from vaktaal.core.practice.exercises import ExerciseKind
from vaktaal.core.practice.session import Outcome, PracticeSession
from vaktaal.paths import Paths
from vaktaal.speech.audio_library import AudioClip, AudioLibrary
from vaktaal.speech.tts import FakeSpeaker
from vaktaal.ui import audio_player
from vaktaal.ui.audio_player import AudioSpeaker
from vaktaal.ui.practice.practice_page import PracticePage
from vaktaal.ui.practice.sounds import (
    RIGHT_SOUND,
    WORD_AFTER_SOUND_MS,
    WRONG_SOUND,
    PracticeSounds,
    SoundOptions,
    sounds_folder,
)
from vaktaal.ui.tasks import TaskManager

K = Qt.Key
E = ExerciseKind
LEFT = Qt.MouseButton.LeftButton
SOUNDS = sounds_folder(Paths.create().assets_dir)
OPTIONS = ("pallet", "heftruck", "boor", "ladder")
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_sounds.py"


class ClipSpeaker(FakeSpeaker):
    """Remembers every word and every sound file it was asked to play, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.played: list[str] = []

    def speak(self, text: str) -> None:
        super().speak(text)
        self.played.append(text)

    def speak_clip(self, text: str, own_recording_ref: str | None) -> None:
        if own_recording_ref and not text:
            self.played.append(Path(own_recording_ref).name)
        else:
            self.speak(text)


@pytest.fixture
def speaker() -> ClipSpeaker:
    return ClipSpeaker()


def make_page(on_screen, library, speaker, keys, autoplay: bool) -> PracticePage:  # type: ignore[no-untyped-def]
    recorded: list[Outcome] = []
    sounds = SoundOptions(autoplay=autoplay, folder=SOUNDS)
    page = PracticePage(library, speaker, recorded.append, "ar", sounds=sounds, keys=keys)
    on_screen(page)
    return page


def test_right_and_wrong_sound_then_the_word(
    qtbot, on_screen, library, speaker: ClipSpeaker, keys, press, clock
) -> None:
    page = make_page(on_screen, library, speaker, keys, autoplay=True)
    page.start(
        PracticeSession(
            [exercise(E.ARTICLE, "hesje"), exercise(E.ARTICLE, "boor"), exercise(E.TYPE, "pallet")],
            clock,
        )
    )
    press(K.Key_H)  # right
    assert speaker.played == [RIGHT_SOUND]
    qtbot.waitUntil(lambda: speaker.played == [RIGHT_SOUND, "het hesje"], timeout=2000)

    press(K.Key_Return)
    press(K.Key_H)  # wrong: "de boor"
    qtbot.waitUntil(lambda: speaker.played[2:] == [WRONG_SOUND, "de boor"], timeout=2000)

    press(K.Key_Return)
    qtbot.keyClicks(page.typing.entry, "palet")
    press(K.Key_Return)  # almost: no sound of its own, the right word at once
    assert speaker.played[4:] == ["de/het pallet"]


def test_going_on_before_the_word_plays_leaves_it_unsaid(
    qtbot, on_screen, library, speaker: ClipSpeaker, keys, press, clock
) -> None:
    page = make_page(on_screen, library, speaker, keys, autoplay=True)
    page.start(PracticeSession([exercise(E.ARTICLE, "hesje"), exercise(E.TYPE, "boor")], clock))
    press(K.Key_H)
    press(K.Key_Return)  # quicker than the sound
    qtbot.wait(WORD_AFTER_SOUND_MS + 200)
    assert speaker.played == [RIGHT_SOUND]


def test_a_new_word_card_and_a_revealed_card_say_the_word(
    qtbot, on_screen, library, speaker: ClipSpeaker, keys, press, clock
) -> None:
    page = make_page(on_screen, library, speaker, keys, autoplay=True)
    page.start(PracticeSession([new_exercise("heftruck"), exercise(E.RECALL, "boor")], clock))
    assert speaker.played == ["de heftruck"]
    press(K.Key_3)
    assert speaker.played == ["de heftruck"]  # the picture only: the word is not given away
    press(K.Key_Space)
    assert speaker.played == ["de heftruck", "de boor"]


def test_with_autoplay_off_only_the_buttons_and_listening_play(
    qtbot, on_screen, library, speaker: ClipSpeaker, keys, press, clock
) -> None:
    page = make_page(on_screen, library, speaker, keys, autoplay=False)
    page.start(
        PracticeSession(
            [
                new_exercise("heftruck"),
                exercise(E.ARTICLE, "hesje"),
                exercise(E.LISTEN, "ladder", OPTIONS),
            ],
            clock,
        )
    )
    assert speaker.played == []
    qtbot.mouseClick(page.recall.card.word_audio, LEFT)
    assert speaker.played == ["de heftruck"]
    press(K.Key_3)
    press(K.Key_D)  # wrong
    qtbot.wait(WORD_AFTER_SOUND_MS + 200)
    assert speaker.played == ["de heftruck"]
    press(K.Key_Return)
    assert speaker.played == ["de heftruck", "de ladder"]  # a listening exercise says it


def test_the_sounds_ship_with_the_app_short_and_made_by_the_script(tmp_path: Path) -> None:
    for name in (RIGHT_SOUND, WRONG_SOUND):
        with wave.open(str(SOUNDS / name)) as sound:
            seconds = sound.getnframes() / sound.getframerate()
            assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
            assert 0.2 <= seconds < WORD_AFTER_SOUND_MS / 1000
    spec = importlib.util.spec_from_file_location("make_sounds", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.main(tmp_path)
    for name in (RIGHT_SOUND, WRONG_SOUND):
        assert (tmp_path / name).read_bytes() == (SOUNDS / name).read_bytes(), name
    assert "CC0" in (SOUNDS / "README.md").read_text(encoding="utf-8")


class RecordingPlayback:
    def __init__(self) -> None:
        self.played: list[AudioClip] = []

    def play(self, clip: AudioClip) -> None:
        self.played.append(clip)

    def stop(self) -> None:
        """Nothing plays for real."""


def test_a_sound_goes_through_the_apps_audio_path(qtbot, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(audio_player, "has_output_device", lambda: True)
    tasks = TaskManager()
    playback = RecordingPlayback()
    library = AudioLibrary(tmp_path / "cache", [], lambda _ref: None)
    speaker = AudioSpeaker(library, tasks, playback=playback)
    sounds = PracticeSounds(speaker, SoundOptions(autoplay=True, folder=SOUNDS))
    try:
        with qtbot.waitSignal(speaker.playing, timeout=5000):
            sounds.answer(Verdict.WRONG, exercise(E.ARTICLE, "boor").item.term)
        assert [clip.path for clip in playback.played] == [SOUNDS / WRONG_SOUND]
        assert playback.played[0].data == (SOUNDS / WRONG_SOUND).read_bytes()
    finally:
        sounds.cancel()
        speaker.close()
        tasks.shutdown()
