"""Screenshots of the exercises after a meeting (23 to 26, 28), on the bundled warehouse
werkoverleg: main points checked, an action item answered, unknown words tapped, a summary
being written, and the feedback on it. Run:
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_meetings_exercises.py
"""

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget
from widget_shot import save, settle, styled_app

from vaktaal.core.deckformat import load_deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.ui.meetings.exercises import MeetingExercises
from vaktaal.ui.meetings.summary_view import SummarySpeech
from vaktaal.ui.tasks import TaskManager
from vaktaal.usecases.meetings import Meetings

ROOT = Path(__file__).resolve().parent.parent
DECK, MEETING = "magazijn-installatie", "werkoverleg"
SUMMARY = (
    "Maandag komen acht pallets met zonnepanelen. Amir zet vandaag na de pauze de omvormers"
    " naar stelling zes. Donderdag is de inventarisatie."
)


class NoStore:
    def record_result(self, *args: Any) -> None:
        pass

    def add_unknown_words(self, *args: Any) -> int:
        return 0


def main() -> None:
    app, paths = styled_app()
    library = PictogramLibrary(paths.assets_dir)
    loaded = load_deck(ROOT / "decks" / DECK, library)
    meeting = next(m for m in loaded.deck.meetings if m.id == MEETING)
    meetings = Meetings(NoStore())  # type: ignore[arg-type]
    services = SimpleNamespace(decks=SimpleNamespace(load=lambda _id: loaded), meetings=meetings)
    speech = SummarySpeech(lambda: None, lambda _pcm: "")  # shows "Zeg het"; not used here
    tasks = TaskManager()
    widget = MeetingExercises(services, library, tasks, seed=1, speech=speech)  # type: ignore[arg-type]
    host = QWidget()
    host.resize(1366, 768)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(32, 24, 32, 24)
    layout.addWidget(widget)
    host.show()
    widget.start(SimpleNamespace(deck_id=DECK, meeting=meeting), 1)
    while widget.step < 0:
        settle(app, 0.05)
    view = widget.main_points
    first_point = min(view.exercise.correct_indexes)
    first_other = min(set(range(len(view.buttons))) - view.exercise.correct_indexes)
    view.buttons[first_point].setChecked(True)
    view.buttons[first_other].setChecked(True)
    view.check()
    save(app, host, "23-meeting-main-points", settle_seconds=0.4)
    view.result.next_button.click()
    actions = widget.action_items
    actions.choose(actions.values.index(actions.current.right_who))
    actions.choose(0 if actions.values[0] != actions.current.right_when else 1)
    save(app, host, "24-meeting-action-items", settle_seconds=0.4)
    while widget.current_exercise == "action_items":
        actions.choose(0)
        actions.choose(0)
        actions.result.next_button.click()
    words = widget.unknown_words
    for button in words.buttons[1:3]:
        button.setChecked(True)
    save(app, host, "25-meeting-unknown-words", settle_seconds=0.4)
    words.check()
    words.result.next_button.click()
    widget.summary.text.setPlainText(SUMMARY)
    save(app, host, "28-meeting-summary-writing", settle_seconds=0.4)
    widget.summary.check()
    while not widget.summary.checked:  # checked on the CPU lane
        settle(app, 0.05)
    save(app, host, "26-meeting-summary-feedback", settle_seconds=0.4)
    widget.shutdown()
    tasks.shutdown()


if __name__ == "__main__":
    main()
