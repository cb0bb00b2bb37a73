"""Screenshots of the exercises after a meeting (23 to 26), on the bundled warehouse
werkoverleg: main points checked, an action item answered, unknown words tapped, and the
feedback on a typed summary. Run:
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_meetings_exercises.py
"""

import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from vaktaal.core.deckformat import load_deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths
from vaktaal.ui.meetings.exercises import MeetingExercises
from vaktaal.ui.style import apply_style

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
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


def settle(app: QApplication, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def save(app: QApplication, host: QWidget, name: str) -> None:
    settle(app)
    host.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def main() -> None:
    app = QApplication(sys.argv)
    apply_style(app)
    library = PictogramLibrary(Paths.create(Path("/nonexistent-vaktaal-shots")).assets_dir)
    loaded = load_deck(ROOT / "decks" / DECK, library)
    meeting = next(m for m in loaded.deck.meetings if m.id == MEETING)
    services = SimpleNamespace(decks=SimpleNamespace(load=lambda _id: loaded), meetings=NoStore())
    widget = MeetingExercises(services, library, seed=1)
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
    save(app, host, "23-meeting-main-points")
    view.result.next_button.click()
    actions = widget.action_items
    actions.choose(actions.values.index(actions.current.right_who))
    actions.choose(0 if actions.values[0] != actions.current.right_when else 1)
    save(app, host, "24-meeting-action-items")
    while widget.current_exercise == "action_items":
        actions.choose(0)
        actions.choose(0)
        actions.result.next_button.click()
    words = widget.unknown_words
    for button in words.buttons[1:3]:
        button.setChecked(True)
    save(app, host, "25-meeting-unknown-words")
    words.check()
    words.result.next_button.click()
    widget.summary.text.setPlainText(SUMMARY)
    widget.summary.check()
    save(app, host, "26-meeting-summary-feedback")
    widget.shutdown()


if __name__ == "__main__":
    main()
