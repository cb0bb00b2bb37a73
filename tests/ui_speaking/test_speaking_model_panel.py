"""The speech model pages: the learner's says only whether speaking works (with a picture and
a way back); the staff page (coach, IT) says what is wrong and how to install the model."""

from pathlib import Path

import pytest
from page_texts import staff_words_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from vaktaal.ui.speaking.model_panel import STATES, SpeechModelPanel
from vaktaal.ui.speaking.model_staff_panel import (
    INSTALL_COMMAND,
    MODEL_NAME,
    SpeechModelStaffPanel,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def panel(on_screen, library) -> SpeechModelPanel:
    shown = SpeechModelPanel(library)
    on_screen(shown)
    return shown


@pytest.fixture
def staff(on_screen, library) -> SpeechModelStaffPanel:
    shown = SpeechModelStaffPanel(library)
    on_screen(shown)
    return shown


@pytest.mark.parametrize("state", ["missing", "broken", "other"])
def test_the_learner_sees_only_that_speaking_cannot_be_done_yet(
    panel: SpeechModelPanel, state: str
) -> None:
    message = "Installeer het opnieuw met: vaktaal speech install BESTAND.zip (alphacephei.com)"
    panel.show_state(state, message)
    assert panel.title.text() == "Spreken kan nog niet op deze pc"
    assert panel.others.isVisible() and panel.others.text() == "De andere oefeningen werken gewoon."
    assert not panel.picture.pixmap().isNull(), "a picture says it too"
    assert panel.picture.accessibleName() == "Spreken kan nog niet op deze pc"
    assert panel.back_button.isVisible()
    assert staff_words_in(panel) == []
    assert [b.text() for b in panel.findChildren(QAbstractButton)] == ["Terug"]


def test_loading_breathes_and_ready_is_calm(qtbot, panel: SpeechModelPanel) -> None:
    panel.show_state("loading")
    assert panel.title.text() == "Spraakherkenning wordt geladen…"
    first = panel.body.text()
    qtbot.waitUntil(lambda: panel.body.text() != first, timeout=3000)
    assert not panel.others.isVisible()
    panel.show_state("ready")
    assert panel.title.text() == "Spraakherkenning is klaar"
    assert not panel._timer.isActive()
    assert not panel.others.isVisible()


def test_back(qtbot, panel: SpeechModelPanel) -> None:
    panel.show_state("missing")
    with qtbot.waitSignal(panel.back_requested):
        qtbot.mouseClick(panel.back_button, LEFT)


@pytest.mark.parametrize("kind", [SpeechModelPanel, SpeechModelStaffPanel])
def test_an_unknown_state_is_a_programming_error(on_screen, library, kind: type) -> None:
    shown = kind(library)
    on_screen(shown)
    assert "other" in STATES
    with pytest.raises(ValueError):
        shown.show_state("kapot")


def test_the_staff_page_says_what_to_get_and_how_to_install(staff: SpeechModelStaffPanel) -> None:
    staff.show_state("missing", "Er is geen spraakmodel.")
    assert staff.status.text() == "Er is nog geen spraakmodel."
    assert staff.model_name.text() == MODEL_NAME == "vosk-model-small-nl-0.22"
    assert "Vraag IT om het zip-bestand" in staff.steps.text()
    assert "39 MB" in staff.steps.text() and "alphacephei.com/vosk/models" in staff.steps.text()
    assert staff.command.text() == INSTALL_COMMAND == "vaktaal speech install BESTAND.zip"
    assert staff.install_button.isVisible() and staff.install_button.isEnabled()
    assert staff.detail.text() == "Er is geen spraakmodel."
    assert not staff.progress.isVisible()


def test_the_staff_page_shows_what_is_wrong_progress_and_install_problems(
    staff: SpeechModelStaffPanel,
) -> None:
    staff.show_state("other", "Dit spraakmodel is niet Nederlands (taal: Koreaans, ko).")
    assert staff.status.text() == "Dit spraakmodel is niet Nederlands."
    assert "Koreaans" in staff.detail.text() and "Koreaans" in staff.accessibleName()
    staff.show_install_progress(40, 100)
    assert staff.progress.text() == "Bezig met installeren… 40%"
    assert not staff.install_button.isEnabled()
    staff.show_install_problem("am/final.mdl heeft een verkeerde controlesom.")
    assert staff.progress.text() == "am/final.mdl heeft een verkeerde controlesom."
    assert staff.install_button.isEnabled()
    staff.show_state("ready", "Het Nederlandse spraakmodel is klaar.")
    assert not staff.progress.isVisible() and staff.detail.isVisible()


def test_the_staff_page_installs_the_chosen_zip(
    qtbot, staff: SpeechModelStaffPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = str(tmp_path / "vosk-model-small-nl-0.22.zip")
    monkeypatch.setattr(
        "vaktaal.ui.speaking.model_staff_panel.QFileDialog.getOpenFileName",
        lambda *_args: (chosen, "Zip-bestanden (*.zip)"),
    )
    staff.show_state("missing")
    with qtbot.waitSignal(staff.install_requested) as asked:
        qtbot.mouseClick(staff.install_button, LEFT)
    assert asked.args == [chosen]
    staff.show_state("loading")
    assert not staff.install_button.isEnabled()
