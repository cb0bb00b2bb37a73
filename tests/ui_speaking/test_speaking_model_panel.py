"""The speech model panel: loading, ready, missing, broken; calm Dutch and a way back."""

import pytest
from PySide6.QtCore import Qt

from vaktaal.ui.speaking.model_panel import INSTALL_COMMAND, MODEL_NAME, SpeechModelPanel


@pytest.fixture
def panel(on_screen, library) -> SpeechModelPanel:
    shown = SpeechModelPanel(library)
    on_screen(shown)
    return shown


def test_missing_says_what_to_get_and_how_to_install(panel: SpeechModelPanel) -> None:
    panel.show_state("missing")
    assert panel.title.text() == "Spreken kan nog niet op deze computer"
    assert panel.model_name.text() == MODEL_NAME == "vosk-model-small-nl-0.22"
    assert "Vraag IT om het zip-bestand" in panel.steps.text()
    assert "39 MB" in panel.steps.text() and "alphacephei.com/vosk/models" in panel.steps.text()
    assert panel.command.text() == INSTALL_COMMAND == "vaktaal speech install BESTAND.zip"
    assert panel.others.isVisible() and panel.others.text() == "De andere oefeningen werken gewoon."
    assert not panel.detail.isVisible()
    assert MODEL_NAME in panel.accessibleName()


def test_broken_says_what_is_wrong_and_to_reinstall(panel: SpeechModelPanel) -> None:
    panel.show_state("broken", "Het bestand am/final.mdl ontbreekt.")
    assert panel.title.text() == "Het spraakmodel werkt niet"
    assert panel.detail.isVisible() and panel.detail.text() == "Het bestand am/final.mdl ontbreekt."
    assert "opnieuw" in panel.steps.text()
    assert panel.command.isVisible() and panel.others.isVisible()


def test_loading_breathes_and_ready_is_calm(qtbot, panel: SpeechModelPanel) -> None:
    panel.show_state("loading")
    assert panel.title.text() == "Spraakherkenning wordt geladen…"
    first = panel.body.text()
    qtbot.waitUntil(lambda: panel.body.text() != first, timeout=3000)
    assert not panel.command.isVisible() and not panel.model_name.isVisible()
    panel.show_state("ready")
    assert panel.title.text() == "Spraakherkenning is klaar"
    assert not panel._timer.isActive()
    assert not panel.command.isVisible() and not panel.others.isVisible()


def test_back(qtbot, panel: SpeechModelPanel) -> None:
    panel.show_state("missing")
    with qtbot.waitSignal(panel.back_requested):
        qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)


def test_an_unknown_state_is_a_programming_error(panel: SpeechModelPanel) -> None:
    with pytest.raises(ValueError):
        panel.show_state("kapot")
