"""The summary: typed or spoken (fake microphone, fake transcriber), then the coverage."""

from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from pcm_sounds import word
from vaktaal.speech.recognition import FakeRecognizer, Transcript
from vaktaal.ui.meetings.summary_speech import SpeechUnavailable, summary_speech
from vaktaal.ui.meetings.summary_view import SummarySpeech
from vaktaal.ui.speaking.capture import FakeMicrophone, Listener


def _to_summary(widget) -> None:  # type: ignore[no-untyped-def]
    widget._show(len(widget.steps) - 1)
    assert widget.current_exercise == "summary"


def test_typed_summary_shows_which_points_it_covers(qtbot, started, press, meeting_store):  # type: ignore[no-untyped-def]
    widget = started()
    _to_summary(widget)
    view = widget.summary
    qtbot.keyClicks(view.text, "Vandaag komt er een vrachtwagen met pallets.")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.checked)  # checked on the CPU lane
    assert view.pages.currentIndex() == 1
    levels = {c.id: c.level for c in (*view.checked_summary.points, *view.checked_summary.actions)}
    assert levels["levering"] == "covered"
    assert levels["heftruck"] == "missed" and levels["pakbonnen"] == "missed"
    rows = view.feedback.rows
    assert [r.level for r in rows] == list(levels.values())
    first = rows[0]
    assert first.text.text() == "Vandaag komt er een levering van tien pallets."
    assert first.found.isVisible() and "pallet" in first.found.text()
    assert rows[1].missing.isVisible() and "heftruck" in rows[1].missing.text()
    _activate(qtbot, view)
    with qtbot.waitSignal(widget.finished):
        press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(r[2] == "summary" for r in meeting_store.results))
    result = next(r for r in meeting_store.results if r[2] == "summary")
    assert 0 < result[3] < 1
    assert result[4]["levels"] == levels


def _activate(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    """Under the offscreen platform the window sometimes loses activation after the check
    (also before issue 12); give it back, then the focus is where the view put it."""
    window = view.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.focus_main()


@dataclass(frozen=True)
class Cov:
    id: str
    text: str
    level: str
    matched: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    wrong: tuple[object, ...] = ()


def test_feedback_rows_show_partly_with_matched_and_missing_words(qtbot, started, services):  # type: ignore[no-untyped-def]
    check = SimpleNamespace(
        points=(Cov("a", "Punt A", "partly", ("pallet",), ("dock",)),),
        actions=(Cov("b", "Taak B", "covered", ("pakbon", "kees")),),
        language="nl",
    )
    services.meetings.check_summary = lambda meeting, text: check
    widget = started()
    _to_summary(widget)
    view = widget.summary
    view.text.setPlainText("iets")
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.checked)
    partly, covered = view.feedback.rows
    assert partly.found.text() == "Gevonden: pallet"
    assert partly.missing.text() == "Voeg toe: dock"
    assert partly.accessibleName() == "Voor een deel erin: Punt A. Gevonden: pallet. Voeg toe: dock"
    assert not covered.missing.isVisible()
    assert view.score == 0.75
    assert view.result.message.text() == "Goed bezig! Je hebt 2 van de 2 punten gevonden."
    assert view.result.answer.text().startswith("1 helemaal en 1 voor een deel.")


def test_an_empty_or_huge_summary_is_not_checked(qtbot, started, press):  # type: ignore[no-untyped-def]
    widget = started()
    _to_summary(widget)
    view = widget.summary
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "leeg" in view.status.text())
    assert not view.checked and not view.checking
    assert view.status.text() == "De samenvatting is leeg. Schrijf of zeg eerst een paar zinnen."
    view.text.setPlainText("woord " * 20_000)  # the same limit as `vaktaal meeting check-summary`
    view.check()
    qtbot.waitUntil(lambda: "te lang" in view.status.text())
    assert not view.checked


def _speech(transcribe, problem: str | None = None) -> SummarySpeech:  # type: ignore[no-untyped-def]
    def listener() -> Listener:
        return Listener(
            FakeMicrophone(word(speech_ms=900), interval_ms=20, problem=problem), max_ms=30_000
        )

    return SummarySpeech(listener, transcribe)


