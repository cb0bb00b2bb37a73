"""Screenshot of the meeting editor (27-meeting-editor.png): a warehouse werkoverleg with its
speakers, lines from a recording (with times) and action items. Run:
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_meeting_editor.py
"""

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from vaktaal.core.meetings.model import ActionItem, Line, MainPoint, Meeting, Speaker
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.paths import Paths
from vaktaal.speech.recognition import FakeRecognizer
from vaktaal.ui.meetings.meeting_editor import MeetingEditor
from vaktaal.ui.style import apply_style
from vaktaal.ui.tasks import TaskManager

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "27-meeting-editor.png"

MEETING = Meeting(
    id="werkoverleg",
    title="Werkoverleg magazijn",
    situation="Maandag 7:30 in de kantine van het magazijn.",
    speakers=(
        Speaker("joke", "Joke", "teamleider", "nl+f3"),
        Speaker("ahmad", "Ahmad", "magazijnmedewerker"),
    ),
    lines=(
        Line("joke", "Goedemorgen. Vandaag komen er drie vrachtwagens.", None, 1.2, 4.6),
        Line("joke", "Ahmad, wil jij dock twee vrijmaken?", None, 5.5, 7.9),
        Line("ahmad", "Ja, dat doe ik voor negen uur.", None, 8.9, 10.8),
        Line("joke", "Let op: de heftruck wordt om tien uur gekeurd.", None, 11.9, 15.0),
    ),
    main_points=(
        MainPoint(
            "vrachtwagens",
            "Er komen vandaag drie vrachtwagens.",
            (("vrachtwagen", "truck"), ("drie", "3")),
        ),
    ),  # fmt: skip
    action_items=(
        ActionItem("dock", "ahmad", "Dock twee vrijmaken", "voor 9:00", (("dock", "laadperron"),)),
    ),  # fmt: skip
)


def main() -> None:
    app = QApplication(sys.argv)
    apply_style(app)
    paths = Paths.create(Path("/nonexistent-vaktaal-shots"))
    tasks = TaskManager()
    editor = MeetingEditor(tasks, lambda: FakeRecognizer(), PictogramLibrary(paths.assets_dir))
    editor.load(MEETING)
    editor.form.tabs.setCurrentIndex(editor.form.LINES_TAB)
    editor.resize(1100, 700)
    editor.show()
    editor._show_busy(True)  # the progress bar and Stoppen, as while a recording is converted
    editor.progress.setValue(42)
    end = time.monotonic() + 0.5
    while time.monotonic() < end:
        app.processEvents()
    editor.grab().save(str(OUT))
    tasks.shutdown()
    print(OUT)


if __name__ == "__main__":
    main()
