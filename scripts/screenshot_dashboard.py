"""Screenshots of the staff dashboard (42) and a learner page (43), on demo data: six
learners who practised six weeks, some with a buddy each week. Run:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_dashboard.py
"""

import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "dashboard"))

from dashboard_data import COACH_PIN, make_demo  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from vaktaal.core.clock import FakeClock  # noqa: E402
from vaktaal.speech.tts import FakeSpeaker  # noqa: E402
from vaktaal.ui.launcher import create_window  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def settle(app: QApplication, until, seconds: float = 30.0) -> None:
    end = time.monotonic() + seconds
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    finish = time.monotonic() + 0.4
    while time.monotonic() < finish:
        app.processEvents()


def shoot(folder: Path, now: datetime, size: tuple[int, int], suffix: str = "") -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    window = create_window(folder, clock=FakeClock(now), speaker=FakeSpeaker())
    window.resize(*size)
    window.show()
    settle(app, lambda: window.controller is not None)
    controller = window.controller
    coach = next(p for p in controller.services.learners.staff() if p.role == "coach")
    controller.start_staff_session(coach)
    flow = controller.staff_flow.dashboard
    flow.start()
    settle(app, lambda: window.stack.currentWidget() is flow.page and flow.page.model.rowCount())
    save(window, f"42-dashboard{suffix}")
    flow.page.table.selectRow(0)
    flow.open_learner(flow.page.model.rows[0].learner_id)
    settle(app, lambda: window.stack.currentWidget() is flow.learner_page)
    save(window, f"43-learner-page{suffix}")
    bar = flow.learner_page.scroller.verticalScrollBar()
    bar.setValue(flow.learner_page.must_know_card.y())
    settle(app, lambda: True)
    save(window, f"43-learner-page-notes{suffix}")
    window.close()


def save(window, name: str) -> None:
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print(path)


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "data"
        now = make_demo(folder)
        print("demo data ready; coach PIN", COACH_PIN)
        shoot(folder, now, SIZE)
        if "--small" in sys.argv:
            shoot(folder, now, (1024, 600), "-1024x600")


if __name__ == "__main__":
    main()