def test_spoken_summary_is_transcribed_into_the_text_box(qtbot, started, press):  # type: ignore[no-untyped-def]
    heard: list[int] = []

    def transcribe(pcm: bytes) -> str:
        heard.append(len(pcm))
        return "de heftruck staat klaar bij het laadperron"

    widget = started(speech=_speech(transcribe))
    _to_summary(widget)
    view = widget.summary
    assert view.speak_button.isVisible()
    qtbot.mouseClick(view.speak_button, Qt.MouseButton.LeftButton)
    assert view.speaking and view.speak_button.text() == "Stop"
    qtbot.wait(400)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # stop
    qtbot.waitUntil(lambda: bool(view.text.toPlainText()), timeout=5000)
    assert len(heard) == 1 and heard[0] > 16_000  # more than half a second of audio
    assert view.text.toPlainText() == "de heftruck staat klaar bij het laadperron"
    assert view.speak_button.text() == "Zeg het"
    view.check()
    qtbot.waitUntil(lambda: view.checked)
    levels = {c.id: c.level for c in view.checked_summary.points}
    assert levels["heftruck"] == "covered"


def test_a_failed_transcript_says_why_and_lets_the_learner_type(qtbot, started):  # type: ignore[no-untyped-def]
    def transcribe(pcm: bytes) -> str:
        raise SpeechUnavailable("De spraakherkenning voor Nederlands is er nog niet.")

    widget = started(speech=_speech(transcribe))
    _to_summary(widget)
    view = widget.summary
    qtbot.mouseClick(view.speak_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    qtbot.mouseClick(view.speak_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "spraakherkenning" in view.status.text(), timeout=5000)
    assert "Typ je samenvatting" in view.status.text()
    assert view.speak_button.isEnabled()


def test_a_missing_microphone_is_reported(qtbot, started):  # type: ignore[no-untyped-def]
    widget = started(speech=_speech(lambda pcm: "", problem="Er is geen microfoon gevonden."))
    _to_summary(widget)
    view = widget.summary
    qtbot.mouseClick(view.speak_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status.text() == "Er is geen microfoon gevonden.")
    assert view.speak_button.text() == "Zeg het"


def test_without_speech_there_is_no_speak_button(qtbot, started):  # type: ignore[no-untyped-def]
    widget = started()
    _to_summary(widget)
    assert not widget.summary.speak_button.isVisible()


def test_summary_speech_uses_the_engines_free_transcript() -> None:
    recognizer = FakeRecognizer(free=[Transcript("de pallets controleren")])
    ready = SimpleNamespace(
        checker=SimpleNamespace(recognizer=recognizer),
        state=SimpleNamespace(other_language=False),
    )
    assert summary_speech(ready).transcribe(b"\0\0" * 100) == "de pallets controleren"  # type: ignore[arg-type]
    assert recognizer.calls == [(200, None)]
    loading = SimpleNamespace(checker=None, state=SimpleNamespace(other_language=False))
    with pytest.raises(SpeechUnavailable):
        summary_speech(loading).transcribe(b"")  # type: ignore[arg-type]
    korean = SimpleNamespace(checker=ready.checker, state=SimpleNamespace(other_language=True))
    with pytest.raises(SpeechUnavailable):
        summary_speech(korean).transcribe(b"")  # type: ignore[arg-type]


def test_partial_work_is_progress_not_a_red_cross(qtbot, started):  # type: ignore[no-untyped-def]
    widget = started()
    _to_summary(widget)
    view = widget.summary
    view.text.setPlainText("Er komen pallets. De heftruck.")
    view.check()
    qtbot.waitUntil(lambda: view.checked)
    assert view.result.message.text().startswith("Goed bezig!")
    red = "#c8453b"  # the colour of "wrong"
    assert red not in view.result.styleSheet()
    assert {row.level for row in view.feedback.rows} >= {"partly", "missed"}
    assert all(red not in row.styleSheet() for row in view.feedback.rows)
    assert view.feedback.rows[-1].icon.accessibleName() == "Nog niet erin"


def test_an_english_summary_gets_a_hint_and_can_be_improved(qtbot, started, press):  # type: ignore[no-untyped-def]
    widget = started()
    _to_summary(widget)
    view = widget.summary
    view.text.setPlainText("Today a truck comes with ten pallets. The forklift is broken.")
    view.check()
    qtbot.waitUntil(lambda: view.checked)
    assert view.checked_summary.language == "other"
    assert view.result.message.text() == "Schrijf in het Nederlands."
    assert view.retry_button.isVisible()
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    assert not view.checked and view.pages.currentIndex() == 0
    assert view.text.toPlainText().startswith("Today a truck")  # the text is kept
    view.text.setPlainText("Vandaag komt er een vrachtwagen met tien pallets.")
    _activate(qtbot, view)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.checked)
    assert view.checked_summary.language == "nl"
    assert view.result.message.text().startswith("Goed bezig!")
