"""A term's own recording (a buddy's voice) is what the practice screens play, not a voice."""

from dataclasses import replace

import pytest
from practice_data import item
from PySide6.QtCore import Qt

from vaktaal.core.practice.exercises import Exercise, ExerciseKind
from vaktaal.ui.practice.choice_view import ChoiceView
from vaktaal.ui.practice.term_card import TermCard
from vaktaal.ui.practice.typing_view import TypingView

OWN = "stored:" + "ab" * 32


class ClipSpeaker:
    """Like AudioSpeaker: can play a term's own recording."""

    available = True

    def __init__(self) -> None:
        self.said: list[tuple[str, str | None]] = []

    def speak(self, text: str) -> None:
        self.said.append((text, None))

    def speak_clip(self, text: str, own_recording_ref: str | None) -> None:
        self.said.append((text, own_recording_ref))


def with_recording(term_id: str, audio: str | None = OWN):  # type: ignore[no-untyped-def]
    known = item(term_id)
    return replace(known, term=replace(known.term, audio=audio))


@pytest.mark.parametrize("audio", [OWN, None])
def test_listen_exercise_plays_the_own_recording(qtbot, library, on_screen, audio) -> None:  # type: ignore[no-untyped-def]
    speaker = ClipSpeaker()
    view = ChoiceView(library, speaker, "ar")  # type: ignore[arg-type]
    on_screen(view)
    options = tuple(item(t) for t in ("pallet", "heftruck", "ladder"))
    view.show_exercise(Exercise(ExerciseKind.LISTEN, with_recording("boor", audio), options))
    speaker.said.clear()
    qtbot.mouseClick(view.listen_button, Qt.MouseButton.LeftButton)
    assert speaker.said == [("de boor", audio)]


def test_word_buttons_play_the_own_recording(qtbot, library, on_screen) -> None:  # type: ignore[no-untyped-def]
    speaker = ClipSpeaker()
    card = TermCard(library, speaker, "ar")  # type: ignore[arg-type]
    typing = TypingView(library, speaker, "ar")  # type: ignore[arg-type]
    on_screen(card)
    on_screen(typing)
    card.show_term(with_recording("ladder").term)
    typing.show_exercise(Exercise(ExerciseKind.TYPE, with_recording("hesje")))
    speaker.said.clear()
    qtbot.mouseClick(card.word_audio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.example_audio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(typing.audio, Qt.MouseButton.LeftButton)
    assert speaker.said == [("de ladder", OWN), ("Pak de ladder.", None), ("het hesje", OWN)]


def test_the_speaking_verdict_plays_the_own_recording(qtbot, library, on_screen) -> None:  # type: ignore[no-untyped-def]
    from vaktaal.ui.speaking.verdict_panel import VerdictPanel

    speaker = ClipSpeaker()
    panel = VerdictPanel(library, speaker, "ar")  # type: ignore[arg-type]
    on_screen(panel)
    panel.show_verdict("goed", "goed", "ladder", with_recording("ladder").term)
    qtbot.mouseClick(panel.word_audio, Qt.MouseButton.LeftButton)
    assert speaker.said == [("de ladder", OWN)]


def test_a_speaker_without_recordings_says_the_word_with_its_voice(
    qtbot, library, on_screen
) -> None:  # type: ignore[no-untyped-def]
    from vaktaal.speech.tts import FakeSpeaker

    speaker = FakeSpeaker()
    card = TermCard(library, speaker, "ar")
    on_screen(card)
    card.show_term(with_recording("ladder").term)
    speaker.spoken.clear()
    qtbot.mouseClick(card.word_audio, Qt.MouseButton.LeftButton)
    assert speaker.spoken == ["de ladder"]
